package org.wirewatch.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;

/**
 * Compares one fetch of a source with what is already known and says what changed. Pure: it reads
 * the known entries through a lookup and returns the changes; it stores nothing.
 *
 * <p>Rules: an unknown id is added; a known id whose content changed, or whose updated time is
 * newer, is edited (keeping the earlier revision); an id the snapshot explicitly deletes is removed
 * (kept as a tombstone); a known id that merely is not in the window any more is left alone.
 */
public final class UpdateDiffer {

  /**
   * @param known looks up what is known for a key, {@code null} when nothing is
   * @param now when this fetch was seen
   */
  public List<UpdateChange> diff(
      SourceId source,
      FeedSnapshot snapshot,
      Function<UpdateKey, TimelineEntry> known,
      Instant now) {
    // A source that repeats an id within one document: the last occurrence wins, as a reader
    // scrolling the page would see it last.
    Map<String, LiveUpdate> incoming = new LinkedHashMap<>();
    for (LiveUpdate update : snapshot.updates()) {
      incoming.put(
          update.id(), update.source().equals(source) ? update : update.withSource(source));
    }
    List<UpdateChange> changes = new ArrayList<>();
    for (LiveUpdate fresh : incoming.values()) {
      if (snapshot.deletedIds().contains(fresh.id())) {
        continue;
      }
      TimelineEntry old = known.apply(fresh.key());
      if (old == null) {
        changes.add(new UpdateChange.Added(TimelineEntry.first(fresh.withFirstSeen(now))));
        continue;
      }
      LiveUpdate carried = carryOver(old.update(), fresh);
      if (old.withdrawn() || isRevision(old.update(), carried)) {
        changes.add(new UpdateChange.Edited(old.revisedBy(carried, now)));
      }
    }
    for (String deleted : snapshot.deletedIds()) {
      TimelineEntry old = known.apply(new UpdateKey(source, deleted));
      if (old != null && !old.withdrawn()) {
        changes.add(new UpdateChange.Removed(old.withdrawnAt(now)));
      }
    }
    return changes;
  }

  // Keeps the first sighting, and the stand-in date of an undated item, stable across polls.
  private static LiveUpdate carryOver(LiveUpdate old, LiveUpdate fresh) {
    LiveUpdate carried = fresh.withFirstSeen(old.firstSeen());
    if (fresh.dateStandsIn() && old.dateStandsIn()) {
      carried = carried.withPublished(old.published());
    }
    return carried;
  }

  private static boolean isRevision(LiveUpdate old, LiveUpdate fresh) {
    if (fresh.updated() != null
        && (old.updated() == null || fresh.updated().toInstant().isAfter(old.updated().toInstant()))
        && fresh.lastModified().isAfter(old.lastModified())) {
      return true;
    }
    return fresh.contentDiffers(old);
  }
}

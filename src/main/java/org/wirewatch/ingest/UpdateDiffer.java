package org.wirewatch.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;

/**
 * Compares one fetch of a source with what is already known and says what changed. Pure: it reads
 * the known entries through a lookup and returns the changes; it stores nothing.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>An unknown id is added, unless the source already deleted it and this copy is not newer
 *       than that deletion.
 *   <li>A known id whose content changed, or whose updated time is newer, is edited (keeping the
 *       earlier revision); a copy older than the one known (by the source's own updated time, else
 *       its published time) is a stale copy and changes nothing, so a lagging mirror never reverts
 *       an edit.
 *   <li>An id the snapshot explicitly deletes is removed (kept as a tombstone). A tombstone comes
 *       back only when the source republishes the update with a time newer than the deletion.
 *   <li>A known id that merely is not in the window any more is left alone.
 * </ul>
 */
public final class UpdateDiffer {

  /** What the timeline knows, looked up by key. */
  public interface Known {
    /** The entry known for {@code key} (live, tombstone, or evicted), or {@code null}. */
    TimelineEntry entry(UpdateKey key);

    /** When a deletion of an update never seen was received, or {@code null}. */
    default Instant deletedUnseen(UpdateKey key) {
      return null;
    }
  }

  /**
   * @param known looks up what is known
   * @param now when this fetch was seen
   */
  public List<UpdateChange> diff(SourceId source, FeedSnapshot snapshot, Known known, Instant now) {
    // The format layer already resolved repeated ids within a document; should one slip through,
    // the first copy stands, as that step would have chosen for undated copies.
    Map<String, LiveUpdate> incoming = new LinkedHashMap<>();
    for (LiveUpdate update : snapshot.updates()) {
      incoming.putIfAbsent(
          update.id(), update.source().equals(source) ? update : update.withSource(source));
    }
    List<UpdateChange> changes = new ArrayList<>();
    for (LiveUpdate fresh : incoming.values()) {
      if (snapshot.deletedIds().contains(fresh.id())) {
        continue;
      }
      TimelineEntry old = known.entry(fresh.key());
      if (old == null) {
        Instant deleted = known.deletedUnseen(fresh.key());
        if (deleted == null || newerThan(fresh, deleted)) {
          changes.add(new UpdateChange.Added(TimelineEntry.first(fresh.withFirstSeen(now))));
        }
        continue;
      }
      LiveUpdate carried = carryOver(old.update(), fresh);
      if (old.withdrawn()) {
        if (newerThan(carried, old.withdrawnAt())) {
          changes.add(new UpdateChange.Edited(old.revisedBy(carried, now)));
        }
      } else if (isRevision(old.update(), carried)) {
        changes.add(new UpdateChange.Edited(old.revisedBy(carried, now)));
      }
    }
    for (String deleted : snapshot.deletedIds()) {
      TimelineEntry old = known.entry(new UpdateKey(source, deleted));
      if (old != null && !old.withdrawn()) {
        changes.add(new UpdateChange.Removed(old.withdrawnAt(now)));
      }
    }
    return changes;
  }

  // A republication counts only when the source dates it after the deletion; a stand-in date
  // (our own first sighting) is no evidence of that.
  private static boolean newerThan(LiveUpdate fresh, Instant deletion) {
    return !fresh.dateStandsIn() && fresh.lastModified().isAfter(deletion);
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
    if (isOlderCopy(old, fresh)) {
      return false;
    }
    if (fresh.updated() != null
        && (old.updated() == null || fresh.updated().toInstant().isAfter(old.updated().toInstant()))
        && fresh.lastModified().isAfter(old.lastModified())) {
      return true;
    }
    return fresh.contentDiffers(old);
  }

  /**
   * True when the source's own times say {@code fresh} predates what is known: its updated time is
   * before the known one, or it has none while the known copy was updated after {@code fresh}'s
   * publication.
   */
  private static boolean isOlderCopy(LiveUpdate old, LiveUpdate fresh) {
    if (old.updated() == null || fresh.dateStandsIn() || old.dateStandsIn()) {
      return false;
    }
    return fresh.lastModified().isBefore(old.lastModified());
  }
}

package org.wirewatch.timeline;

import java.util.List;
import org.wirewatch.collect.WeightedLru;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;

/**
 * Entries that left memory, remembered so that a source still serving one does not make it new
 * again and an evicted withdrawal stays withdrawn. Each is remembered by its newest version only
 * (the store keeps the revisions), and the whole is bounded twice: by how many, and by the
 * characters of their text, so a busy source of large items cannot make it hold hundreds of
 * megabytes (the soak found 20,000 remembered entries of 40 KB each). The least recently used go
 * first, but the one just evicted is always kept; one forgotten too early only comes back as new.
 * Not thread-safe: the timeline's lock.
 */
final class EvictedEntries {
  // Per remembered entry beyond its text: the record, its key and times.
  private static final long OVERHEAD_CHARS = 64;

  private final WeightedLru<UpdateKey, TimelineEntry> byKey;

  EvictedEntries(int maxEntries, long maxChars) {
    this.byKey = new WeightedLru<>(maxEntries, maxChars, EvictedEntries::size);
  }

  void put(TimelineEntry entry) {
    TimelineEntry slim =
        entry.revisions().isEmpty()
            ? entry
            : new TimelineEntry(entry.update(), List.of(), entry.editedAt(), entry.withdrawnAt());
    byKey.put(slim.key(), slim);
  }

  TimelineEntry get(UpdateKey key) {
    return byKey.get(key);
  }

  void remove(UpdateKey key) {
    byKey.remove(key);
  }

  void removeSource(SourceId source) {
    byKey.removeKeysIf(key -> key.source().equals(source));
  }

  int size() {
    return byKey.size();
  }

  long chars() {
    return byKey.weight();
  }

  private static long size(TimelineEntry e) {
    LiveUpdate u = e.update();
    return OVERHEAD_CHARS
        + u.headline().length()
        + u.text().length()
        + (u.html() == null ? 0 : u.html().length());
  }
}

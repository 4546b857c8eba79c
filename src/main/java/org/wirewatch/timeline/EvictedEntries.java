package org.wirewatch.timeline;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
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
 * first; one forgotten too early only comes back as new. Not thread-safe: the timeline's lock.
 */
final class EvictedEntries {
  // Per remembered entry beyond its text: the record, its key and times.
  private static final long OVERHEAD_CHARS = 64;

  private final int maxEntries;
  private final long maxChars;
  private final LinkedHashMap<UpdateKey, TimelineEntry> byKey =
      new LinkedHashMap<>(16, 0.75f, true);
  private long chars;

  EvictedEntries(int maxEntries, long maxChars) {
    this.maxEntries = maxEntries;
    this.maxChars = maxChars;
  }

  void put(TimelineEntry entry) {
    TimelineEntry slim =
        entry.revisions().isEmpty()
            ? entry
            : new TimelineEntry(entry.update(), List.of(), entry.editedAt(), entry.withdrawnAt());
    TimelineEntry old = byKey.put(slim.key(), slim);
    if (old != null) {
      chars -= size(old);
    }
    chars += size(slim);
    trim();
  }

  TimelineEntry get(UpdateKey key) {
    return byKey.get(key);
  }

  void remove(UpdateKey key) {
    TimelineEntry old = byKey.remove(key);
    if (old != null) {
      chars -= size(old);
    }
  }

  void removeSource(SourceId source) {
    byKey
        .values()
        .removeIf(
            e -> {
              if (e.key().source().equals(source)) {
                chars -= size(e);
                return true;
              }
              return false;
            });
  }

  int size() {
    return byKey.size();
  }

  long chars() {
    return chars;
  }

  private void trim() {
    Iterator<TimelineEntry> oldest = byKey.values().iterator();
    // Keeps the newest one whatever its size, so the entry just evicted is always remembered.
    while ((byKey.size() > maxEntries || chars > maxChars) && byKey.size() > 1) {
      chars -= size(oldest.next());
      oldest.remove();
    }
  }

  private static long size(TimelineEntry e) {
    LiveUpdate u = e.update();
    return OVERHEAD_CHARS
        + u.headline().length()
        + u.text().length()
        + (u.html() == null ? 0 : u.html().length());
  }
}

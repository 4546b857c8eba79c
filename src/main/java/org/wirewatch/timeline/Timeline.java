package org.wirewatch.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.wirewatch.ingest.UpdateChange;
import org.wirewatch.ingest.UpdateDiffer;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;

/**
 * Every source's updates merged: newest first, de-duplicated by (source, id), bounded in memory.
 * Thread-safe; ingests from any thread. Every method synchronizes on the instance, so a caller may
 * hold its monitor to make a check and an ingest one step. No JavaFX here: the FX side is fed by
 * {@code TimelineFxBridge}.
 */
public final class Timeline {
  public static final int DEFAULT_CAPACITY = 5_000;

  private final int capacity;
  private final UpdateDiffer differ = new UpdateDiffer();
  private final Map<UpdateKey, TimelineEntry> entries = new HashMap<>();
  private final TreeSet<TimelineEntry> ordered = new TreeSet<>(TimelineOrder.NEWEST_FIRST);
  // Entries that left memory stay known (bounded), so a source still serving one does not make
  // it "new" again on every poll.
  private final Map<UpdateKey, TimelineEntry> evictedKnown;
  private final List<TimelineListener> listeners = new CopyOnWriteArrayList<>();

  public Timeline() {
    this(DEFAULT_CAPACITY);
  }

  public Timeline(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
    int rememberEvicted = capacity * 4;
    this.evictedKnown =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<UpdateKey, TimelineEntry> eldest) {
            return size() > rememberEvicted;
          }
        };
  }

  public void addListener(TimelineListener listener) {
    listeners.add(listener);
  }

  public void removeListener(TimelineListener listener) {
    listeners.remove(listener);
  }

  /**
   * Merges one fetch of one source and tells listeners what changed.
   *
   * @return the changes (added, edited, removed); empty when nothing changed
   */
  public synchronized List<UpdateChange> ingest(
      SourceId source, FeedSnapshot snapshot, Instant now) {
    List<UpdateChange> changes = differ.diff(source, snapshot, this::known, now);
    List<UpdateKey> evicted = new ArrayList<>();
    for (UpdateChange change : changes) {
      put(change.entry());
    }
    while (entries.size() > capacity) {
      TimelineEntry oldest = ordered.pollLast();
      entries.remove(oldest.key());
      evictedKnown.put(oldest.key(), oldest);
      evicted.add(oldest.key());
    }
    TimelineDelta delta = new TimelineDelta(changes, evicted);
    if (!delta.isEmpty()) {
      for (TimelineListener listener : listeners) {
        listener.onDelta(delta);
      }
    }
    return changes;
  }

  /**
   * Drops every update of a source the user removed: its rows leave the views (as evictions), and
   * it is forgotten, so adding the source back brings its updates in as new.
   */
  public synchronized void forgetSource(SourceId source) {
    List<UpdateKey> gone = new ArrayList<>();
    entries
        .values()
        .removeIf(
            entry -> {
              if (entry.key().source().equals(source)) {
                ordered.remove(entry);
                gone.add(entry.key());
                return true;
              }
              return false;
            });
    evictedKnown.keySet().removeIf(key -> key.source().equals(source));
    if (!gone.isEmpty()) {
      TimelineDelta delta = new TimelineDelta(List.of(), gone);
      for (TimelineListener listener : listeners) {
        listener.onDelta(delta);
      }
    }
  }

  private TimelineEntry known(UpdateKey key) {
    TimelineEntry live = entries.get(key);
    return live != null ? live : evictedKnown.get(key);
  }

  private void put(TimelineEntry entry) {
    TimelineEntry old = entries.put(entry.key(), entry);
    if (old != null) {
      ordered.remove(old);
    }
    evictedKnown.remove(entry.key());
    ordered.add(entry);
  }

  /** The entries in memory, newest first. */
  public synchronized List<TimelineEntry> snapshot() {
    return List.copyOf(ordered);
  }

  public synchronized Optional<TimelineEntry> find(UpdateKey key) {
    return Optional.ofNullable(entries.get(key));
  }

  public synchronized int size() {
    return entries.size();
  }

  public int capacity() {
    return capacity;
  }
}

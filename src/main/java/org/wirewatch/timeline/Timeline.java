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
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import org.wirewatch.ingest.UpdateChange;
import org.wirewatch.ingest.UpdateDiffer;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.SourceCursor;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;

/**
 * Every source's updates merged: newest first, de-duplicated by (source, id), bounded in memory.
 * Thread-safe; ingests from any thread. What changed is decided under a private lock and published
 * to the {@link ChangeStream}'s subscribers after it is released. No JavaFX here: the FX side is a
 * subscriber like any other.
 */
public final class Timeline implements ChangeStream {
  public static final int DEFAULT_CAPACITY = 5_000;

  private final Object lock = new Object();
  private final int capacity;
  private final UpdateDiffer differ = new UpdateDiffer();
  private final Map<UpdateKey, TimelineEntry> entries = new HashMap<>();
  private final TreeSet<TimelineEntry> ordered = new TreeSet<>(TimelineOrder.NEWEST_FIRST);
  // Entries that left memory stay known (bounded), so a source still serving one does not make
  // it "new" again on every poll, and an evicted tombstone stays deleted.
  private final EvictedEntries evictedKnown;
  // Deletions of updates never seen here: a stale copy that still lists one must not add it.
  private final Map<UpdateKey, Instant> unseenDeletions;
  private final Map<SourceId, Instant> lastServed = new HashMap<>();
  private final Map<SourceId, SourceCursor> lastCursor = new HashMap<>();
  private final List<SubscriberChannel> channels = new CopyOnWriteArrayList<>();
  private long sequence;

  public Timeline() {
    this(DEFAULT_CAPACITY);
  }

  public Timeline(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
    // Four times the capacity, and about 3,200 characters of text for each entry held (16 M chars
    // at the default 5,000): a bound in memory, not only in count.
    this.evictedKnown = new EvictedEntries(capacity * 4, capacity * 3_200L);
    this.unseenDeletions = bounded(capacity);
  }

  private static <K, V> Map<K, V> bounded(int limit) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > limit;
      }
    };
  }

  @Override
  public Subscription subscribe(ChangeSubscriber subscriber, Executor executor) {
    return join(subscriber, executor, false);
  }

  @Override
  public Subscription subscribeWithCurrent(ChangeSubscriber subscriber, Executor executor) {
    return join(subscriber, executor, true);
  }

  private Subscription join(ChangeSubscriber subscriber, Executor executor, boolean withCurrent) {
    SubscriberChannel[] self = new SubscriberChannel[1];
    SubscriberChannel channel =
        new SubscriberChannel(subscriber, executor, () -> channels.remove(self[0]));
    self[0] = channel;
    synchronized (lock) {
      if (withCurrent) {
        channel.enqueueCurrent(List.copyOf(ordered));
      }
      channels.add(channel);
    }
    channel.signal();
    return channel;
  }

  /** Merges one fetch of one source, as {@link #ingest(SourceBatch, Predicate)} admitting all. */
  public List<UpdateChange> ingest(SourceId source, FeedSnapshot snapshot, Instant now) {
    return ingest(new SourceBatch(source, snapshot, now, null), id -> true).changes();
  }

  /**
   * Merges one fetch of one source and publishes what changed.
   *
   * @param admit asked under the lock whether the source is still wanted: a fetch that was in
   *     flight when its source was removed must not bring the source's updates back
   */
  public IngestResult ingest(SourceBatch batch, Predicate<SourceId> admit) {
    IngestResult result;
    synchronized (lock) {
      if (!admit.test(batch.source())) {
        return IngestResult.skipped();
      }
      Instant before = lastServed.get(batch.source());
      if (batch.servedAt() != null && before != null && batch.servedAt().isBefore(before)) {
        return new IngestResult(List.of(), true, before);
      }
      if (batch.servedAt() != null) {
        lastServed.put(batch.source(), batch.servedAt());
      }
      List<UpdateChange> changes =
          differ.diff(batch.source(), batch.snapshot(), known, batch.seenAt());
      for (UpdateChange change : changes) {
        put(change.entry());
      }
      recordUnseenDeletions(batch);
      List<UpdateKey> evicted = new ArrayList<>();
      while (entries.size() > capacity) {
        TimelineEntry oldest = ordered.pollLast();
        entries.remove(oldest.key());
        evictedKnown.put(oldest);
        evicted.add(oldest.key());
      }
      SourceCursor cursor = batch.cursor();
      if (cursor != null && cursor.equals(lastCursor.get(batch.source()))) {
        cursor = null; // nothing new to vouch for
      } else if (cursor != null) {
        lastCursor.put(batch.source(), cursor);
      }
      publishLocked(changes, evicted, cursor);
      result = new IngestResult(changes, false, lastServed.get(batch.source()));
    }
    signalAll();
    return result;
  }

  private void recordUnseenDeletions(SourceBatch batch) {
    for (String id : batch.snapshot().deletedIds()) {
      UpdateKey key = new UpdateKey(batch.source(), id);
      if (known.entry(key) == null) {
        unseenDeletions.putIfAbsent(key, batch.seenAt());
      }
    }
  }

  /**
   * Drops every update of a source the user removed: its rows leave the views (as evictions), and
   * it is forgotten, so adding the source back brings its updates in as new.
   */
  public void forgetSource(SourceId source) {
    synchronized (lock) {
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
      evictedKnown.removeSource(source);
      unseenDeletions.keySet().removeIf(key -> key.source().equals(source));
      lastServed.remove(source);
      lastCursor.remove(source);
      publishLocked(List.of(), gone, null);
    }
    signalAll();
  }

  private void publishLocked(
      List<UpdateChange> changes, List<UpdateKey> evicted, SourceCursor cursor) {
    if (changes.isEmpty() && evicted.isEmpty() && cursor == null) {
      return;
    }
    TimelineDelta delta = new TimelineDelta(++sequence, changes, evicted, cursor);
    for (SubscriberChannel channel : channels) {
      channel.enqueue(delta);
    }
  }

  private void signalAll() {
    for (SubscriberChannel channel : channels) {
      channel.signal();
    }
  }

  private final UpdateDiffer.Known known =
      new UpdateDiffer.Known() {
        @Override
        public TimelineEntry entry(UpdateKey key) {
          TimelineEntry live = entries.get(key);
          return live != null ? live : evictedKnown.get(key);
        }

        @Override
        public Instant deletedUnseen(UpdateKey key) {
          return unseenDeletions.get(key);
        }
      };

  private void put(TimelineEntry entry) {
    TimelineEntry old = entries.put(entry.key(), entry);
    if (old != null) {
      ordered.remove(old);
    }
    evictedKnown.remove(entry.key());
    unseenDeletions.remove(entry.key());
    ordered.add(entry);
  }

  /**
   * Fills the timeline from history, before anything subscribes or polls, publishing nothing: a
   * restart comes back showing what it showed, and the first poll announces only what is new.
   *
   * @param shown entries to show again (at most the capacity are kept, the newest)
   * @param knownOnly older entries that are remembered but not shown, so a source still serving
   *     them does not make them new again
   * @param cursors each source's validators and last applied response, as stored with the entries
   * @throws IllegalStateException when a subscriber has already joined: it would miss them
   */
  public void restore(
      List<TimelineEntry> shown, List<TimelineEntry> knownOnly, List<SourceCursor> cursors) {
    synchronized (lock) {
      if (!channels.isEmpty()) {
        throw new IllegalStateException("restore before subscribing");
      }
      for (TimelineEntry entry : knownOnly) {
        if (!entries.containsKey(entry.key())) {
          evictedKnown.put(entry);
        }
      }
      for (TimelineEntry entry : shown) {
        put(entry);
      }
      while (entries.size() > capacity) {
        TimelineEntry oldest = ordered.pollLast();
        entries.remove(oldest.key());
        evictedKnown.put(oldest);
      }
      for (SourceCursor cursor : cursors) {
        lastCursor.put(cursor.source(), cursor);
        if (cursor.servedAt() != null) {
          lastServed.put(cursor.source(), cursor.servedAt());
        }
      }
    }
  }

  /** The validators of the newest batch applied for {@code source}, or {@code null}. */
  public SourceCursor cursor(SourceId source) {
    synchronized (lock) {
      return lastCursor.get(source);
    }
  }

  /** The entries in memory, newest first. */
  public List<TimelineEntry> snapshot() {
    synchronized (lock) {
      return List.copyOf(ordered);
    }
  }

  public Optional<TimelineEntry> find(UpdateKey key) {
    synchronized (lock) {
      return Optional.ofNullable(entries.get(key));
    }
  }

  /** When the newest batch applied for {@code source} was served, or {@code null}. */
  public Instant lastServed(SourceId source) {
    synchronized (lock) {
      return lastServed.get(source);
    }
  }

  public int size() {
    synchronized (lock) {
      return entries.size();
    }
  }

  public int capacity() {
    return capacity;
  }
}

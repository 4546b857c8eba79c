package org.wirewatch.timeline.fx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.wirewatch.ingest.UpdateChange;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.model.SourceStatusListener;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;
import org.wirewatch.timeline.ChangeStream;
import org.wirewatch.timeline.ChangeSubscriber;
import org.wirewatch.timeline.TimelineDelta;
import org.wirewatch.timeline.TimelineOrder;

/**
 * Coalesces timeline deltas and source statuses into hops onto the FX thread. Both arrive from any
 * thread and queue up, one operation per changed update; at most one hop is pending at a time, and
 * it applies up to {@link #MAX_PER_HOP} queued operations as a single list change, then leaves the
 * rest to a hop of its own, queued behind whatever the FX thread has waiting, a pulse among them. A
 * burst of 1,000 updates is ten list changes in ten hops, so no one pulse waits for all of them (in
 * one change, they kept the FX thread for several frames). The lists it feeds are touched only on
 * the FX thread.
 */
public final class TimelineFxBridge implements ChangeSubscriber, SourceStatusListener {
  /** The most queued operations (one per changed update) one hop applies. */
  public static final int MAX_PER_HOP = 100;

  private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean hopScheduled = new AtomicBoolean();
  private final FxThread fxThread;
  private final BatchObservableList<TimelineEntry> entries = new BatchObservableList<>();
  private final ObservableList<TimelineEntry> readOnly =
      FXCollections.unmodifiableObservableList(entries);
  private final Map<UpdateKey, TimelineEntry> byKey = new HashMap<>();
  private final ObservableList<SourceStatus> statuses = FXCollections.observableArrayList();
  private final ObservableList<SourceStatus> statusesReadOnly =
      FXCollections.unmodifiableObservableList(statuses);
  private final Map<SourceId, Integer> statusIndex = new HashMap<>();

  public TimelineFxBridge(FxThread fxThread) {
    this.fxThread = Objects.requireNonNull(fxThread);
  }

  /** The real FX thread. */
  public static TimelineFxBridge onPlatform() {
    return new TimelineFxBridge(FxThread.platform());
  }

  /**
   * Subscribes to {@code stream}, first loading what it already holds. Its calls only queue and
   * schedule a hop, so they run inline on the publishing thread.
   */
  public TimelineFxBridge attach(ChangeStream stream) {
    stream.subscribeWithCurrent(this, Runnable::run);
    return this;
  }

  /** Newest first; read and observe it on the FX thread only. */
  public ObservableList<TimelineEntry> entries() {
    return readOnly;
  }

  /** One status per source, in the order sources first reported; FX thread only. */
  public ObservableList<SourceStatus> statuses() {
    return statusesReadOnly;
  }

  @Override
  public void onCurrent(List<TimelineEntry> current) {
    List<Pending> work = new ArrayList<>(current.size());
    for (TimelineEntry entry : current) {
      work.add(list -> upsert(list, entry));
    }
    enqueueAll(work);
  }

  @Override
  public void onDelta(TimelineDelta delta) {
    List<Pending> work = new ArrayList<>(delta.changes().size() + delta.evicted().size());
    for (UpdateChange change : delta.changes()) {
      TimelineEntry entry = change.entry();
      work.add(list -> upsert(list, entry));
    }
    for (UpdateKey key : delta.evicted()) {
      work.add(list -> remove(list, key));
    }
    enqueueAll(work);
  }

  @Override
  public void onStatus(SourceStatus status) {
    enqueue(list -> applyStatus(status));
  }

  /** Drops the statuses of sources no longer configured; queued like everything else. */
  public void retainStatuses(Set<SourceId> configured) {
    Set<SourceId> keep = Set.copyOf(configured);
    enqueue(
        list -> {
          statuses.removeIf(s -> !keep.contains(s.source()));
          statusIndex.clear();
          for (int i = 0; i < statuses.size(); i++) {
            statusIndex.put(statuses.get(i).source(), i);
          }
        });
  }

  private void enqueue(Pending work) {
    enqueueAll(List.of(work));
  }

  private void enqueueAll(List<Pending> work) {
    if (work.isEmpty()) {
      return;
    }
    pending.addAll(work);
    scheduleHop();
  }

  private void scheduleHop() {
    if (hopScheduled.compareAndSet(false, true)) {
      fxThread.runLater(this::drain);
    }
  }

  private void drain() {
    hopScheduled.set(false);
    List<Pending> work = new ArrayList<>();
    for (Pending item; work.size() < MAX_PER_HOP && (item = pending.poll()) != null; ) {
      work.add(item);
    }
    if (!pending.isEmpty()) {
      scheduleHop(); // the rest after what is queued now, a pulse included
    }
    if (work.isEmpty()) {
      return;
    }
    entries.batch(
        list -> {
          for (Pending item : work) {
            item.applyTo(list);
          }
        });
  }

  /** One queued change, applied on the FX thread inside the drain's single list change. */
  @FunctionalInterface
  private interface Pending {
    void applyTo(List<TimelineEntry> list);
  }

  private void applyStatus(SourceStatus status) {
    Integer at = statusIndex.get(status.source());
    if (at == null) {
      statusIndex.put(status.source(), statuses.size());
      statuses.add(status);
    } else {
      statuses.set(at, status);
    }
  }

  private void upsert(List<TimelineEntry> list, TimelineEntry entry) {
    TimelineEntry old = byKey.put(entry.key(), entry);
    if (old != null) {
      int at = Collections.binarySearch(list, old, TimelineOrder.NEWEST_FIRST);
      if (at >= 0 && TimelineOrder.NEWEST_FIRST.compare(old, entry) == 0) {
        list.set(at, entry); // same place: an in-place replace keeps the row where it is
        return;
      }
      if (at >= 0) {
        list.remove(at);
      }
    }
    int insertAt = Collections.binarySearch(list, entry, TimelineOrder.NEWEST_FIRST);
    list.add(insertAt >= 0 ? insertAt : -insertAt - 1, entry);
  }

  private void remove(List<TimelineEntry> list, UpdateKey key) {
    TimelineEntry old = byKey.remove(key);
    if (old != null) {
      int at = Collections.binarySearch(list, old, TimelineOrder.NEWEST_FIRST);
      if (at >= 0) {
        list.remove(at);
      }
    }
  }
}

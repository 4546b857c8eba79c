package org.wirewatch.timeline.fx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.wirewatch.ingest.UpdateChange;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.model.SourceStatusListener;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;
import org.wirewatch.timeline.Timeline;
import org.wirewatch.timeline.TimelineDelta;
import org.wirewatch.timeline.TimelineListener;
import org.wirewatch.timeline.TimelineOrder;

/**
 * The one place that hops onto the FX thread. Timeline deltas and source statuses from any thread
 * queue up; at most one hop is pending at a time, and it drains everything queued into a single
 * list change. The lists it feeds are touched only on the FX thread.
 */
public final class TimelineFxBridge implements TimelineListener, SourceStatusListener {
  private final ConcurrentLinkedQueue<Object> pending = new ConcurrentLinkedQueue<>();
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
    return new TimelineFxBridge(Platform::runLater);
  }

  /** Connects to {@code timeline}, first loading what it already holds. */
  public TimelineFxBridge attach(Timeline timeline) {
    // Register first so nothing ingested meanwhile is missed; a duplicate add is an upsert.
    timeline.addListener(this);
    pending.add(timeline.snapshot());
    scheduleHop();
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
  public void onStatus(SourceStatus status) {
    pending.add(status);
    scheduleHop();
  }

  /** Drops the statuses of sources no longer configured; queued like everything else. */
  public void retainStatuses(java.util.Set<SourceId> configured) {
    java.util.Set<SourceId> keep = java.util.Set.copyOf(configured);
    onFxThread(
        () -> {
          statuses.removeIf(s -> !keep.contains(s.source()));
          statusIndex.clear();
          for (int i = 0; i < statuses.size(); i++) {
            statusIndex.put(statuses.get(i).source(), i);
          }
        });
  }

  /**
   * Runs {@code work} on the FX thread, in order with what is already queued: how background
   * results (a source test, an import) reach the UI without a second hop.
   */
  public void onFxThread(Runnable work) {
    pending.add(work);
    scheduleHop();
  }

  @Override
  public void onDelta(TimelineDelta delta) {
    pending.add(delta);
    scheduleHop();
  }

  private void scheduleHop() {
    if (hopScheduled.compareAndSet(false, true)) {
      fxThread.runLater(this::drain);
    }
  }

  private void drain() {
    hopScheduled.set(false);
    List<Object> work = new ArrayList<>();
    for (Object item; (item = pending.poll()) != null; ) {
      work.add(item);
    }
    // Work for the UI runs once the list change is done, so it sees the list as updated.
    List<Runnable> after = new ArrayList<>();
    entries.batch(
        list -> {
          for (Object item : work) {
            if (item instanceof TimelineDelta delta) {
              for (UpdateChange change : delta.changes()) {
                upsert(list, change.entry());
              }
              for (UpdateKey key : delta.evicted()) {
                remove(list, key);
              }
            } else if (item instanceof SourceStatus status) {
              applyStatus(status);
            } else if (item instanceof List<?> initial) {
              for (Object entry : initial) {
                upsert(list, (TimelineEntry) entry);
              }
            } else if (item instanceof Runnable runnable) {
              after.add(runnable);
            }
          }
        });
    after.forEach(Runnable::run);
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

package org.wirewatch.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.model.TimelineEntry;

/**
 * One subscriber's ordered mailbox. The timeline enqueues under its lock (cheap, never blocks),
 * then signals after releasing it; at most one drain runs at a time on the subscriber's executor,
 * so calls never overlap and keep the order of the queue. Deltas that queued up while the
 * subscriber was busy are handed over together ({@link ChangeSubscriber#onDeltas}).
 */
final class SubscriberChannel implements ChangeStream.Subscription {
  private static final Logger LOG = LoggerFactory.getLogger(SubscriberChannel.class);

  /** The most deltas handed over in one call: a store's transaction stays bounded. */
  static final int MAX_BATCH = 1_000;

  private final ChangeSubscriber subscriber;
  private final Executor executor;
  private final Runnable onClose;
  private final Queue<Item> mailbox = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();
  private volatile boolean closed;

  private sealed interface Item {}

  private record Delta(TimelineDelta delta) implements Item {}

  private record Current(List<TimelineEntry> entries) implements Item {}

  SubscriberChannel(ChangeSubscriber subscriber, Executor executor, Runnable onClose) {
    this.subscriber = Objects.requireNonNull(subscriber, "subscriber");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.onClose = onClose;
  }

  static void logFailure(ChangeSubscriber subscriber, RuntimeException e) {
    LOG.warn("change subscriber " + subscriber + " failed; still subscribed", e);
  }

  void enqueue(TimelineDelta delta) {
    mailbox.add(new Delta(delta));
  }

  void enqueueCurrent(List<TimelineEntry> entries) {
    mailbox.add(new Current(entries));
  }

  /** Makes sure a drain is on its way; call without holding the timeline's lock. */
  void signal() {
    if (closed || mailbox.isEmpty() || !draining.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(this::drain);
    } catch (RejectedExecutionException e) {
      // The subscriber's executor was shut down (the app is closing): nothing more to deliver.
      draining.set(false);
      LOG.debug("subscriber executor closed", e);
    }
  }

  private void drain() {
    try {
      List<TimelineDelta> batch = new ArrayList<>();
      for (Item item; !closed && (item = mailbox.poll()) != null; ) {
        if (item instanceof Current current) {
          deliver(() -> subscriber.onCurrent(current.entries()));
          continue;
        }
        batch.add(((Delta) item).delta());
        // Keep what is queued together, up to a bound, but never let a Current jump the queue.
        while (batch.size() < MAX_BATCH && mailbox.peek() instanceof Delta next) {
          mailbox.poll();
          batch.add(next.delta());
        }
        List<TimelineDelta> handed = List.copyOf(batch);
        batch.clear();
        if (!closed) {
          deliver(() -> subscriber.onDeltas(handed));
        }
      }
    } finally {
      draining.set(false);
    }
    // A delta enqueued after the last poll but before the flag cleared would wait for the next
    // ingest otherwise.
    signal();
  }

  private void deliver(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      logFailure(subscriber, e);
    }
  }

  @Override
  public void close() {
    closed = true;
    mailbox.clear();
    onClose.run();
  }
}

package org.wirewatch.timeline;

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
 * so calls never overlap and keep the order of the queue.
 */
final class SubscriberChannel implements ChangeStream.Subscription {
  private static final Logger LOG = LoggerFactory.getLogger(SubscriberChannel.class);

  private final ChangeSubscriber subscriber;
  private final Executor executor;
  private final Runnable onClose;
  private final Queue<Runnable> mailbox = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();
  private volatile boolean closed;

  SubscriberChannel(ChangeSubscriber subscriber, Executor executor, Runnable onClose) {
    this.subscriber = Objects.requireNonNull(subscriber, "subscriber");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.onClose = onClose;
  }

  void enqueue(TimelineDelta delta) {
    mailbox.add(() -> subscriber.onDelta(delta));
  }

  void enqueueCurrent(List<TimelineEntry> entries) {
    mailbox.add(() -> subscriber.onCurrent(entries));
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
      for (Runnable call; !closed && (call = mailbox.poll()) != null; ) {
        try {
          call.run();
        } catch (RuntimeException e) {
          LOG.warn("change subscriber " + subscriber + " failed; still subscribed", e);
        }
      }
    } finally {
      draining.set(false);
    }
    // A delta enqueued after the last poll but before the flag cleared would wait for the next
    // ingest otherwise.
    signal();
  }

  @Override
  public void close() {
    closed = true;
    mailbox.clear();
    onClose.run();
  }
}

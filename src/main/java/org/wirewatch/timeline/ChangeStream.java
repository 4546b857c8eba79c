package org.wirewatch.timeline;

import java.util.concurrent.Executor;

/**
 * The timeline's changes as a stream, for consumers that must not touch its internals.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>Deltas are decided under the timeline's lock and delivered after it is released; a
 *       subscriber never runs while the lock is held, so it can never delay an ingest.
 *   <li>Each subscriber sees every delta published after it subscribed, exactly once, in the order
 *       the timeline decided them (its {@link TimelineDelta#sequence()} increases by one each
 *       time), across all sources. One source's deltas are therefore in fetch order too.
 *   <li>Each subscriber runs on its own executor, one call at a time. A subscriber that is slow
 *       queues its own deltas (memory, not time, is what it costs); the others are not affected.
 *   <li>A subscriber that throws is logged and keeps its subscription; the next delta still comes.
 * </ul>
 */
public interface ChangeStream {

  /** Subscribes to the deltas from now on. */
  Subscription subscribe(ChangeSubscriber subscriber, Executor executor);

  /**
   * Subscribes and first hands the subscriber what the timeline holds now ({@link
   * ChangeSubscriber#onCurrent}), atomically with the subscription, so nothing is missed or seen
   * twice between the two.
   */
  Subscription subscribeWithCurrent(ChangeSubscriber subscriber, Executor executor);

  /** Ends a subscription; deltas still queued for it are dropped. */
  @FunctionalInterface
  interface Subscription extends AutoCloseable {
    @Override
    void close();
  }
}

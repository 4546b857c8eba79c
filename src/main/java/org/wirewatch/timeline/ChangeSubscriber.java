package org.wirewatch.timeline;

import java.util.List;
import org.wirewatch.model.TimelineEntry;

/**
 * A consumer of the timeline's {@link ChangeStream}: the FX bridge, the headless printer, and later
 * the store, alerts and the relay. Each subscriber is called on the executor it subscribed with,
 * one call at a time and in ingest order, never while the timeline's lock is held; a slow
 * subscriber delays only itself.
 */
@FunctionalInterface
public interface ChangeSubscriber {

  /** One ingest's worth of changes (or one source's removal), in the order they were decided. */
  void onDelta(TimelineDelta delta);

  /**
   * Every delta that queued up while this subscriber was busy, oldest first; by default each is
   * handed to {@link #onDelta} in turn, one failing delta not stopping the next. A subscriber that
   * gains from batches (the store writes one transaction per call) overrides this.
   */
  default void onDeltas(List<TimelineDelta> deltas) {
    for (TimelineDelta delta : deltas) {
      try {
        onDelta(delta);
      } catch (RuntimeException e) {
        SubscriberChannel.logFailure(this, e);
      }
    }
  }

  /**
   * What the timeline held when the subscription began, newest first. Called once, before any
   * {@link #onDelta}, and only for {@link ChangeStream#subscribeWithCurrent}.
   */
  default void onCurrent(List<TimelineEntry> entries) {}
}

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
   * What the timeline held when the subscription began, newest first. Called once, before any
   * {@link #onDelta}, and only for {@link ChangeStream#subscribeWithCurrent}.
   */
  default void onCurrent(List<TimelineEntry> entries) {}
}

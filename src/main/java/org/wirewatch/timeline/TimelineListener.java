package org.wirewatch.timeline;

/**
 * Told of every {@link TimelineDelta}, on the ingesting thread and in order. Implementations must
 * return quickly (hand work to their own executor or to the FX hop); they must never block.
 */
@FunctionalInterface
public interface TimelineListener {
  void onDelta(TimelineDelta delta);
}

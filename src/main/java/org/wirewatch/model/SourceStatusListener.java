package org.wirewatch.model;

/** Told of each new {@link SourceStatus}, on a background thread; must return quickly. */
@FunctionalInterface
public interface SourceStatusListener {
  void onStatus(SourceStatus status);
}

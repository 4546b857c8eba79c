package org.wirewatch.timeline.fx;

/** Runs work on the FX thread. The real one wraps {@code Platform.runLater}; tests run inline. */
@FunctionalInterface
public interface FxThread {
  void runLater(Runnable work);
}

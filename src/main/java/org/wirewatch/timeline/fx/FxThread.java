package org.wirewatch.timeline.fx;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * Runs work on the FX thread: the one place that calls {@code Platform.runLater}. The timeline's
 * changes reach the FX thread through {@link TimelineFxBridge}, which batches them into one hop per
 * pulse; UI ports that complete background work (a source test, an import) use this as a plain
 * executor. Tests run inline.
 */
@FunctionalInterface
public interface FxThread extends Executor {
  void runLater(Runnable work);

  @Override
  default void execute(Runnable work) {
    runLater(work);
  }

  /** The real FX thread. */
  static FxThread platform() {
    return Platform::runLater;
  }
}

package org.wirewatch.ui.detail;

import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Hands pages to the detail's web view no faster than a reader can look at them. The first page
 * after a rest goes at once; while the selection keeps moving (a held arrow key, Page Down through
 * the timeline) only the last one goes, once it has rested for the settle time. Each page skipped
 * is a web page not laid out and painted on the FX thread while the list is scrolling. FX thread
 * only.
 */
final class PacedLoads {
  private final PauseTransition settle;
  private final Consumer<String> load;
  private String pending;

  PacedLoads(Duration settleTime, Consumer<String> load) {
    this.load = load;
    this.settle = new PauseTransition(settleTime);
    settle.setOnFinished(
        e -> {
          if (pending != null) {
            String page = pending;
            pending = null;
            load.accept(page);
            settle.playFromStart(); // a move right after this one waits too
          }
        });
  }

  void offer(String page) {
    if (settle.getStatus() == Animation.Status.RUNNING) {
      pending = page;
      settle.playFromStart();
      return;
    }
    pending = null;
    load.accept(page);
    settle.playFromStart();
  }

  /** Whether a page is waiting for the selection to rest (for tests). */
  boolean waiting() {
    return pending != null;
  }

  /** Whether the next page would wait (for tests). */
  boolean settling() {
    return settle.getStatus() == Animation.Status.RUNNING;
  }
}

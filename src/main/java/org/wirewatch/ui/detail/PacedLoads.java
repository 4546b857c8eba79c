package org.wirewatch.ui.detail;

import java.util.function.Consumer;
import java.util.function.Supplier;
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
  private final Consumer<String> sink;
  private Supplier<String> pending;
  private String last = "";

  /**
   * @param sink loads a page into the web view; given a page only when it differs from the last
   */
  PacedLoads(Duration settleTime, Consumer<String> sink) {
    this.sink = sink;
    this.settle = new PauseTransition(settleTime);
    settle.setOnFinished(
        e -> {
          if (pending != null) {
            Supplier<String> page = pending;
            pending = null;
            load(page);
            settle.playFromStart(); // a move right after this one waits too
          }
        });
  }

  /**
   * Loads {@code page} now, or once the selection rests if a page went just before; a page is made
   * only when it is loaded, so one skipped costs nothing.
   */
  void offer(Supplier<String> page) {
    if (settle.getStatus() == Animation.Status.RUNNING) {
      pending = page;
      settle.playFromStart();
      return;
    }
    pending = null;
    load(page);
    settle.playFromStart();
  }

  private void load(Supplier<String> page) {
    String html = page.get();
    if (!html.equals(last)) {
      last = html;
      sink.accept(html);
    }
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

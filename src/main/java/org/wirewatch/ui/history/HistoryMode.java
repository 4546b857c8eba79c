package org.wirewatch.ui.history;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * Swaps the window's left pane between the live timeline and history search, keeping the detail
 * view and the split's divider where they were.
 */
public final class HistoryMode {
  private final SplitPane split;
  private final Node live;
  private final HistoryPane history;

  public HistoryMode(SplitPane split, Node live, HistoryPane history) {
    this.split = split;
    this.live = live;
    this.history = history;
  }

  /** Shows history search, searching for {@code text} when there is any. */
  public void showHistory(String text) {
    put(history);
    if (text != null && !text.isBlank()) {
      history.search(text);
    }
    history.focusQuery();
  }

  /** Back to the live timeline; {@code onBack} runs only when it was not already shown. */
  public void showLive(Consumer<Node> onBack) {
    if (put(live)) {
      onBack.accept(live);
    }
  }

  private boolean put(Node pane) {
    if (split.getItems().get(0) == pane) {
      return false;
    }
    double[] dividers = split.getDividerPositions();
    split.getItems().set(0, pane);
    split.setDividerPositions(dividers);
    return true;
  }
}

package org.wirewatch.ui.crawl;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.wirewatch.model.Priority;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.ui.DisplayTime;

/**
 * One entry on the crawl: time, an optional BREAKING tag, the headline and a separator. Laid out
 * once when its content changes; while it scrolls only its parent moves.
 */
final class CrawlItem extends HBox {
  private final Label time = new Label();
  private final Label tag = new Label("BREAKING");
  private final Label headline = new Label();
  private final Label separator = new Label("\u25C6");

  CrawlItem() {
    getStyleClass().add("crawl-item");
    time.getStyleClass().add("crawl-time");
    tag.getStyleClass().add("crawl-tag");
    headline.getStyleClass().add("crawl-headline");
    separator.getStyleClass().add("crawl-separator");
    setAlignment(Pos.CENTER_LEFT);
    setFillHeight(false);
    setMinWidth(USE_PREF_SIZE);
    setMaxWidth(USE_PREF_SIZE);
    for (Label l : new Label[] {time, tag, headline, separator}) {
      l.setMinWidth(USE_PREF_SIZE);
      l.setWrapText(false);
    }
    getChildren().addAll(time, tag, headline, separator);
  }

  void show(TimelineEntry entry, DisplayTime displayTime) {
    boolean breaking = entry.update().priority() == Priority.BREAKING;
    time.setText(displayTime.clockOnly(entry.update().publishedInstant()));
    headline.setText(entry.update().headline());
    tag.setVisible(breaking);
    tag.setManaged(breaking);
    toggle("breaking", breaking);
    toggle("withdrawn", entry.withdrawn());
    setAccessibleText(time.getText() + ", " + (breaking ? "breaking: " : "") + headline.getText());
  }

  /** Width once styled and laid out; call with the item in the scene. */
  double measure() {
    applyCss();
    double w = prefWidth(-1);
    resize(w, prefHeight(w));
    layout();
    return Math.ceil(w);
  }

  String headlineText() {
    return headline.getText();
  }

  private void toggle(String styleClass, boolean on) {
    if (on && !getStyleClass().contains(styleClass)) {
      getStyleClass().add(styleClass);
    } else if (!on) {
      getStyleClass().remove(styleClass);
    }
  }
}

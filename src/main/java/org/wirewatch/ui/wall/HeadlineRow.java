package org.wirewatch.ui.wall;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.ui.DisplayTime;

/**
 * One update on the wall: its time large, the headline, and "IST · source · credit"; the newest
 * (the lead) larger still, with the start of its body.
 */
final class HeadlineRow {
  private HeadlineRow() {}

  static HBox of(
      TimelineEntry e, DisplayTime dt, boolean lead, String sourceName, boolean alerted) {
    Label time = new Label(dt.clockOnly(e.update().publishedInstant()));
    time.getStyleClass().add("wall-time");
    time.setMinWidth(Label.USE_PREF_SIZE);
    Label headline = new Label(e.update().headline());
    headline.getStyleClass().add("wall-headline");
    headline.setWrapText(true);
    String credit = e.update().author() == null ? "" : " \u00b7 " + e.update().author();
    Label meta =
        new Label(dt.zoneName(e.update().publishedInstant()) + " \u00b7 " + sourceName + credit);
    meta.getStyleClass().add("wall-meta");
    VBox text = new VBox(headline, meta);
    if (lead && e.update().text() != null && !e.update().text().isBlank()) {
      Label body = new Label(org.wirewatch.ui.TextPreview.of(e.update().text(), 240));
      body.getStyleClass().add("wall-lead-body");
      body.setWrapText(true);
      text.getChildren().add(1, body);
    }
    HBox.setHgrow(text, Priority.ALWAYS);
    HBox row = new HBox(time, text);
    row.getStyleClass().add(lead ? "wall-lead" : "wall-row");
    if (e.update().priority() == org.wirewatch.model.Priority.BREAKING) {
      row.getStyleClass().add("breaking");
    }
    if (alerted) {
      row.getStyleClass().add("alerted");
    }
    row.setAccessibleText(time.getText() + ", " + headline.getText() + ", " + meta.getText());
    return row;
  }
}

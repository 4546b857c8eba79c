package org.wirewatch.ui.wall;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.ui.DisplayTime;

/**
 * The breaking banner across the wall: BREAKING, the headline very large, "17:48 IST · source ·
 * credit", on a scrim that dims the rest of the wall while it holds the screen.
 */
final class Banner extends StackPane {
  private final VBox box = new VBox();
  private final Label headline = new Label();
  private final Label meta = new Label();

  Banner() {
    getStyleClass().add("wall-scrim");
    box.getStyleClass().add("wall-banner");
    Label tag = new Label("BREAKING");
    tag.getStyleClass().add("wall-banner-tag");
    headline.getStyleClass().add("wall-banner-headline");
    headline.setWrapText(true);
    meta.getStyleClass().add("wall-banner-meta");
    box.getChildren().addAll(tag, headline, meta);
    box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    // Sized by the screen, like everything on the wall.
    box.maxWidthProperty().bind(widthProperty().multiply(0.85));
    StackPane.setAlignment(box, Pos.CENTER);
    getChildren().add(box);
    setVisible(false);
  }

  void show(TimelineEntry e, DisplayTime dt, String sourceName) {
    headline.setText(e.update().headline());
    meta.setText(
        dt.clock(e.update().publishedInstant())
            + " \u00b7 "
            + sourceName
            + (e.update().author() == null ? "" : " \u00b7 " + e.update().author()));
    setVisible(true);
  }

  void hide() {
    setVisible(false);
  }

  /** The headline while the banner shows, else {@code null}. */
  String headline() {
    return isVisible() ? headline.getText() : null;
  }
}

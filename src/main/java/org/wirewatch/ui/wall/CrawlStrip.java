package org.wirewatch.ui.wall;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;

/**
 * The wall's crawl in a borderless window of its own, owned by the wall and laid exactly over the
 * crawl's place on it. With JavaFX's software pipeline every frame of a window goes to the screen
 * whole, whatever changed: a crawl inside the full-screen wall cost a full-screen upload sixty
 * times a second. In a strip-sized window a frame costs a strip, and the wall itself is drawn again
 * only when something on it changes (its clocks, once a second). See docs/PERFORMANCE.md.
 */
final class CrawlStrip {
  private final Stage strip = new Stage();
  private final StackPane slot;
  private final Stage wall;

  /**
   * Moves {@code view}'s crawl into the strip; the wall keeps the crawl's place and height, and the
   * banner's scrim and the dimming veil are repeated over the strip so it dims with the wall.
   */
  CrawlStrip(Stage wall, WallView view, List<String> stylesheets) {
    this.wall = wall;
    this.slot = view.crawlSlot();
    Region crawl = view.crawl();
    slot.getChildren().remove(crawl);
    slot.minHeightProperty().bind(crawl.heightProperty());
    slot.prefHeightProperty().bind(crawl.heightProperty());

    Region scrim = new Region();
    scrim.getStyleClass().add("wall-scrim");
    scrim.visibleProperty().bind(view.bannerShown());
    scrim.setMouseTransparent(true);
    Region shade = new Region();
    shade.setStyle("-fx-background-color: black;");
    shade.visibleProperty().bind(view.veil().visibleProperty());
    shade.opacityProperty().bind(view.veil().opacityProperty());
    shade.setMouseTransparent(true);
    StackPane root = new StackPane(crawl, scrim, shade);
    root.getStyleClass().add("wall");
    // The wall's font size (a fortieth of the screen's height) sizes the crawl as it did there.
    root.styleProperty().bind(view.styleProperty());

    strip.initOwner(wall);
    strip.initStyle(StageStyle.UNDECORATED);
    strip.setTitle("Wirewatch wall crawl");
    Scene scene = new Scene(root, Math.max(1, slot.getWidth()), Math.max(1, crawl.getHeight()));
    scene.getStylesheets().setAll(stylesheets);
    strip.setScene(scene);

    // Change listeners, not invalidation ones: they read the new value each time, so a lazily
    // computed transform keeps telling when the wall's layout moves the slot again.
    slot.localToSceneTransformProperty().addListener((o, was, now) -> follow());
    slot.layoutBoundsProperty().addListener((o, was, now) -> follow());
    InvalidationListener follow = (Observable o) -> follow();
    wall.xProperty().addListener(follow);
    wall.yProperty().addListener(follow);
    wall.widthProperty().addListener(follow);
    wall.heightProperty().addListener(follow);
    wall.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> strip.hide());
    wall.fullScreenProperty().addListener((o, was, now) -> strip.toFront());
    wall.focusedProperty().addListener((o, was, now) -> strip.toFront());
  }

  /** The strip's scene, for the wall's keys and pointer. */
  Scene scene() {
    return strip.getScene();
  }

  Stage stage() {
    return strip;
  }

  /** Shows the strip over its place; the wall keeps the keyboard focus. */
  void show() {
    follow();
    strip.show();
    follow();
    // Without a window manager the full-screen wall is raised over it; keep the strip on top.
    strip.toFront();
    wall.requestFocus();
  }

  private void follow() {
    Bounds at = slot.localToScreen(slot.getLayoutBounds());
    if (at == null || at.getWidth() <= 0) {
      return;
    }
    strip.setX(at.getMinX());
    strip.setY(at.getMinY());
    strip.setWidth(at.getWidth());
    if (at.getHeight() > 0) {
      strip.setHeight(at.getHeight());
    }
  }
}

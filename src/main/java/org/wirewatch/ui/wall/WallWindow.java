package org.wirewatch.ui.wall;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.wirewatch.ui.WindowModel;

/**
 * The wall's window: full screen on the chosen monitor, no chrome, the pointer hidden after a few
 * seconds without movement. Space pauses the crawl; F11 leaves full screen; M moves the wall to the
 * next monitor, remembered for this layout of monitors.
 */
public final class WallWindow {
  private static final String CSS =
      Objects.requireNonNull(WallWindow.class.getResource("wall.css")).toExternalForm();
  // The window's stylesheet styles the crawl; the wall's own comes after it and wins.
  private static final String WINDOW_CSS =
      Objects.requireNonNull(org.wirewatch.ui.MainWindow.class.getResource("wirewatch.css"))
          .toExternalForm();
  private static final javafx.util.Duration POINTER_IDLE = javafx.util.Duration.seconds(3);

  private final WallView view;
  private final WindowModel model;
  private Screen on;
  private CrawlStrip strip;

  public WallWindow(WindowModel model, Clock clock, List<ZoneId> zones, Duration takeover) {
    this.model = model;
    this.view = new WallView(model, clock, zones, takeover);
  }

  public WallView view() {
    return view;
  }

  /**
   * Shows the wall on monitor {@code screen}, or with -1 on the one it was on last time with these
   * monitors (else the primary); see {@link org.wirewatch.ui.ScreenChoice}.
   */
  public void show(Stage stage, int screen) {
    on = org.wirewatch.ui.ScreenChoice.pick(model, "wall", screen);
    Rectangle2D bounds = on.getBounds();
    try {
      stage.initStyle(StageStyle.UNDECORATED);
    } catch (IllegalStateException shownBefore) {
      // A stage that was ever visible keeps its decorations; the face works all the same.
    }
    Scene scene = new Scene(view, bounds.getWidth(), bounds.getHeight());
    scene.getStylesheets().addAll(WINDOW_CSS, CSS);
    stage.setScene(scene);
    stage.setTitle("Wirewatch wall");
    stage.setX(bounds.getMinX());
    stage.setY(bounds.getMinY());
    stage.setFullScreenExitHint("");
    stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
    hidePointerWhenIdle(scene);
    javafx.event.EventHandler<javafx.scene.input.KeyEvent> keys =
        e -> {
          if (e.getCode() == KeyCode.SPACE) {
            view.crawl().togglePause();
          } else if (e.getCode() == KeyCode.F11) {
            stage.setFullScreen(!stage.isFullScreen());
          } else if (e.getCode() == KeyCode.M) {
            moveTo(stage, org.wirewatch.ui.ScreenChoice.next(model, "wall", on));
          }
        };
    scene.setOnKeyPressed(keys);
    // A wall runs unattended: no screensaver, no blanking, for as long as it is up.
    org.wirewatch.ui.StayAwake.Hold awake = model.context().stayAwake().hold("wall display");
    stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> awake.close());
    stage.show();
    stage.setFullScreen(true);
    // The crawl moves every frame; in a window of its own only its strip is drawn each frame.
    strip = new CrawlStrip(stage, view, scene.getStylesheets());
    strip.scene().setOnKeyPressed(keys);
    hidePointerWhenIdle(strip.scene());
    strip.show();
  }

  /** The crawl's own window over the wall, once the wall is shown. */
  Stage crawlWindow() {
    return strip == null ? null : strip.stage();
  }

  /** Puts the wall full screen on {@code target}: M moves it to the next monitor. */
  private void moveTo(Stage stage, Screen target) {
    on = target;
    Rectangle2D bounds = target.getBounds();
    stage.setFullScreen(false);
    stage.setX(bounds.getMinX());
    stage.setY(bounds.getMinY());
    stage.setWidth(bounds.getWidth());
    stage.setHeight(bounds.getHeight());
    stage.setFullScreen(true);
  }

  private static void hidePointerWhenIdle(Scene scene) {
    PauseTransition idle = new PauseTransition(POINTER_IDLE);
    idle.setOnFinished(e -> scene.setCursor(Cursor.NONE));
    scene.addEventFilter(
        MouseEvent.MOUSE_MOVED,
        e -> {
          scene.setCursor(Cursor.DEFAULT);
          idle.playFromStart();
        });
    idle.play();
  }
}

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
 * seconds without movement. Space pauses the crawl; F11 leaves full screen.
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

  public WallWindow(WindowModel model, Clock clock, List<ZoneId> zones, Duration takeover) {
    this.view = new WallView(model, clock, zones, takeover);
  }

  public WallView view() {
    return view;
  }

  /** Shows the wall on screen {@code screen} (0 is the primary; out of range means primary). */
  public void show(Stage stage, int screen) {
    List<Screen> screens = Screen.getScreens();
    Screen target =
        screen >= 0 && screen < screens.size() ? screens.get(screen) : Screen.getPrimary();
    Rectangle2D bounds = target.getBounds();
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
    scene.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.SPACE) {
            view.crawl().togglePause();
          } else if (e.getCode() == KeyCode.F11) {
            stage.setFullScreen(!stage.isFullScreen());
          }
        });
    stage.show();
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

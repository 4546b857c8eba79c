package org.wirewatch.ui;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Puts the window where it was and remembers its geometry and divider in the model's options, which
 * the model writes (see {@link SettingsWriter}).
 */
final class SettingsKeeper {
  private final WindowModel model;
  private Stage stage;
  private SplitPane split;

  SettingsKeeper(WindowModel model) {
    this.model = model;
  }

  /** Puts {@code stage} where it was, if that place is still on a screen. */
  void restore(Stage stage) {
    UiSettings settings = model.settings();
    double x = settings.x();
    double y = settings.y();
    if (!Double.isNaN(x) && !Double.isNaN(y)) {
      Rectangle2D wanted = new Rectangle2D(x, y, settings.width(), settings.height());
      List<Screen> screens = Screen.getScreensForRectangle(wanted);
      if (!screens.isEmpty()) {
        stage.setX(x);
        stage.setY(y);
      }
    }
    stage.setMaximized(settings.maximized());
  }

  /**
   * Remembers the geometry of {@code stage} and the divider of {@code split} once they settle, and
   * when the window closes. A wall display is often stopped by a signal, never closed.
   */
  void watch(Stage stage, SplitPane split) {
    this.stage = stage;
    this.split = split;
    stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> rememberGeometry());
    PauseTransition settle = new PauseTransition(Duration.seconds(2));
    settle.setOnFinished(e -> rememberGeometry());
    InvalidationListener moved = o -> settle.playFromStart();
    stage.xProperty().addListener(moved);
    stage.yProperty().addListener(moved);
    stage.widthProperty().addListener(moved);
    stage.heightProperty().addListener(moved);
    stage.maximizedProperty().addListener(moved);
    if (!split.getDividers().isEmpty()) {
      split.getDividers().get(0).positionProperty().addListener(moved);
    }
  }

  private void rememberGeometry() {
    UiSettings next = model.settings();
    if (!stage.isMaximized() && !stage.isFullScreen()) {
      next =
          next.withGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
    } else {
      next =
          next.withGeometry(next.x(), next.y(), next.width(), next.height(), stage.isMaximized());
    }
    double[] dividers = split.getDividerPositions();
    if (dividers.length > 0) {
      next = next.withSplit(dividers[0]);
    }
    if (next.equals(model.settings())) {
      model.saveSettings();
    } else {
      model.setSettings(next);
    }
  }
}

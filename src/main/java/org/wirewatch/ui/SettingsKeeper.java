package org.wirewatch.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Remembers the window's options and geometry in the settings directory: every change of the
 * model's options is written in the background, the newest superseding any still waiting.
 */
final class SettingsKeeper {
  private static final System.Logger LOG = System.getLogger(SettingsKeeper.class.getName());

  private final WindowModel model;
  private final Path dir;
  private final Executor background;
  // The latest settings wait here for the background writer; older ones are simply superseded.
  private final AtomicReference<UiSettings> unsaved = new AtomicReference<>();
  private final Object writeLock = new Object();
  private Stage stage;
  private SplitPane split;

  SettingsKeeper(WindowModel model, Path dir, Executor background) {
    this.model = model;
    this.dir = dir;
    this.background = background;
    model.settingsProperty().addListener((o, before, next) -> save(next));
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
      save(next);
    } else {
      model.setSettings(next);
    }
  }

  private void save(UiSettings settings) {
    unsaved.set(settings);
    background.execute(this::writeLatest);
  }

  private void writeLatest() {
    synchronized (writeLock) {
      UiSettings latest = unsaved.getAndSet(null);
      if (latest == null) {
        return;
      }
      try {
        latest.save(dir);
      } catch (IOException | UncheckedIOException e) {
        // The window works without remembered options; losing them must not break the display.
        LOG.log(System.Logger.Level.WARNING, "could not save UI settings: " + e.getMessage());
      }
    }
  }
}

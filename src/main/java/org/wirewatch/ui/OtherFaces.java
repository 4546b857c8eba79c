package org.wirewatch.ui;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.stage.Stage;
import org.wirewatch.model.UpdateKey;
import org.wirewatch.ui.bar.TickerBar;
import org.wirewatch.ui.wall.WallWindow;

/**
 * The wall display and the ticker bar opened from the window's View menu, each in a stage of its
 * own on the same model; choosing one again closes it.
 */
final class OtherFaces {
  private final WindowModel model;
  private Stage wall;
  private Stage bar;

  OtherFaces(WindowModel model) {
    this.model = model;
  }

  void toggleWall() {
    if (wall != null && wall.isShowing()) {
      wall.close();
      return;
    }
    wall = new Stage();
    new WallWindow(model, model.context().clock(), List.of(), Duration.ofSeconds(20))
        .show(wall, -1);
  }

  void toggleBar(Consumer<UpdateKey> open) {
    if (bar != null && bar.isShowing()) {
      bar.close();
      return;
    }
    bar = new Stage();
    new TickerBar(model, open).show(bar, -1);
  }
}

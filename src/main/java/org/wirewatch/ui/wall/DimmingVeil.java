package org.wirewatch.ui.wall;

import java.time.Clock;
import java.time.LocalTime;
import javafx.scene.layout.Region;

/**
 * A black veil over the whole wall, as opaque as the dimming schedule says now; it takes no clicks
 * and is invisible (so costs nothing to draw) outside the schedule.
 */
public final class DimmingVeil extends Region {
  private final Clock clock;
  private Dimming dimming = Dimming.NEVER;

  DimmingVeil(Clock clock) {
    this.clock = clock;
    getStyleClass().add("wall-dimming");
    setStyle("-fx-background-color: black;");
    setMouseTransparent(true);
    setVisible(false);
  }

  /** Follows {@code schedule} from now on. */
  public void setDimming(Dimming schedule) {
    dimming = schedule;
    render();
  }

  /** How bright the wall shows now: 1 when not dimmed. */
  public double brightness() {
    return isVisible() ? 1 - getOpacity() : 1;
  }

  void render() {
    double level = dimming.brightnessAt(LocalTime.now(clock));
    setVisible(level < 1);
    setOpacity(1 - level);
  }
}

package org.wirewatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The monitor asked for, else the one remembered for this layout, else the primary. */
class ScreenChoiceTest {
  @Test
  void aLayoutIsNamedByEachMonitorsSizeAndPlace() {
    assertThat(
            ScreenChoice.layout(
                List.of(new Rectangle2D(0, 0, 1920, 1080), new Rectangle2D(-2560, 0, 2560, 1440))))
        .isEqualTo("1920x1080+0+0,2560x1440-2560+0");
  }

  @Test
  void theMonitorAskedForWinsWhenItExists() {
    assertThat(ScreenChoice.choose(1, 0, 2, 0)).isEqualTo(1);
    assertThat(ScreenChoice.choose(3, 1, 2, 0)).as("asked for one that is gone").isZero();
  }

  @Test
  void otherwiseTheRememberedOneIfStillThereElseThePrimary() {
    assertThat(ScreenChoice.choose(-1, 1, 2, 0)).isEqualTo(1);
    assertThat(ScreenChoice.choose(-1, 2, 2, 1)).isEqualTo(1);
    assertThat(ScreenChoice.choose(-1, -1, 3, 2)).isEqualTo(2);
  }
}

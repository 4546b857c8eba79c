package org.wirewatch.ui.wall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The wall's dimming schedule: a daily window, possibly across midnight, and a brightness. */
class DimmingTest {
  @Test
  void aWindowAcrossMidnightDimsLateAndEarlyButNotByDay() {
    Dimming night = Dimming.parse("23:00-07:00@30%");
    assertThat(night.brightnessAt(LocalTime.of(23, 0))).isEqualTo(0.3);
    assertThat(night.brightnessAt(LocalTime.of(3, 15))).isEqualTo(0.3);
    assertThat(night.brightnessAt(LocalTime.of(7, 0))).isEqualTo(1.0);
    assertThat(night.brightnessAt(LocalTime.of(14, 30))).isEqualTo(1.0);
  }

  @Test
  void withoutALevelItDimsToFortyPercent() {
    Dimming lunch = Dimming.parse(" 12:00 - 13:30 ");
    assertThat(lunch.brightnessAt(LocalTime.of(12, 45))).isEqualTo(Dimming.DEFAULT_BRIGHTNESS);
    assertThat(lunch.brightnessAt(LocalTime.of(11, 59))).isEqualTo(1.0);
  }

  @Test
  void neverIsAlwaysFullBrightness() {
    assertThat(Dimming.NEVER.brightnessAt(LocalTime.MIDNIGHT)).isEqualTo(1.0);
  }

  @Test
  void badSchedulesSayWhatOneLooksLike() {
    for (String bad : new String[] {"23:00", "23:00-07:00@5%", "23:00-07:00@40", "late-early"}) {
      assertThatThrownBy(() -> Dimming.parse(bad)).hasMessageContaining("HH:MM-HH:MM");
    }
  }

  @Test
  void theCommandLineSaysWhatIsWrongWithABadSchedule() {
    org.wirewatch.app.WirewatchCommand command = new org.wirewatch.app.WirewatchCommand();
    assertThatThrownBy(
            () -> new picocli.CommandLine(command).parseArgs("--wall", "--dim", "midnight"))
        .hasMessageContaining("--dim")
        .hasMessageContaining("23:00-07:00");
    new picocli.CommandLine(command).parseArgs("--wall", "--dim", "22:30-06:00@25%");
    assertThat(command.dim.brightnessAt(LocalTime.of(1, 0))).isEqualTo(0.25);
  }
}

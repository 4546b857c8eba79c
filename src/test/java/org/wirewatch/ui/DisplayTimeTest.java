package org.wirewatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DisplayTimeTest {
  private static final Instant AT = Updates.AT_1807.toInstant();

  @Test
  void showsTheClockInTheChosenZoneWithItsAbbreviation() {
    assertThat(new DisplayTime(ZoneId.of("Asia/Kolkata"), true).clock(AT)).isEqualTo("18:07 IST");
    assertThat(new DisplayTime(ZoneId.of("Asia/Kolkata"), false).clock(AT)).isEqualTo("18:07");
    assertThat(new DisplayTime(ZoneId.of("UTC"), true).clock(AT)).isEqualTo("12:37 UTC");
  }

  @Test
  void saysHowLongAgo() {
    assertThat(DisplayTime.age(AT, AT.plusSeconds(20))).isEqualTo("just now");
    assertThat(DisplayTime.age(AT, AT.plusSeconds(200))).isEqualTo("3 min ago");
    assertThat(DisplayTime.age(AT, AT.plus(Duration.ofHours(5)))).isEqualTo("5 h ago");
    assertThat(DisplayTime.age(AT, AT.plus(Duration.ofDays(3)))).isEqualTo("3 days ago");
    assertThat(DisplayTime.age(AT, AT.minusSeconds(600))).isEqualTo("in 10 min");
  }

  @Test
  void saysHowLongToWait() {
    assertThat(DisplayTime.wait(Duration.ofSeconds(40))).isEqualTo("40 s");
    assertThat(DisplayTime.wait(Duration.ofSeconds(-3))).isEqualTo("0 s");
    assertThat(DisplayTime.wait(Duration.ofMinutes(5))).isEqualTo("5 min");
  }
}

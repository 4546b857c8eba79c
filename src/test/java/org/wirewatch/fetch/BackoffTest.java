package org.wirewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private static final Duration INTERVAL = Duration.ofSeconds(15);
  private static final Duration CAP = Duration.ofMinutes(5);

  @Test
  void nominalDelayStartsAtTheIntervalAndDoublesUpToTheCap() {
    Backoff backoff = new Backoff(INTERVAL, CAP, 0.2, new FixedRandom(0));

    assertThat(backoff.nominal(1)).isEqualTo(Duration.ofSeconds(15));
    assertThat(backoff.nominal(2)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.nominal(3)).isEqualTo(Duration.ofSeconds(60));
    assertThat(backoff.nominal(4)).isEqualTo(Duration.ofSeconds(120));
    assertThat(backoff.nominal(5)).isEqualTo(Duration.ofSeconds(240));
    assertThat(backoff.nominal(6)).isEqualTo(CAP);
    assertThat(backoff.nominal(1_000)).isEqualTo(CAP);
  }

  @Test
  void jitterTakesOffAtMostItsFraction() {
    assertThat(new Backoff(INTERVAL, CAP, 0.2, new FixedRandom(0)).delayAfter(2))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(new Backoff(INTERVAL, CAP, 0.2, new FixedRandom(0.5)).delayAfter(2))
        .isEqualTo(Duration.ofSeconds(27));
    assertThat(new Backoff(INTERVAL, CAP, 0.2, new FixedRandom(0.999_999)).delayAfter(2))
        .isEqualTo(Duration.ofSeconds(24));
  }

  @Test
  void jitteredDelaysStayWithinBoundsAndNeverPassTheCap() {
    Backoff backoff = new Backoff(INTERVAL, CAP, 0.2, new SplittableRandom(42));

    for (int failures = 1; failures <= 12; failures++) {
      Duration nominal = backoff.nominal(failures);
      for (int draw = 0; draw < 200; draw++) {
        Duration delay = backoff.delayAfter(failures);
        assertThat(delay)
            .isLessThanOrEqualTo(nominal)
            .isGreaterThanOrEqualTo(Duration.ofMillis(nominal.toMillis() * 8 / 10))
            .isLessThanOrEqualTo(CAP);
      }
    }
  }

  @Test
  void jitterSpreadsSourcesThatFailedTogether() {
    Backoff backoff = new Backoff(INTERVAL, CAP, 0.2, new SplittableRandom(7));

    long distinct =
        java.util.stream.IntStream.range(0, 50)
            .mapToObj(i -> backoff.delayAfter(3))
            .distinct()
            .count();

    assertThat(distinct).isGreaterThan(10);
  }

  @Test
  void anIntervalLongerThanTheCapIsNotShortened() {
    Backoff backoff = new Backoff(Duration.ofMinutes(10), CAP, 0.2, new FixedRandom(0));

    assertThat(backoff.nominal(1)).isEqualTo(Duration.ofMinutes(10));
    assertThat(backoff.nominal(4)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void jitterMustBeAFraction() {
    assertThatThrownBy(() -> new Backoff(INTERVAL, CAP, 1.0, new FixedRandom(0)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package org.wirewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When the next poll after a success is due. */
class PollingPolicyTest {
  private static final Instant BEGAN = Instant.parse("2026-12-03T18:07:00Z");
  private static final Duration FIFTEEN = Duration.ofSeconds(15);

  @Test
  void theIntervalRunsFromThePollsStartSoThePeriodIsTheInterval() {
    Instant answered = BEGAN.plusMillis(140);
    assertThat(PollingPolicy.afterSuccess(FIFTEEN, BEGAN, answered))
        .isEqualTo(Duration.ofMillis(14_860));
  }

  @Test
  void aSlowAnswerStillLeavesHalfAnIntervalOfRest() {
    Instant answered = BEGAN.plusSeconds(12);
    assertThat(PollingPolicy.afterSuccess(FIFTEEN, BEGAN, answered))
        .isEqualTo(Duration.ofMillis(7_500));
    assertThat(PollingPolicy.afterSuccess(FIFTEEN, BEGAN, BEGAN.plusSeconds(40)))
        .isEqualTo(Duration.ofMillis(7_500));
  }

  @Test
  void anInstantAnswerWaitsTheWholeInterval() {
    assertThat(PollingPolicy.afterSuccess(FIFTEEN, BEGAN, BEGAN)).isEqualTo(FIFTEEN);
  }
}

package org.wirewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2025-08-07T12:00:00Z");

  private static Headers retryAfter(String value) {
    return Headers.of("Retry-After", value);
  }

  @Test
  void readsDelaySeconds() {
    assertThat(RetryAfter.parse(retryAfter("90"), NOW)).contains(Duration.ofSeconds(90));
  }

  @Test
  void readsAnHttpDateRelativeToNow() {
    assertThat(RetryAfter.parse(retryAfter("Thu, 07 Aug 2025 12:01:00 GMT"), NOW))
        .contains(Duration.ofMinutes(1));
  }

  @Test
  void readsTheObsoleteRfc850DateForm() {
    assertThat(RetryAfter.parse(retryAfter("Thursday, 07-Aug-25 12:00:30 GMT"), NOW))
        .contains(Duration.ofSeconds(30));
  }

  @Test
  void aDateInThePastMeansNoWait() {
    assertThat(RetryAfter.parse(retryAfter("Thu, 07 Aug 2025 11:00:00 GMT"), NOW))
        .contains(Duration.ZERO);
  }

  @Test
  void absentOrUnreadableHeaderGivesNothing() {
    assertThat(RetryAfter.parse(Headers.of(), NOW)).isEmpty();
    assertThat(RetryAfter.parse(retryAfter("soon"), NOW)).isEmpty();
    assertThat(RetryAfter.parse(retryAfter("-5"), NOW)).isEmpty();
    assertThat(RetryAfter.parse(retryAfter("99999999999999999999999"), NOW)).isEmpty();
  }
}

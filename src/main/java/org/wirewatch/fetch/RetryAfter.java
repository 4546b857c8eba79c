package org.wirewatch.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import okhttp3.Headers;

/** Reads a Retry-After header: delay-seconds ("120") or an HTTP date. */
final class RetryAfter {
  private RetryAfter() {}

  /**
   * @return how long to wait from {@code now}; zero for a date in the past; empty when the header
   *     is absent or unreadable
   */
  /**
   * {@code asked}, but never longer than {@code max}: a server cannot silence a source for good.
   */
  static Duration bounded(Duration asked, Duration max) {
    return asked.compareTo(max) > 0 ? max : asked;
  }

  static Optional<Duration> parse(Headers headers, Instant now) {
    String value = headers.get("Retry-After");
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String trimmed = value.trim();
    if (trimmed.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
      } catch (NumberFormatException tooLong) {
        return Optional.empty();
      }
    }
    // OkHttp's own HTTP-date parser accepts RFC 1123 and the obsolete RFC 850 / asctime forms.
    Date date = headers.getDate("Retry-After");
    if (date == null) {
      return Optional.empty();
    }
    Duration wait = Duration.between(now, date.toInstant());
    return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
  }
}

package org.wirewatch.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How pollers react to trouble. The polling interval itself comes from each {@link
 * org.wirewatch.source.SourceConfig}.
 *
 * @param backoffCap the longest wait between retries of a failing source
 * @param jitter fraction of a backoff delay that may be taken off at random, in [0, 1)
 * @param staleAfterIntervals a source with no success for this many intervals, while a request is
 *     still in flight, turns STALE
 * @param recentErrorLimit how many recent errors a status keeps
 * @param maxRetryAfter the longest Retry-After honoured, so a hostile header cannot park a source
 *     for days
 * @param maxMovesInARow permanent redirects followed in a row before the source counts as failing
 */
public record PollingPolicy(
    Duration backoffCap,
    double jitter,
    int staleAfterIntervals,
    int recentErrorLimit,
    Duration maxRetryAfter,
    int maxMovesInARow) {
  public PollingPolicy {
    Objects.requireNonNull(backoffCap, "backoffCap");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (jitter < 0 || jitter >= 1) {
      throw new IllegalArgumentException("jitter must be in [0, 1): " + jitter);
    }
    if (staleAfterIntervals < 1 || recentErrorLimit < 1 || maxMovesInARow < 1) {
      throw new IllegalArgumentException("counts must be at least 1");
    }
  }

  /** 5 min cap, 20 % jitter, stale after 3 intervals, 20 recent errors, Retry-After ≤ 1 h. */
  public static PollingPolicy defaults() {
    return new PollingPolicy(Duration.ofMinutes(5), 0.2, 3, 20, Duration.ofHours(1), 5);
  }

  /**
   * How long until a source whose request is in flight counts as stale: {@link
   * #staleAfterIntervals()} intervals from the later of its last success and its start (so a
   * restart begins afresh); zero when that is past.
   */
  public java.time.Duration untilStale(
      java.time.Instant lastSuccess,
      java.time.Instant startedAt,
      java.time.Duration interval,
      java.time.Instant now) {
    java.time.Instant reference =
        lastSuccess != null && lastSuccess.isAfter(startedAt) ? lastSuccess : startedAt;
    java.time.Duration delay =
        java.time.Duration.between(now, reference.plus(interval.multipliedBy(staleAfterIntervals)));
    return delay.isNegative() ? java.time.Duration.ZERO : delay;
  }

  /**
   * When the next poll after a success is due: an interval after the poll began (not after it
   * ended, so the period is the interval and not the interval plus the answer's time), but never
   * sooner than half an interval after it ended, so a slow server is not polled back to back.
   */
  public static Duration afterSuccess(Duration interval, Instant began, Instant now) {
    Duration took = began == null ? Duration.ZERO : Duration.between(began, now);
    Duration rest = interval.minus(took);
    Duration half = interval.dividedBy(2);
    return rest.compareTo(half) < 0 ? half : rest;
  }
}

package org.wirewatch.fetch;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: after the n-th failure in a row the nominal delay is {@code base
 * × 2^(n−1)}, capped, and jitter takes off up to {@code jitter} of it, so sources that failed
 * together (a shared CDN going down) do not all retry in the same second, and the cap is never
 * exceeded.
 */
final class Backoff {
  private final Duration base;
  private final Duration cap;
  private final double jitter;
  private final RandomGenerator random;

  /**
   * @param base the delay after the first failure (the source's interval)
   * @param cap the longest delay; a base longer than the cap wins over it
   * @param jitter fraction in [0, 1) that may be taken off the nominal delay
   * @param random source of jitter; shared generators must be thread-safe
   */
  Backoff(Duration base, Duration cap, double jitter, RandomGenerator random) {
    this.base = Objects.requireNonNull(base, "base");
    this.cap = Objects.requireNonNull(cap, "cap");
    if (jitter < 0 || jitter >= 1) {
      throw new IllegalArgumentException("jitter must be in [0, 1): " + jitter);
    }
    this.jitter = jitter;
    this.random = Objects.requireNonNull(random, "random");
  }

  /** The nominal delay after {@code failures} failures in a row, before jitter. */
  Duration nominal(int failures) {
    Duration ceiling = cap.compareTo(base) < 0 ? base : cap;
    Duration delay = base;
    for (int i = 1; i < failures && delay.compareTo(ceiling) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(ceiling) > 0 ? ceiling : delay;
  }

  /** The delay to wait after {@code failures} (≥ 1) failures in a row, jitter applied. */
  Duration delayAfter(int failures) {
    long nominalMillis = nominal(Math.max(1, failures)).toMillis();
    double factor = 1.0 - jitter * random.nextDouble();
    return Duration.ofMillis(Math.round(nominalMillis * factor));
  }
}

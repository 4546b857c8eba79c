package org.wirewatch.store;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How history is kept.
 *
 * @param retention how long an update is kept after it was last published, seen or edited
 * @param clock reads now (for pruning and the cursors' saved time)
 * @param maxPageCount a cap on the file's size in pages, 0 for none; tests use it to fill the
 *     "disk"
 */
public record StoreSettings(Duration retention, Clock clock, int maxPageCount) {
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);

  public StoreSettings {
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(clock, "clock");
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive: " + retention);
    }
  }

  public static StoreSettings defaults(Clock clock) {
    return new StoreSettings(DEFAULT_RETENTION, clock, 0);
  }
}

package org.wirewatch.app;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How history is kept and brought back.
 *
 * @param dataDir where the history file lives, or {@code null} for no history (tests, --once,
 *     --no-history)
 * @param restoreWindow on start, updates published within this long before now are shown again
 * @param restoreMax on start, at most this many are shown again (0: as many as memory holds)
 * @param retention updates older than this are pruned, in the background
 */
public record HistoryOptions(
    Path dataDir, Duration restoreWindow, int restoreMax, Duration retention) {
  public static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

  public HistoryOptions {
    restoreWindow = restoreWindow == null ? DEFAULT_WINDOW : restoreWindow;
    retention = retention == null ? org.wirewatch.store.StoreSettings.DEFAULT_RETENTION : retention;
    if (restoreMax < 0) {
      throw new IllegalArgumentException("--restore-max must not be negative");
    }
    if (restoreWindow.isNegative()) {
      throw new IllegalArgumentException("--restore-hours must not be negative");
    }
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("--retention-days must be at least 1");
    }
  }

  public static HistoryOptions off() {
    return new HistoryOptions(null, null, 0, null);
  }

  public static HistoryOptions in(Path dataDir) {
    return new HistoryOptions(dataDir, null, 0, null);
  }

  public boolean enabled() {
    return dataDir != null;
  }
}

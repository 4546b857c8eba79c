package org.wirewatch.alert;

import java.time.Clock;
import java.time.LocalTime;

/**
 * When alerts make no noise: muted, or inside a daily window (which may cross midnight, such as
 * 23:00–07:00), in the clock's zone.
 */
public record QuietHours(boolean muted, LocalTime from, LocalTime until) {
  public static final QuietHours NEVER = new QuietHours(false, null, null);

  public boolean quietAt(Clock clock) {
    if (muted) {
      return true;
    }
    if (from == null || until == null || from.equals(until)) {
      return false;
    }
    LocalTime now = LocalTime.now(clock);
    return from.isBefore(until)
        ? !now.isBefore(from) && now.isBefore(until)
        : !now.isBefore(from) || now.isBefore(until);
  }
}

package org.wirewatch.ui.wall;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The wall's dimming schedule: between {@code from} and {@code until} each day (which may cross
 * midnight) the screen shows at {@code brightness}, to spare a panel that runs all night and a room
 * that is dark. Written {@code 23:00-07:00} or {@code 23:00-07:00@30%}.
 */
public record Dimming(LocalTime from, LocalTime until, double brightness) {
  public static final double DEFAULT_BRIGHTNESS = 0.4;

  /** Never so dim that a breaking banner cannot be read. */
  public static final double MIN_BRIGHTNESS = 0.1;

  public static final Dimming NEVER = new Dimming(null, null, 1);

  public Dimming {
    brightness = Math.max(MIN_BRIGHTNESS, Math.min(1, brightness));
  }

  /**
   * @throws IllegalArgumentException saying what a schedule looks like
   */
  public static Dimming parse(String spec) {
    String s = spec.strip();
    double level = DEFAULT_BRIGHTNESS;
    int at = s.indexOf('@');
    try {
      if (at >= 0) {
        String pct = s.substring(at + 1).strip();
        if (!pct.endsWith("%")) {
          throw new NumberFormatException(pct);
        }
        level = Double.parseDouble(pct.substring(0, pct.length() - 1).strip()) / 100;
        if (level < MIN_BRIGHTNESS || level > 1) {
          throw new NumberFormatException(pct);
        }
        s = s.substring(0, at).strip();
      }
      String[] parts = s.split("\\s*-\\s*");
      if (parts.length != 2) {
        throw new NumberFormatException(s);
      }
      return new Dimming(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]), level);
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          "expected HH:MM-HH:MM or HH:MM-HH:MM@NN% (10% to 100%), e.g. 23:00-07:00@40%", e);
    }
  }

  /** How bright the wall is at {@code now}: 1 outside the window. */
  public double brightnessAt(LocalTime now) {
    if (from == null || until == null || from.equals(until)) {
      return 1;
    }
    boolean inside =
        from.isBefore(until)
            ? !now.isBefore(from) && now.isBefore(until)
            : !now.isBefore(from) || now.isBefore(until);
    return inside ? brightness : 1;
  }

  @Override
  public String toString() {
    return from == null
        ? "never"
        : String.format(Locale.ROOT, "%s-%s@%.0f%%", from, until, brightness * 100);
  }
}

package org.wirewatch.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reads {@code --since} and {@code --until} as a journalist would write them: an instant with Z, a
 * time with an offset, a local date-time (in the chosen zone), or a date. A date given to {@code
 * --until} includes that whole day.
 */
final class TimeArgument {
  private TimeArgument() {}

  static Instant since(String text, ZoneId zone) {
    return parse(text, zone, false, "--since");
  }

  static Instant until(String text, ZoneId zone) {
    return parse(text, zone, true, "--until");
  }

  private static Instant parse(String text, ZoneId zone, boolean endOfDay, String option) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException notOffset) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(t).atZone(zone).toInstant();
    } catch (DateTimeParseException notLocal) {
      // try the next form
    }
    try {
      LocalDate day = LocalDate.parse(t);
      return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException notDate) {
      throw new IllegalArgumentException(
          option
              + " '"
              + text
              + "' is not a time: use 2025-08-07, 2025-08-07T14:30 or 2025-08-07T14:30+05:30");
    }
  }
}

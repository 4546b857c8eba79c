package org.wirewatch.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How times read on screen: a wall-clock time in the display zone, optionally with the zone's
 * abbreviation ("18:07 IST"), and a relative age ("3 min ago").
 */
public record DisplayTime(ZoneId zone, boolean showZone) {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_DATE =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

  /** "18:07", or "18:07 IST" when the zone is shown. */
  public String clock(Instant at) {
    ZonedDateTime local = at.atZone(zone);
    return showZone ? CLOCK.format(local) + " " + ZONE.format(local) : CLOCK.format(local);
  }

  /** "18:07" without the zone, for the big stamp. */
  public String clockOnly(Instant at) {
    return CLOCK.format(at.atZone(zone));
  }

  /** The zone abbreviation at that instant ("IST"). */
  public String zoneName(Instant at) {
    return ZONE.format(at.atZone(zone));
  }

  /** "7 Aug". */
  public String shortDate(Instant at) {
    return SHORT_DATE.format(at.atZone(zone));
  }

  /** "7 Aug 2025". */
  public String date(Instant at) {
    return DATE.format(at.atZone(zone));
  }

  /** "just now", "3 min ago", "2 h ago", "3 days ago"; "in 2 min" for a time ahead. */
  public static String age(Instant at, Instant now) {
    Duration d = Duration.between(at, now);
    if (d.isNegative()) {
      long ahead = d.negated().toMinutes();
      return ahead < 1 ? "just now" : "in " + ahead + " min";
    }
    long seconds = d.getSeconds();
    if (seconds < 60) {
      return "just now";
    }
    if (seconds < 3600) {
      return seconds / 60 + " min ago";
    }
    if (seconds < 86_400) {
      return seconds / 3600 + " h ago";
    }
    long days = seconds / 86_400;
    return days == 1 ? "1 day ago" : days + " days ago";
  }

  /** "40 s", "3 min", "2 h" for a wait ahead. */
  public static String wait(Duration d) {
    long s = Math.max(0, d.getSeconds());
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return (s + 30) / 60 + " min";
    }
    return (s + 1800) / 3600 + " h";
  }
}

package org.wirewatch.format.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one date/time reader for every format: RFC 822/1123/2822 with named or numeric zones, ISO
 * 8601 / RFC 3339 / W3CDTF in their common variants, and the malformed forms real feeds use
 * (localized month and weekday names, "a.m.", ordinal days, Unix epoch seconds, JavaScript {@code
 * Date.toString()}, numeric dates such as "30.10.23").
 *
 * <p>A stamp with no zone takes the source's zone. An abbreviation the source's zone itself uses at
 * that date (IST in Asia/Kolkata, IST in Europe/Dublin in summer, CST in Asia/Shanghai) takes the
 * source zone's offset; otherwise a fixed table applies, where IST means India (+05:30): of the
 * three IST zones India's is by far the most common in English-language feeds, and it is the
 * project's defining source. Weekday names are ignored, so a wrong weekday does not reject a date.
 * Stateless and thread-safe.
 */
public final class DateTimeParser {

  private static final int MAX_LENGTH = 200;
  static final Pattern EPOCH = Pattern.compile("^\\d{9,13}$");
  static final Pattern ISO =
      Pattern.compile(
          "^(\\d{4})(?:-(\\d{1,3}|\\p{L}+)(?:-(\\d{1,2})"
              + "(?:[Tt ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?"
              + "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?Z?)?)?)?$");
  static final Pattern SHORT_YMD = Pattern.compile("^(\\d{2})-?(\\d{2})-?(\\d{2})$");
  static final Pattern SHORT_YM = Pattern.compile("^-(\\d{2})-?(\\d{2})$");
  static final Pattern TIME =
      Pattern.compile("^(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,](\\d+))?)?(am|pm)?$");
  static final Pattern HOUR_AMPM = Pattern.compile("^(\\d{1,2})(am|pm)$");
  static final Pattern NUMERIC_DATE = Pattern.compile("^(\\d{1,4})([./-])(\\d{1,2})\\2(\\d{1,4})$");
  static final Pattern OFFSET = Pattern.compile("^([+-])(\\d{1,2})(?::?(\\d{2}))?$");
  static final Pattern GMT_OFFSET =
      Pattern.compile("^(?:gmt|utc|ut)([+-])(\\d{1,2})(?::?(\\d{2}))?$");
  static final Pattern NUMBER = Pattern.compile("^(\\d{1,4})(?:st|nd|rd|th|\\.)?$");
  static final Pattern TIME_ONLY =
      Pattern.compile(
          "^(\\d{1,2})[:.h](\\d{2})(?:[:.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?"
              + "(?:\\s*(?:ist|hrs|hours|h|uhr))?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Reads a date-time.
   *
   * @param raw the text as found in the document
   * @param zone the source's zone, for stamps with no offset and for ambiguous abbreviations
   * @return the moment with the offset the source meant, or empty when unreadable
   */
  public Optional<OffsetDateTime> parse(String raw, ZoneId zone) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String s = raw.strip();
    if (s.length() > MAX_LENGTH) {
      // no date is this long; hostile input should not cost regex time
      return Optional.empty();
    }
    try {
      if (EPOCH.matcher(s).matches()) {
        long n = Long.parseLong(s);
        Instant at = s.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
        return Optional.of(at.atZone(zone).toOffsetDateTime());
      }
      Optional<OffsetDateTime> iso = parseIso(s, zone);
      if (iso.isPresent()) {
        return iso;
      }
      if (ISO_NAMED_ZONE.matcher(s).matches()) {
        // "2025-08-07 18:07 IST": ISO date and time, zone by name
        return new FreeForm(s.replaceFirst("(?<=\\d)[Tt](?=\\d)", " "), zone).parse();
      }
      if (ISO_START.matcher(s).find()) {
        // looked like ISO 8601 but was not valid: never guess with the free-form reader
        return Optional.empty();
      }
      Optional<OffsetDateTime> shortForm = parseShortIso(s, zone);
      if (shortForm.isPresent()) {
        return shortForm;
      }
      return new FreeForm(s, zone).parse();
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads a date with no time, as a page header shows it ("Thu, 07 August 2025", "7 Aug 2025").
   *
   * @return the calendar date, or empty when unreadable
   */
  public Optional<LocalDate> parseDate(String raw) {
    return parse(raw, ZoneOffset.UTC).map(OffsetDateTime::toLocalDate);
  }

  /**
   * Reads a time-only stamp as live pages show it: "18:07", "6:07 pm", "18.07", "18:07 IST".
   *
   * @return the time of day, or empty when {@code raw} is not a bare time
   */
  public Optional<LocalTime> parseTimeOfDay(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    Matcher m = TIME_ONLY.matcher(raw.strip());
    if (!m.matches()) {
      // "Updated 18:07 IST", "Posted at 6:07 pm": one time and no other number
      m = TIME_INSIDE.matcher(raw);
      if (!m.find() || raw.replace(m.group(), "").matches("(?s).*\\d.*")) {
        return Optional.empty();
      }
    }
    try {
      int hour = Integer.parseInt(m.group(1));
      int minute = Integer.parseInt(m.group(2));
      int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      if (m.group(4) != null) {
        hour = toTwentyFour(hour, m.group(4).toLowerCase(Locale.ROOT).startsWith("p"));
      }
      return Optional.of(LocalTime.of(hour, minute, second));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  static final Pattern ISO_START = Pattern.compile("^\\d{4}-(\\d{1,3}|\\p{L}+)-\\d");
  static final Pattern ISO_NAMED_ZONE =
      Pattern.compile(
          "^\\d{4}-\\d{1,2}-\\d{1,2}[Tt ]\\d{1,2}:\\d{2}(?::\\d{2})?\\s+\\p{L}[\\p{L}/_]*$");
  static final Pattern TIME_INSIDE =
      Pattern.compile(
          "(?<![\\d:.])(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(?![\\d:])",
          Pattern.CASE_INSENSITIVE);

  private static Optional<OffsetDateTime> parseIso(String s, ZoneId zone) {
    Matcher m = ISO.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int month = 1;
    if (m.group(2) != null) {
      String mon = m.group(2);
      month = Character.isDigit(mon.charAt(0)) ? Integer.parseInt(mon) : Names.month(mon);
      if (month < 1) {
        return Optional.empty();
      }
    }
    int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
    LocalDate date = LocalDate.of(year, month, day);
    LocalTime time = LocalTime.MIDNIGHT;
    if (m.group(4) != null) {
      int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      int nanos = m.group(7) == null ? 0 : fractionToNanos(m.group(7));
      time =
          LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), second, nanos);
    }
    LocalDateTime local = LocalDateTime.of(date, time);
    String off = m.group(8);
    if (off == null) {
      return Optional.of(local.atZone(zone).toOffsetDateTime());
    }
    if (off.equalsIgnoreCase("Z")) {
      return Optional.of(local.atOffset(ZoneOffset.UTC));
    }
    return offset(off).map(o -> atOffsetOrUtc(local, o));
  }

  private static Optional<OffsetDateTime> parseShortIso(String s, ZoneId zone) {
    Matcher ymd = SHORT_YMD.matcher(s);
    if (ymd.matches()) {
      LocalDate d =
          LocalDate.of(
              twoDigitYear(Integer.parseInt(ymd.group(1))),
              Integer.parseInt(ymd.group(2)),
              Integer.parseInt(ymd.group(3)));
      return Optional.of(d.atStartOfDay(zone).toOffsetDateTime());
    }
    Matcher ym = SHORT_YM.matcher(s);
    if (ym.matches()) {
      LocalDate d =
          LocalDate.of(
              twoDigitYear(Integer.parseInt(ym.group(1))), Integer.parseInt(ym.group(2)), 1);
      return Optional.of(d.atStartOfDay(zone).toOffsetDateTime());
    }
    return Optional.empty();
  }

  /**
   * Offsets no place on Earth uses (beyond -12:00..+14:00) are typos; like miniflux, keep the wall
   * clock and read it as UTC rather than reject the item.
   */
  static OffsetDateTime atOffsetOrUtc(LocalDateTime local, ZoneOffset offset) {
    int secs = offset.getTotalSeconds();
    if (secs < -12 * 3600 || secs > 14 * 3600) {
      return local.atOffset(ZoneOffset.UTC);
    }
    return local.atOffset(offset);
  }

  static Optional<ZoneOffset> offset(String text) {
    Matcher m = OFFSET.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    return offsetOf(m.group(1), m.group(2), m.group(3));
  }

  static Optional<ZoneOffset> offsetOf(String sign, String hh, String mm) {
    int hours = Integer.parseInt(hh);
    int minutes = mm == null ? 0 : Integer.parseInt(mm);
    if (hours > 18 || minutes > 59) {
      return Optional.empty();
    }
    int total = hours * 3600 + minutes * 60;
    return Optional.of(ZoneOffset.ofTotalSeconds(sign.equals("-") ? -total : total));
  }

  static int fractionToNanos(String digits) {
    String nine = (digits + "000000000").substring(0, 9);
    return Integer.parseInt(nine);
  }

  static int twoDigitYear(int yy) {
    // RFC 2822 section 4.3: 00-49 are 2000-2049, 50-99 are 1950-1999
    return yy < 50 ? 2000 + yy : 1900 + yy;
  }

  static int toTwentyFour(int hour, boolean pm) {
    if (hour < 1 || hour > 12) {
      throw new DateTimeException("hour " + hour + " with am/pm");
    }
    return pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
  }
}

package org.wirewatch.format.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
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
  private static final Pattern EPOCH = Pattern.compile("^\\d{9,13}$");
  private static final Pattern ISO =
      Pattern.compile(
          "^(\\d{4})(?:-(\\d{1,3}|\\p{L}+)(?:-(\\d{1,2})"
              + "(?:[Tt ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?"
              + "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?Z?)?)?)?$");
  private static final Pattern SHORT_YMD = Pattern.compile("^(\\d{2})-?(\\d{2})-?(\\d{2})$");
  private static final Pattern SHORT_YM = Pattern.compile("^-(\\d{2})-?(\\d{2})$");
  private static final Pattern TIME =
      Pattern.compile("^(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,](\\d+))?)?(am|pm)?$");
  private static final Pattern HOUR_AMPM = Pattern.compile("^(\\d{1,2})(am|pm)$");
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("^(\\d{1,4})([./-])(\\d{1,2})\\2(\\d{1,4})$");
  private static final Pattern OFFSET = Pattern.compile("^([+-])(\\d{1,2})(?::?(\\d{2}))?$");
  private static final Pattern GMT_OFFSET =
      Pattern.compile("^(?:gmt|utc|ut)([+-])(\\d{1,2})(?::?(\\d{2}))?$");
  private static final Pattern NUMBER = Pattern.compile("^(\\d{1,4})(?:st|nd|rd|th|\\.)?$");
  private static final Pattern TIME_ONLY =
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

  private static final Pattern ISO_START = Pattern.compile("^\\d{4}-(\\d{1,3}|\\p{L}+)-\\d");
  private static final Pattern ISO_NAMED_ZONE =
      Pattern.compile(
          "^\\d{4}-\\d{1,2}-\\d{1,2}[Tt ]\\d{1,2}:\\d{2}(?::\\d{2})?\\s+\\p{L}[\\p{L}/_]*$");
  private static final Pattern TIME_INSIDE =
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
  private static OffsetDateTime atOffsetOrUtc(LocalDateTime local, ZoneOffset offset) {
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

  private static Optional<ZoneOffset> offsetOf(String sign, String hh, String mm) {
    int hours = Integer.parseInt(hh);
    int minutes = mm == null ? 0 : Integer.parseInt(mm);
    if (hours > 18 || minutes > 59) {
      return Optional.empty();
    }
    int total = hours * 3600 + minutes * 60;
    return Optional.of(ZoneOffset.ofTotalSeconds(sign.equals("-") ? -total : total));
  }

  private static int fractionToNanos(String digits) {
    String nine = (digits + "000000000").substring(0, 9);
    return Integer.parseInt(nine);
  }

  private static int twoDigitYear(int yy) {
    // RFC 2822 section 4.3: 00-49 are 2000-2049, 50-99 are 1950-1999
    return yy < 50 ? 2000 + yy : 1900 + yy;
  }

  private static int toTwentyFour(int hour, boolean pm) {
    if (hour < 1 || hour > 12) {
      throw new DateTimeException("hour " + hour + " with am/pm");
    }
    return pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
  }

  /** The token-by-token reader for everything that is not ISO 8601. */
  private static final class FreeForm {
    private final String raw;
    private final ZoneId sourceZone;
    private Integer year;
    private Integer month;
    private Integer day;
    private LocalTime time;
    private Boolean pm;
    private ZoneOffset offset;
    private ZoneId namedZone;
    private String abbreviation;
    private final List<Integer> numbers = new ArrayList<>();

    FreeForm(String raw, ZoneId sourceZone) {
      this.raw = raw;
      this.sourceZone = sourceZone;
    }

    Optional<OffsetDateTime> parse() {
      String s = raw.replaceAll("\\([^)]*\\)", " ");
      s = s.replaceAll("(?i)\\b([ap])\\.\\s?m\\.", "$1m");
      // a comma right after the first word marks it as a weekday ("mar., 01 déc." is Tuesday)
      boolean firstIsWeekday = s.strip().matches("(?s)^\\p{L}+\\.?\\s*,.*");
      String[] parts = s.replace(',', ' ').strip().split("\\s+");
      for (int i = 0; i < parts.length; i++) {
        String original = parts[i];
        String t = original.toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("-") || t.equals("–") || t.equals("|") || Names.isFiller(t)) {
          continue;
        }
        if (!accept(original, t, i == 0 && firstIsWeekday, i == 0)) {
          return Optional.empty();
        }
      }
      return assemble();
    }

    private boolean accept(String original, String t, boolean mustBeWeekday, boolean first) {
      if (Character.isLetter(t.charAt(0))) {
        return acceptWord(original, t, mustBeWeekday, first);
      }
      Matcher m;
      if ((m = TIME.matcher(t)).matches() && time == null) {
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int nanos = m.group(4) == null ? 0 : fractionToNanos(m.group(4));
        time =
            LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), second, nanos);
        if (m.group(5) != null) {
          pm = m.group(5).equals("pm");
        }
        return true;
      }
      if ((m = HOUR_AMPM.matcher(t)).matches() && time == null) {
        time = LocalTime.of(Integer.parseInt(m.group(1)), 0);
        pm = m.group(2).equals("pm");
        return true;
      }
      if ((m = NUMERIC_DATE.matcher(t)).matches() && year == null && month == null) {
        return numericDate(m);
      }
      if (time != null && (t.startsWith("+") || t.startsWith("-")) && offset == null) {
        Optional<ZoneOffset> o = offset(t);
        o.ifPresent(value -> offset = value);
        return o.isPresent();
      }
      if ((m = NUMBER.matcher(t)).matches()) {
        numbers.add(Integer.parseInt(m.group(1)) * (m.group(1).length() == 4 ? -1 : 1));
        return true;
      }
      return false;
    }

    private boolean acceptWord(String original, String t, boolean mustBeWeekday, boolean first) {
      String word = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
      if (mustBeWeekday) {
        return true;
      }
      int mon = Names.month(word);
      if (mon > 0 && month == null) {
        month = mon;
        return true;
      }
      if (word.equals("at") && time == null) {
        return true;
      }
      if (word.equals("am") || word.equals("pm")) {
        pm = word.equals("pm");
        return time != null;
      }
      if (first || Names.isWeekday(word)) {
        return true;
      }
      if (time == null && !(year != null || numbers.size() >= 2)) {
        return false;
      }
      Matcher g = GMT_OFFSET.matcher(word);
      if (g.matches() && offset == null) {
        Optional<ZoneOffset> o = offsetOf(g.group(1), g.group(2), g.group(3));
        o.ifPresent(value -> offset = value);
        return o.isPresent();
      }
      if (original.contains("/") && namedZone == null) {
        try {
          namedZone = ZoneId.of(original);
          return true;
        } catch (DateTimeException e) {
          return false;
        }
      }
      if (abbreviation == null && offset == null && Zones.known(word, time != null)) {
        abbreviation = word.toUpperCase(Locale.ROOT);
        return true;
      }
      return false;
    }

    private boolean numericDate(Matcher m) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      int c = Integer.parseInt(m.group(4));
      // dots and dashes are written day first (Europe, India); slashes month first (US)
      boolean dots = !m.group(2).equals("/");
      if (m.group(1).length() == 4) {
        year = a;
        month = b;
        day = c;
      } else if (a > 12 || dots) {
        day = a;
        month = b;
        year = yearOf(m.group(4), c);
      } else {
        // slashes with the month first, as US feeds write them
        month = a;
        day = b;
        year = yearOf(m.group(4), c);
      }
      return true;
    }

    private static int yearOf(String digits, int value) {
      return digits.length() <= 2 ? twoDigitYear(value) : value;
    }

    private Optional<OffsetDateTime> assemble() {
      for (int n : numbers) {
        if (n < 0) {
          if (year != null) {
            return Optional.empty();
          }
          year = -n;
        }
      }
      List<Integer> small = new ArrayList<>();
      for (int n : numbers) {
        if (n >= 0) {
          small.add(n);
        }
      }
      if (month == null) {
        // "Sat, 11 04 2020": day, month, year
        if (small.size() != 2 || year == null) {
          return Optional.empty();
        }
        day = small.get(0);
        month = small.get(1);
      } else {
        for (int n : small) {
          if (day == null) {
            day = n;
          } else if (year == null && n < 100) {
            year = twoDigitYear(n);
          } else {
            return Optional.empty();
          }
        }
      }
      if (year == null || month == null) {
        return Optional.empty();
      }
      if (day == null) {
        day = 1;
      }
      LocalTime t = time == null ? LocalTime.MIDNIGHT : time;
      if (pm != null && time != null) {
        t = t.withHour(toTwentyFour(t.getHour() == 0 ? 12 : t.getHour(), pm));
      }
      LocalDateTime local = LocalDateTime.of(LocalDate.of(year, month, day), t);
      if (offset != null) {
        return Optional.of(atOffsetOrUtc(local, offset));
      }
      if (namedZone != null) {
        return Optional.of(local.atZone(namedZone).toOffsetDateTime());
      }
      if (abbreviation != null) {
        return Optional.of(Zones.resolve(abbreviation, local, sourceZone));
      }
      return Optional.of(local.atZone(sourceZone).toOffsetDateTime());
    }
  }

  /** Zone abbreviations and how the source's zone disambiguates them. */
  static final class Zones {
    private static final DateTimeFormatter SHORT_NAME =
        DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private Zones() {}

    static boolean known(String lower, boolean afterTime) {
      String up = lower.toUpperCase(Locale.ROOT);
      if (up.length() == 1) {
        // single-letter military zones only where a zone can stand, after the time
        return afterTime && up.charAt(0) != 'J';
      }
      return fixedHours(up) != null || up.equals("IST");
    }

    static OffsetDateTime resolve(String abbr, LocalDateTime local, ZoneId sourceZone) {
      ZonedDateTime inSource = local.atZone(sourceZone);
      if (!(sourceZone instanceof ZoneOffset)
          && SHORT_NAME.format(inSource).equalsIgnoreCase(abbr)) {
        return inSource.toOffsetDateTime();
      }
      if (abbr.equals("IST")) {
        return local.atOffset(istFor(sourceZone));
      }
      if (abbr.length() == 1) {
        // RFC 2822 4.3: military zones were specified with the wrong sign in RFC 822 and are
        // unreliable; read them as UTC, except Z which always meant UTC anyway
        return local.atOffset(ZoneOffset.UTC);
      }
      return local.atOffset(ZoneOffset.ofTotalSeconds((int) (fixedHours(abbr) * 3600)));
    }

    private static ZoneOffset istFor(ZoneId sourceZone) {
      String id = sourceZone.getId();
      if (id.equals("Europe/Dublin")) {
        return ZoneOffset.ofHours(1);
      }
      if (id.equals("Asia/Jerusalem") || id.equals("Asia/Tel_Aviv") || id.equals("Israel")) {
        return ZoneOffset.ofHours(2);
      }
      return ZoneOffset.ofHoursMinutes(5, 30);
    }

    private static Double fixedHours(String abbr) {
      return switch (abbr) {
        case "UT", "UTC", "GMT", "Z", "WET", "ZULU" -> 0.0;
        case "EST", "ET", "CDT" -> -5.0;
        case "EDT", "AT", "AST" -> -4.0;
        case "ADT" -> -3.0;
        case "CST", "CT", "MDT" -> -6.0;
        case "MST", "MT", "PDT" -> -7.0;
        case "PST", "PT", "AKDT" -> -8.0;
        case "AKST" -> -9.0;
        case "HST" -> -10.0;
        case "NST" -> -3.5;
        case "BST", "CET", "MET", "WEST", "WAT" -> 1.0;
        case "CEST", "MEST", "EET", "SAST", "CAT" -> 2.0;
        case "EEST", "MSK", "EAT" -> 3.0;
        case "PKT" -> 5.0;
        case "NPT" -> 5.75;
        case "ICT", "WIB" -> 7.0;
        case "SGT", "HKT", "PHT", "AWST", "CCT" -> 8.0;
        case "JST", "KST" -> 9.0;
        case "ACST" -> 9.5;
        case "AEST" -> 10.0;
        case "AEDT" -> 11.0;
        case "NZST" -> 12.0;
        case "NZDT" -> 13.0;
        default -> null;
      };
    }
  }
}

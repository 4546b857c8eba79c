package org.wirewatch.format.time;

import static org.wirewatch.format.time.DateTimeParser.GMT_OFFSET;
import static org.wirewatch.format.time.DateTimeParser.HOUR_AMPM;
import static org.wirewatch.format.time.DateTimeParser.NUMBER;
import static org.wirewatch.format.time.DateTimeParser.NUMERIC_DATE;
import static org.wirewatch.format.time.DateTimeParser.TIME;
import static org.wirewatch.format.time.DateTimeParser.atOffsetOrUtc;
import static org.wirewatch.format.time.DateTimeParser.fractionToNanos;
import static org.wirewatch.format.time.DateTimeParser.offset;
import static org.wirewatch.format.time.DateTimeParser.offsetOf;
import static org.wirewatch.format.time.DateTimeParser.toTwentyFour;
import static org.wirewatch.format.time.DateTimeParser.twoDigitYear;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The token-by-token reader for everything {@link DateTimeParser} does not read as ISO 8601: one
 * instance per stamp.
 */
final class FreeForm {
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

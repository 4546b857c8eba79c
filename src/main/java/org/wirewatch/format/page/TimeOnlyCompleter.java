package org.wirewatch.format.page;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives time-only stamps ("18:07") their dates. The items of one page form a chain: a live page
 * lists them newest first or oldest first (decided by which way most neighbours step), and where
 * the chain steps back by more than twelve hours it crossed midnight: in a newest-first list an
 * 00:05 item above 23:50 items belongs to the next day. The page's own date belongs to the oldest
 * item, unless that would put the newest in the future while the page date fits it (a header
 * already showing today over yesterday's late items). Without a page date, the fetch date belongs
 * to the newest (or the day before, when the newest would otherwise lie in the future).
 */
final class TimeOnlyCompleter {
  private static final long HALF_DAY = Duration.ofHours(12).toSeconds();

  private TimeOnlyCompleter() {}

  /**
   * @param times the stamps in document order
   * @param pageDate the page's date, or null
   * @param zone the source's zone
   * @param fetchedAt when the page was fetched
   * @param tolerance how far in the future the newest item may be on the fetch date
   * @return the completed times, in document order
   */
  static List<OffsetDateTime> complete(
      List<LocalTime> times,
      LocalDate pageDate,
      ZoneId zone,
      Instant fetchedAt,
      Duration tolerance) {
    int n = times.size();
    if (n == 0) {
      return List.of();
    }
    boolean newestFirst = newestFirst(times);
    // chronological order: oldest first
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(newestFirst ? n - 1 - i : i);
    }
    int[] dayOffset = new int[n];
    int offset = 0;
    for (int k = 1; k < n; k++) {
      LocalTime previous = times.get(order.get(k - 1));
      LocalTime current = times.get(order.get(k));
      if (seconds(current) - seconds(previous) < -HALF_DAY) {
        offset++;
      }
      dayOffset[order.get(k)] = offset;
    }
    int newest = order.get(n - 1);
    LocalDate oldestDate;
    if (pageDate != null) {
      oldestDate = pageDate;
      // a header that already shows today's date over yesterday's late items would put the newest
      // item tomorrow: then the header dates the newest item instead
      LocalDate newestDate = oldestDate.plusDays(dayOffset[newest]);
      if (isFuture(times.get(newest), newestDate, zone, fetchedAt, tolerance)
          && !isFuture(times.get(newest), pageDate, zone, fetchedAt, tolerance)) {
        oldestDate = pageDate.minusDays(dayOffset[newest]);
      }
    } else {
      LocalDate newestDate = fetchedAt.atZone(zone).toLocalDate();
      if (isFuture(times.get(newest), newestDate, zone, fetchedAt, tolerance)) {
        newestDate = newestDate.minusDays(1);
      }
      oldestDate = newestDate.minusDays(dayOffset[newest]);
    }
    List<OffsetDateTime> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LocalDate date = oldestDate.plusDays(dayOffset[i]);
      out.add(times.get(i).atDate(date).atZone(zone).toOffsetDateTime());
    }
    return out;
  }

  private static boolean isFuture(
      LocalTime time, LocalDate date, ZoneId zone, Instant fetchedAt, Duration tolerance) {
    return time.atDate(date).atZone(zone).toInstant().isAfter(fetchedAt.plus(tolerance));
  }

  /** Newest first unless more neighbours step forward than back; ties go to newest first. */
  static boolean newestFirst(List<LocalTime> times) {
    int back = 0;
    int forward = 0;
    for (int i = 1; i < times.size(); i++) {
      long d = seconds(times.get(i)) - seconds(times.get(i - 1));
      if (d > HALF_DAY) {
        d -= 2 * HALF_DAY;
      } else if (d < -HALF_DAY) {
        d += 2 * HALF_DAY;
      }
      if (d < 0) {
        back++;
      } else if (d > 0) {
        forward++;
      }
    }
    return back >= forward;
  }

  private static long seconds(LocalTime t) {
    return t.toSecondOfDay();
  }
}

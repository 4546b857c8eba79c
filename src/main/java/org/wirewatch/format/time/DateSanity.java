package org.wirewatch.format.time;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.wirewatch.format.ParseContext;
import org.wirewatch.model.UpdateFlag;

/**
 * Decides which time an item is shown at, for every parser alike: the source's date when it is
 * readable and not implausibly far in the future, else the fetch time with the flag that says why
 * ({@link UpdateFlag#MISSING_DATE}, {@link UpdateFlag#UNREADABLE_DATE}, {@link
 * UpdateFlag#FUTURE_DATE}).
 *
 * @param parser the date reader
 * @param futureTolerance how far ahead of the fetch time a date may lie (clock skew, time zones
 *     mislabelled by a few minutes) before it is treated as wrong
 */
public record DateSanity(DateTimeParser parser, Duration futureTolerance) {

  /** Ten minutes: a source clock running a little fast is normal, an hour ahead is a bad zone. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(10);

  public DateSanity {
    Objects.requireNonNull(parser, "parser");
    Objects.requireNonNull(futureTolerance, "futureTolerance");
  }

  /** A sanity check with the default ten-minute tolerance. */
  public static DateSanity withDefaults() {
    return new DateSanity(new DateTimeParser(), DEFAULT_TOLERANCE);
  }

  /**
   * The time to show for a raw date string found in a document.
   *
   * @param raw the date text, or {@code null} when the item had none
   * @param zone the source's zone
   * @param fetchedAt when the document was fetched; stands in for a missing or bad date
   */
  public ResolvedDate resolve(String raw, ZoneId zone, Instant fetchedAt) {
    if (raw == null || raw.isBlank()) {
      return standIn(zone, fetchedAt, UpdateFlag.MISSING_DATE);
    }
    Optional<OffsetDateTime> parsed = parser.parse(raw, zone);
    if (parsed.isEmpty()) {
      return standIn(zone, fetchedAt, UpdateFlag.UNREADABLE_DATE);
    }
    return check(parsed.get(), zone, fetchedAt);
  }

  /**
   * {@link #resolve(String, ZoneId, Instant)} with the source zone and fetch time of {@code ctx}.
   */
  public ResolvedDate resolve(String raw, ParseContext ctx) {
    return resolve(raw, ctx.zone(), ctx.fetchedAt());
  }

  /** The time to show for a date already read, e.g. one completed from a time-only stamp. */
  public ResolvedDate check(OffsetDateTime when, ZoneId zone, Instant fetchedAt) {
    if (isBeyondTolerance(when, fetchedAt)) {
      return standIn(zone, fetchedAt, UpdateFlag.FUTURE_DATE);
    }
    return new ResolvedDate(when, Set.of());
  }

  /** True when {@code when} lies more than the tolerance after {@code fetchedAt}. */
  public boolean isBeyondTolerance(OffsetDateTime when, Instant fetchedAt) {
    return when.toInstant().isAfter(fetchedAt.plus(futureTolerance));
  }

  private static ResolvedDate standIn(ZoneId zone, Instant fetchedAt, UpdateFlag why) {
    return new ResolvedDate(fetchedAt.atZone(zone).toOffsetDateTime(), Set.of(why));
  }

  /**
   * The time to show and what was wrong with the source's own.
   *
   * @param value the source's date, or the fetch time standing in for it
   * @param flags empty for a good date; otherwise the one flag saying why the fetch time stands in
   */
  public record ResolvedDate(OffsetDateTime value, Set<UpdateFlag> flags) {
    public ResolvedDate {
      Objects.requireNonNull(value, "value");
      flags = Set.copyOf(flags);
    }

    /** True when the source's date was not used. */
    public boolean standsIn() {
      return !flags.isEmpty();
    }
  }
}

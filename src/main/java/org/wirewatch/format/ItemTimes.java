package org.wirewatch.format;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.wirewatch.format.time.DateSanity;
import org.wirewatch.format.time.DateTimeParser;
import org.wirewatch.model.UpdateFlag;

/**
 * An item's published and updated times, read from the raw strings a document gave, with the
 * first-seen time standing in (and a flag saying so) when the source gave no usable date.
 *
 * @param published never {@code null}
 * @param updated the modification time, or {@code null}
 * @param flags {@link UpdateFlag#MISSING_DATE}, {@link UpdateFlag#UNREADABLE_DATE} or {@link
 *     UpdateFlag#FUTURE_DATE} when the fetch time stands in; otherwise empty
 */
public record ItemTimes(OffsetDateTime published, OffsetDateTime updated, Set<UpdateFlag> flags) {
  public ItemTimes {
    flags = Set.copyOf(flags);
  }

  /**
   * Reads the times. A missing or unreadable published time falls back to a readable modified time
   * (the source did date the item), and only then to {@code context.fetchedAt()} in the context
   * zone's offset.
   *
   * @param rawPublished the published stamp as written, or {@code null}
   * @param rawModified the modified stamp as written, or {@code null}
   */
  public static ItemTimes read(
      String rawPublished, String rawModified, ParseContext context, DateTimeParser dates) {
    Optional<OffsetDateTime> published = dates.parse(rawPublished, context.zone());
    OffsetDateTime updated = dates.parse(rawModified, context.zone()).orElse(null);
    if (published.isPresent() || updated != null) {
      // A date far in the future is clock skew or a typo: show the item when it was first seen.
      DateSanity.ResolvedDate checked =
          new DateSanity(dates, DateSanity.DEFAULT_TOLERANCE)
              .check(published.orElse(updated), context.zone(), context.fetchedAt());
      return new ItemTimes(
          checked.value(), published.isPresent() ? updated : checked.value(), checked.flags());
    }
    boolean unreadable =
        (rawPublished != null && !rawPublished.isBlank())
            || (rawModified != null && !rawModified.isBlank());
    OffsetDateTime seen =
        context.fetchedAt().atOffset(context.zone().getRules().getOffset(context.fetchedAt()));
    return new ItemTimes(
        seen, null, EnumSet.of(unreadable ? UpdateFlag.UNREADABLE_DATE : UpdateFlag.MISSING_DATE));
  }
}

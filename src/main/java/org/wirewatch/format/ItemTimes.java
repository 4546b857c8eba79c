package org.wirewatch.format;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.wirewatch.format.time.DateSanity;
import org.wirewatch.format.time.DateSanity.ResolvedDate;
import org.wirewatch.format.time.DateTimeParser;
import org.wirewatch.model.UpdateFlag;
import org.wirewatch.model.UpdateIds;

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
   * The id for an item whose source gave none: its headline and, when the source dated it, that
   * date (a stand-in first-seen time would change every poll).
   */
  public String derivedId(String headline) {
    return UpdateIds.derived(flags.isEmpty() ? published.toInstant() : null, headline);
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
    // The stand-in and clock-skew rules are DateSanity's, shared with every other format.
    DateSanity sanity = new DateSanity(dates, DateSanity.DEFAULT_TOLERANCE);
    ResolvedDate published = sanity.resolve(rawPublished, context.zone(), context.fetchedAt());
    if (!published.standsIn() || published.flags().contains(UpdateFlag.FUTURE_DATE)) {
      OffsetDateTime updated = dates.parse(rawModified, context.zone()).orElse(null);
      return new ItemTimes(published.value(), updated, published.flags());
    }
    ResolvedDate modified = sanity.resolve(rawModified, context.zone(), context.fetchedAt());
    if (!modified.standsIn() || modified.flags().contains(UpdateFlag.FUTURE_DATE)) {
      return new ItemTimes(modified.value(), modified.value(), modified.flags());
    }
    boolean unreadable =
        published.flags().contains(UpdateFlag.UNREADABLE_DATE)
            || modified.flags().contains(UpdateFlag.UNREADABLE_DATE);
    return new ItemTimes(
        published.value(),
        null,
        EnumSet.of(unreadable ? UpdateFlag.UNREADABLE_DATE : UpdateFlag.MISSING_DATE));
  }
}

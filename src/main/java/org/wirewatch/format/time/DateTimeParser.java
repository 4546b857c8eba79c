package org.wirewatch.format.time;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one date/time reader for every format. A time with no zone takes the source's zone.
 *
 * <p>Covers ISO-8601 / RFC 3339 for now; RFC 822 and the malformed forms real feeds use come with
 * the RSS/Atom work.
 */
public final class DateTimeParser {

  /**
   * @param raw the text as found in the document
   * @param zone the source's zone, for stamps with no offset
   * @return the moment with the offset the source meant, or empty when unreadable
   */
  public Optional<OffsetDateTime> parse(String raw, ZoneId zone) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String s = raw.trim();
    try {
      return Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException ignored) {
      // fall through: no offset
    }
    try {
      LocalDateTime local = LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      return Optional.of(local.atZone(zone).toOffsetDateTime());
    } catch (DateTimeParseException ignored) {
      return Optional.empty();
    }
  }
}

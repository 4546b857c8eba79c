package org.wirewatch.format;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.wirewatch.model.SourceId;

/**
 * What a parser needs to know besides the bytes.
 *
 * @param source the source the document came from
 * @param baseUri the document's URL, for resolving relative links; may be {@code null}
 * @param contentType the HTTP Content-Type, or {@code null}
 * @param zone the zone that completes times given with no offset (the seed page means Asia/Kolkata)
 * @param fetchedAt when the document was fetched: first-seen time, and the fallback date
 * @param selectors selectors for a live page, or {@code null}
 */
public record ParseContext(
    SourceId source,
    URI baseUri,
    String contentType,
    ZoneId zone,
    Instant fetchedAt,
    PageSelectors selectors) {
  public ParseContext {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
  }
}

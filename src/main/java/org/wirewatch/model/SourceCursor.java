package org.wirewatch.model;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a source's reading stands after one applied fetch: what to send back on the next
 * conditional request, and which response was applied last. Travels with the changes of that fetch,
 * so a store can write both in one transaction and a restart never holds validators that vouch for
 * updates it does not have.
 *
 * @param source which source
 * @param url the URL the fetch was answered at (a permanent move shows here)
 * @param etag the ETag to send as If-None-Match, or {@code null}
 * @param lastModified the Last-Modified to send as If-Modified-Since, verbatim, or {@code null}
 * @param servedAt when the server says the applied response was made, or {@code null}
 */
public record SourceCursor(
    SourceId source, URI url, String etag, String lastModified, Instant servedAt) {
  public SourceCursor {
    Objects.requireNonNull(source, "source");
  }
}

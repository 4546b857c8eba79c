package org.wirewatch.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A body to parse, as the poller hands it to the {@link BodyHandler}.
 *
 * @param bytes the decompressed body, within the size cap; not copied, do not modify
 * @param contentType the Content-Type header, or {@code null}
 * @param finalUrl where it came from (base for relative links)
 * @param fetchedAt when the fetch completed
 * @param served when the server says this version was made (Last-Modified, else Date), or {@code
 *     null}; a body served as older than the last one applied is a stale copy
 * @param validators what the response said about its version, kept by the poller once the body is
 *     handled; {@link Validators#NONE} when it said nothing
 */
public record FetchedBody(
    byte[] bytes,
    String contentType,
    URI finalUrl,
    Instant fetchedAt,
    Instant served,
    Validators validators) {
  public FetchedBody {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(finalUrl, "finalUrl");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    validators = validators == null ? Validators.NONE : validators;
  }

  /** A body whose server said nothing about when it was made. */
  public FetchedBody(byte[] bytes, String contentType, URI finalUrl, Instant fetchedAt) {
    this(bytes, contentType, finalUrl, fetchedAt, null, Validators.NONE);
  }

  @Override
  public String toString() {
    return "FetchedBody[" + bytes.length + " bytes, " + contentType + ", " + finalUrl + "]";
  }
}

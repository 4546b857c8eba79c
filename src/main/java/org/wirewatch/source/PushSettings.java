package org.wirewatch.source;

import java.net.URI;
import java.util.Objects;

/**
 * How a source pushes: a Server-Sent Events stream, followed while it is up, with the source's URL
 * polled when it is down (unless the URL is the stream itself).
 *
 * @param stream the {@code text/event-stream} URL
 * @param fields how each event's JSON object maps to an update, as {@code
 *     id:meta.id,headline:title,...}; {@code null} to read events as JSON Feed items or documents,
 *     or LiveBlogPosting updates
 * @param filter only events whose field has this value, as {@code wiki=enwiki}; {@code null} for
 *     all
 */
public record PushSettings(URI stream, String fields, String filter) {
  public PushSettings {
    Objects.requireNonNull(stream, "stream");
    String scheme = stream.getScheme() == null ? "" : stream.getScheme().toLowerCase();
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("a push stream URL must be http or https: " + stream);
    }
    fields = fields == null || fields.isBlank() ? null : fields.strip();
    filter = filter == null || filter.isBlank() ? null : filter.strip();
  }

  public static PushSettings of(URI stream) {
    return new PushSettings(stream, null, null);
  }
}

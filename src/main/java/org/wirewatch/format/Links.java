package org.wirewatch.format;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a link found in a document into one Wirewatch may open: resolved against the document's
 * URL, and only http or https (a {@code javascript:} or {@code file:} link never leaves the app).
 */
public final class Links {
  private Links() {}

  /**
   * @param raw the link as written, possibly relative; may be {@code null}
   * @param base the document's URL, or {@code null}
   * @return an absolute http(s) URI, or empty when the link is absent, unparseable, relative with
   *     no base, or of another scheme
   */
  public static Optional<URI> httpLink(String raw, URI base) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(raw.trim().replace(" ", "%20"));
      if (!uri.isAbsolute()) {
        if (base == null || !base.isAbsolute() || base.isOpaque()) {
          return Optional.empty();
        }
        // "http://example.org" + "a.html" is "http://example.org/a.html"; URI.resolve alone would
        // give "http://example.orga.html" for a base with an empty path.
        URI from =
            base.getRawPath() == null || base.getRawPath().isEmpty() ? base.resolve("/") : base;
        uri = from.resolve(uri);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.of(uri);
      }
      return Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

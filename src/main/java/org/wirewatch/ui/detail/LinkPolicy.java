package org.wirewatch.ui.detail;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** Which links may leave the detail view for the system browser: absolute http and https only. */
public final class LinkPolicy {
  private LinkPolicy() {}

  /** The link to open, or empty for javascript:, data:, file:, relative or malformed ones. */
  public static Optional<String> openable(String href) {
    if (href == null) {
      return Optional.empty();
    }
    String trimmed = href.strip();
    try {
      URI uri = new URI(trimmed);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.of(uri.toString());
      }
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}

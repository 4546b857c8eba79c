package org.wirewatch.format;

import java.util.Locale;
import java.util.Optional;

/** The document formats Wirewatch reads. */
public enum FeedFormat {
  JSON_FEED("jsonfeed"),
  LIVE_BLOG_POSTING("liveblog"),
  RSS("rss"),
  ATOM("atom"),
  HTML_SELECTORS("html");

  private final String hint;

  FeedFormat(String hint) {
    this.hint = hint;
  }

  /** The short name used in {@code format=...} hints and the sources file. */
  public String hint() {
    return hint;
  }

  /** Reads a hint such as {@code jsonfeed}, {@code liveblog}, {@code rss}; "auto" is empty. */
  public static Optional<FeedFormat> fromHint(String hint) {
    String wanted = hint.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    if (wanted.equals("auto") || wanted.isEmpty()) {
      return Optional.empty();
    }
    for (FeedFormat f : values()) {
      if (f.hint.equals(wanted) || f.name().replace("_", "").equalsIgnoreCase(wanted)) {
        return Optional.of(f);
      }
    }
    if (wanted.equals("json")) {
      return Optional.of(JSON_FEED);
    }
    if (wanted.equals("jsonld") || wanted.equals("liveblogposting")) {
      return Optional.of(LIVE_BLOG_POSTING);
    }
    throw new IllegalArgumentException(
        "unknown format '" + hint + "'; use auto, jsonfeed, liveblog, rss, atom or html");
  }
}

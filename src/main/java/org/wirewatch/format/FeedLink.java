package org.wirewatch.format;

import java.net.URI;
import java.util.Objects;

/**
 * A feed a web page advertises with {@code <link rel="alternate">}.
 *
 * @param url where the feed is, absolute
 * @param format what the link's type says it is (RSS, Atom or JSON Feed)
 * @param title the link's title, or {@code null}
 */
public record FeedLink(URI url, FeedFormat format, String title) {
  public FeedLink {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(format, "format");
  }

  /** "the page's Atom feed", as a source's status says it. */
  public String describe() {
    String kind =
        switch (format) {
          case ATOM -> "Atom feed";
          case JSON_FEED -> "JSON Feed";
          default -> "RSS feed";
        };
    return "the page's " + kind;
  }
}

package org.wirewatch.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The feeds an HTML page advertises ({@code <link rel="alternate" type="application/rss+xml">},
 * Atom and JSON Feed alike), resolved against the page, in the page's order with comment feeds
 * last: the first is the one a reader follows.
 */
public final class FeedDiscovery {
  private static final int MAX_LINKS = 20;

  private FeedDiscovery() {}

  public static List<FeedLink> advertised(byte[] page, String contentType, URI pageUrl) {
    String charset = BodyText.charsetOf(contentType).map(Charset::name).orElse(null);
    Document doc;
    try {
      doc =
          Jsoup.parse(
              new ByteArrayInputStream(page), charset, pageUrl == null ? "" : pageUrl.toString());
    } catch (IOException | IllegalArgumentException e) {
      return List.of();
    }
    List<FeedLink> main = new ArrayList<>();
    List<FeedLink> comments = new ArrayList<>();
    for (Element link : doc.select("link[rel][href], a[rel~=(?i)alternate][type][href]")) {
      if (main.size() + comments.size() >= MAX_LINKS) {
        break;
      }
      boolean alternate = false;
      for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).trim().split("\\s+")) {
        alternate |= rel.equals("alternate") || rel.equals("feed");
      }
      String href = link.absUrl("href");
      Optional<FeedFormat> format = formatOf(link.attr("type"), href);
      if (!alternate || format.isEmpty() || href.isEmpty()) {
        continue;
      }
      Optional<URI> url = Links.httpLink(href, null);
      if (url.isEmpty() || url.get().equals(pageUrl)) {
        continue;
      }
      String title = link.attr("title").isBlank() ? null : link.attr("title").strip();
      FeedLink found = new FeedLink(url.get(), format.get(), title);
      if (main.contains(found) || comments.contains(found)) {
        continue;
      }
      boolean isComments =
          (title != null && title.toLowerCase(Locale.ROOT).contains("comment"))
              || url.get().getPath().toLowerCase(Locale.ROOT).contains("/comments/");
      (isComments ? comments : main).add(found);
    }
    main.addAll(comments);
    return main;
  }

  private static Optional<FeedFormat> formatOf(String type, String href) {
    return switch (BodyText.mediaType(type)) {
      case "application/rss+xml", "application/rdf+xml" -> Optional.of(FeedFormat.RSS);
      case "application/atom+xml" -> Optional.of(FeedFormat.ATOM);
      case "application/feed+json" -> Optional.of(FeedFormat.JSON_FEED);
      // Plain JSON alternates are mostly APIs (WordPress's wp-json); only a feed-named one counts.
      case "application/json" ->
          href.toLowerCase(Locale.ROOT).contains("feed")
              ? Optional.of(FeedFormat.JSON_FEED)
              : Optional.empty();
      default -> Optional.empty();
    };
  }
}

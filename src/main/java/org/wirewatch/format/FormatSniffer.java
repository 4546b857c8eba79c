package org.wirewatch.format;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a document's format from its bytes and, when the bytes say nothing decisive, from its
 * Content-Type. The bytes win because servers mislabel feeds all the time ({@code text/html} for
 * JSON Feed, {@code application/rss+xml} for Atom); the bytes cannot lie about what they are.
 *
 * <ul>
 *   <li>JSON (after a BOM and whitespace) whose {@code version} is {@code
 *       https://jsonfeed.org/version/...}: {@link FeedFormat#JSON_FEED};
 *   <li>JSON with {@code @context} or a LiveBlogPosting: {@link FeedFormat#LIVE_BLOG_POSTING};
 *   <li>markup whose root is {@code <rss>} or {@code <rdf:RDF>}: {@link FeedFormat#RSS};
 *   <li>markup whose root is {@code <feed>} in the Atom namespace: {@link FeedFormat#ATOM};
 *   <li>an HTML page with a LiveBlogPosting in a {@code application/ld+json} script or in microdata
 *       or RDFa: {@link FeedFormat#LIVE_BLOG_POSTING}; any other HTML page: {@link
 *       FeedFormat#HTML_SELECTORS}.
 * </ul>
 */
public final class FormatSniffer {
  // Also matches PHP's "https:\/\/jsonfeed.org\/version\/1" escaping.
  private static final Pattern JSON_FEED_VERSION =
      Pattern.compile("\"version\"\\s*:\\s*\"https?:\\\\?/\\\\?/jsonfeed\\.org\\\\?/version\\\\?/");
  private static final Pattern JSON_FEED_ITEMS = Pattern.compile("\"items\"\\s*:\\s*\\[");
  private static final Pattern JSON_FEED_KEYS =
      Pattern.compile(
          "\"(?:feed_url|home_page_url|content_html|content_text|date_published)\"\\s*:");
  private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w:.\\-]*)([^>]*)>?");
  private static final Pattern LD_JSON_SCRIPT =
      Pattern.compile(
          "<script\\b[^>]*\\btype\\s*=\\s*[\"']?\\s*application/ld\\+json[^>]*>(.*?)</script",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  // A LiveBlogPosting written as microdata or RDFa rather than JSON-LD.
  private static final Pattern MARKED_UP_LIVE_BLOG =
      Pattern.compile(
          "\\b(?:itemtype|typeof)\\s*=\\s*[\"']?[^\"'>]*LiveBlogPosting", Pattern.CASE_INSENSITIVE);
  private static final String ATOM_10 = "http://www.w3.org/2005/Atom";
  private static final String ATOM_03 = "http://purl.org/atom/ns#";

  /**
   * @param body the response body
   * @param contentType the HTTP Content-Type, or {@code null}
   * @return the format, or empty when neither the bytes nor the header tell
   */
  public Optional<FeedFormat> sniff(byte[] body, String contentType) {
    String text = start(body, contentType);
    Optional<FeedFormat> fromBytes = Optional.empty();
    if (text.startsWith("{") || text.startsWith("[")) {
      fromBytes = sniffJson(text);
    } else if (text.startsWith("<")) {
      fromBytes = sniffMarkup(text);
    }
    return fromBytes.isPresent() ? fromBytes : fromContentType(contentType);
  }

  /** The format a Content-Type names outright, if any ({@code application/json} names none). */
  public Optional<FeedFormat> fromContentType(String contentType) {
    switch (BodyText.mediaType(contentType)) {
      case "application/feed+json":
        return Optional.of(FeedFormat.JSON_FEED);
      case "application/ld+json":
        return Optional.of(FeedFormat.LIVE_BLOG_POSTING);
      case "application/rss+xml":
      case "application/rdf+xml":
        return Optional.of(FeedFormat.RSS);
      case "application/atom+xml":
        return Optional.of(FeedFormat.ATOM);
      case "text/html":
      case "application/xhtml+xml":
        return Optional.of(FeedFormat.HTML_SELECTORS);
      default:
        return Optional.empty();
    }
  }

  /** Whether the body is markup (starts with {@code <} after a BOM and whitespace). */
  public boolean isMarkup(byte[] body, String contentType) {
    return start(body, contentType).startsWith("<");
  }

  /** The decoded body with a BOM and leading whitespace removed. */
  static String start(byte[] body, String contentType) {
    String text = BodyText.decodeJson(body, contentType);
    int i = 0;
    while (i < text.length()
        && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    return text.substring(i);
  }

  private static Optional<FeedFormat> sniffJson(String text) {
    if (JSON_FEED_VERSION.matcher(text).find()) {
      return Optional.of(FeedFormat.JSON_FEED);
    }
    if (text.contains("\"@context\"") || text.contains("LiveBlogPosting")) {
      return Optional.of(FeedFormat.LIVE_BLOG_POSTING);
    }
    // A JSON Feed whose version is "1.1" or missing: its items and keys still say what it is.
    if (JSON_FEED_ITEMS.matcher(text).find() && JSON_FEED_KEYS.matcher(text).find()) {
      return Optional.of(FeedFormat.JSON_FEED);
    }
    return Optional.empty();
  }

  private static Optional<FeedFormat> sniffMarkup(String text) {
    int i = 0;
    boolean xmlDeclared = false;
    boolean htmlDoctype = false;
    while (true) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (text.startsWith("<?", i)) {
        xmlDeclared |= text.startsWith("<?xml", i);
        i = after(text, "?>", i);
      } else if (text.startsWith("<!--", i)) {
        i = after(text, "-->", i);
      } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        int end = after(text, ">", i);
        htmlDoctype = text.substring(i, end).toLowerCase(Locale.ROOT).contains("html");
        i = end;
      } else {
        break;
      }
    }
    Matcher root = ROOT.matcher(text);
    if (!root.find(i) || root.start() != i) {
      return htmlDoctype ? Optional.of(html(text)) : Optional.empty();
    }
    String name = root.group(1);
    String local = name.substring(name.indexOf(':') + 1);
    if (name.equals("rss") || local.equals("RDF")) {
      return Optional.of(FeedFormat.RSS);
    }
    if (local.equals("feed")) {
      String startTag = root.group(2);
      return startTag.contains(ATOM_10) || startTag.contains(ATOM_03)
          ? Optional.of(FeedFormat.ATOM)
          : Optional.empty();
    }
    if (htmlDoctype || !xmlDeclared || name.equalsIgnoreCase("html")) {
      return Optional.of(html(text));
    }
    return Optional.empty();
  }

  private static FeedFormat html(String text) {
    Matcher script = LD_JSON_SCRIPT.matcher(text);
    while (script.find()) {
      if (script.group(1).contains("LiveBlogPosting")) {
        return FeedFormat.LIVE_BLOG_POSTING;
      }
    }
    if (MARKED_UP_LIVE_BLOG.matcher(text).find()) {
      return FeedFormat.LIVE_BLOG_POSTING;
    }
    return FeedFormat.HTML_SELECTORS;
  }

  private static int after(String text, String end, int from) {
    int at = text.indexOf(end, from);
    return at < 0 ? text.length() : at + end.length();
  }
}

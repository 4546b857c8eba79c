package org.wirewatch.format.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The one sanitizer every format's item HTML passes through, once, before it reaches the model: an
 * allow-list of text formatting, links, lists, quotes and images; only http(s) (and mailto) links
 * and http(s) image sources survive.
 */
public final class HtmlSanitizer {
  private final Safelist safelist =
      Safelist.relaxed()
          .removeTags("colgroup", "col")
          .addAttributes("a", "title")
          .removeProtocols("a", "href", "ftp")
          .removeProtocols("img", "src", "http", "https")
          .addProtocols("img", "src", "http", "https")
          .preserveRelativeLinks(false);

  /**
   * @param html untrusted HTML
   * @param baseUri the document's URL, so relative links and images resolve; may be empty
   * @return HTML with only allow-listed elements and attributes
   */
  public String sanitize(String html, String baseUri) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Document dirty = Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri);
    Document clean = new Cleaner(safelist).clean(dirty);
    clean.outputSettings().prettyPrint(false);
    return clean.body().html().trim();
  }

  /** The visible text of {@code html}, whitespace collapsed. */
  public String toPlainText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    return Jsoup.parseBodyFragment(html).body().text().trim();
  }
}

package org.wirewatch.format.testing;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The sanitizer as it was before it was made cheaper (commit 9a77741), kept verbatim so tests can
 * check that {@link org.wirewatch.format.html.HtmlSanitizer} still gives the same output, byte for
 * byte: parse, clean with a fresh {@code Cleaner}, serialize, and parse again for the text.
 */
public final class ReferenceSanitizer {
  private static final String LINK_REL = "noopener noreferrer nofollow";

  private final Safelist safelist =
      new Safelist()
          .addTags(
              "a",
              "b",
              "strong",
              "i",
              "em",
              "u",
              "s",
              "strike",
              "del",
              "ins",
              "sub",
              "sup",
              "small",
              "mark",
              "q",
              "cite",
              "code",
              "pre",
              "kbd",
              "samp",
              "var",
              "abbr",
              "br",
              "hr",
              "p",
              "div",
              "span",
              "blockquote",
              "ul",
              "ol",
              "li",
              "dl",
              "dt",
              "dd",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "img",
              "figure",
              "figcaption",
              "table",
              "thead",
              "tbody",
              "tfoot",
              "tr",
              "th",
              "td",
              "caption",
              "time")
          .addAttributes("a", "href", "title")
          .addAttributes("img", "src", "alt", "title")
          .addAttributes("blockquote", "cite")
          .addAttributes("q", "cite")
          .addAttributes("abbr", "title")
          .addAttributes("ol", "start")
          .addAttributes("td", "colspan", "rowspan")
          .addAttributes("th", "colspan", "rowspan")
          .addAttributes("time", "datetime")
          .addProtocols("a", "href", "http", "https", "mailto")
          .addProtocols("img", "src", "http", "https")
          .addProtocols("blockquote", "cite", "http", "https")
          .addProtocols("q", "cite", "http", "https")
          .addEnforcedAttribute("a", "rel", LINK_REL)
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
    // elements whose content is never shown; others (object, blink, font...) are unwrapped
    dirty.select("script, style, noscript, template, iframe, frame, frameset, title").remove();
    neutralizeUrls(dirty);
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

  /**
   * Browsers ignore tabs, newlines and control characters inside a URL, so "jav&#x09;ascript:" runs
   * script. Strip them before the protocol check, and drop executable schemes outright.
   */
  private static void neutralizeUrls(Document doc) {
    for (Element el : doc.getAllElements()) {
      for (Attribute attr : el.attributes().asList()) {
        String key = attr.getKey().toLowerCase(Locale.ROOT);
        if (!key.equals("href") && !key.equals("src") && !key.equals("cite")) {
          continue;
        }
        String squeezed =
            attr.getValue()
                .replaceAll("[\\t\\n\\r]", "")
                .replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "");
        String lower = squeezed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("javascript:")
            || lower.startsWith("vbscript:")
            || lower.startsWith("data:")
            || lower.startsWith("livescript:")) {
          el.removeAttr(attr.getKey());
        } else {
          el.attr(attr.getKey(), squeezed);
        }
      }
    }
  }
}

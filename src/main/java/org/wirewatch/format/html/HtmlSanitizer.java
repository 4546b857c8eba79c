package org.wirewatch.format.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The one sanitizer every format's item HTML passes through, once, before it reaches the model: an
 * allow-list ({@link Safelist}) of text formatting, links, lists, quotes, simple tables and images.
 * Only http, https and mailto links survive, each with {@code rel="noopener noreferrer nofollow"};
 * only http and https image sources; relative URLs are resolved against the document's URL and
 * dropped when there is none. Scripts, styles, frames, objects, forms, event handlers and {@code
 * style} attributes never survive, nor do {@code javascript:}, {@code data:} or {@code vbscript:}
 * URLs, however they are obfuscated with entities, tabs or newlines. Thread-safe.
 */
public final class HtmlSanitizer {
  private static final String LINK_REL = "noopener noreferrer nofollow";

  private final Safelist safelist =
      new ResolvingSafelist()
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

  // Elements whose content is never shown; others (object, blink, font...) are unwrapped.
  private static final Evaluator NEVER_SHOWN =
      QueryParser.parse("script, style, noscript, template, iframe, frame, frameset, title");

  // Stateless but for the safelist, which is only read once built: one serves every call.
  private final Cleaner cleaner = new Cleaner(safelist);

  private final SanitizedMemo memo;

  /** A sanitizer that remembers nothing: every call parses. */
  public HtmlSanitizer() {
    this.memo = null;
  }

  /**
   * A sanitizer that answers HTML it has seen from {@code memo} (what a parser polling the same
   * documents again wants); the answers are the same as without it.
   */
  public HtmlSanitizer(SanitizedMemo memo) {
    this.memo = java.util.Objects.requireNonNull(memo);
  }

  /**
   * The sanitizer every format parser uses by default: remembers the last 4,096 fragments, at most
   * 3 million characters of them (mostly the strings the timeline holds anyway).
   */
  public static HtmlSanitizer forParsers() {
    return new HtmlSanitizer(new SanitizedMemo(4096, 3_000_000));
  }

  /**
   * Sanitized HTML and its visible text, as {@link #sanitize} and {@link #toPlainText} of that HTML
   * would give them.
   *
   * @param html the sanitized HTML, empty when there was none
   * @param text its visible text, whitespace collapsed
   */
  public record Cleaned(String html, String text) {}

  /**
   * @param html untrusted HTML
   * @param baseUri the document's URL, so relative links and images resolve; may be empty
   * @return HTML with only allow-listed elements and attributes
   */
  public String sanitize(String html, String baseUri) {
    if (html == null || html.isBlank()) {
      return "";
    }
    if (memo != null) {
      return sanitizeWithText(html, baseUri).html();
    }
    return serialized(cleanTree(html, baseUri));
  }

  /**
   * Sanitizes {@code html} and takes its visible text from the same cleaned tree: one parse where
   * {@code sanitize} then {@code toPlainText} of its output take two. The text is the same as that
   * pair gives; where the output would not read back as the same tree (in a {@code pre}, whose
   * leading newline a parser drops) it is read back, as before.
   */
  public Cleaned sanitizeWithText(String html, String baseUri) {
    if (html == null || html.isBlank()) {
      return new Cleaned("", "");
    }
    if (memo != null) {
      return memo.get(SanitizedMemo.Kind.SANITIZED, html, baseUri, () -> cleaned(html, baseUri));
    }
    return cleaned(html, baseUri);
  }

  private Cleaned cleaned(String html, String baseUri) {
    Document clean = cleanTree(html, baseUri);
    String out = serialized(clean);
    String text = clean.body().text().trim();
    if (out.contains("<pre")) {
      text = toPlainText(out);
    }
    return new Cleaned(out, text);
  }

  /** The visible text of {@code html}, whitespace collapsed. */
  public String toPlainText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0 && html.indexOf('\0') < 0) {
      // No markup (and no NUL, which the parser drops): the parser would make it one text node.
      return new TextNode(html).text().trim();
    }
    if (memo != null) {
      return memo.get(SanitizedMemo.Kind.TEXT, html, null, () -> new Cleaned("", textOf(html)))
          .text();
    }
    return textOf(html);
  }

  private static String textOf(String html) {
    return Jsoup.parseBodyFragment(html).body().text().trim();
  }

  private Document cleanTree(String html, String baseUri) {
    Document dirty = Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri);
    dirty.select(NEVER_SHOWN).remove();
    neutralizeUrls(dirty);
    Document clean = cleaner.clean(dirty);
    clean.outputSettings().prettyPrint(false);
    return clean;
  }

  private static String serialized(Document clean) {
    return clean.body().html().trim();
  }

  /**
   * Browsers ignore tabs, newlines and control characters inside a URL, so "jav&#x09;ascript:" runs
   * script. Strip them before the protocol check, and drop executable schemes outright.
   */
  private static void neutralizeUrls(Document doc) {
    for (Element el : doc.getAllElements()) {
      if (el.attributesSize() == 0) {
        continue;
      }
      List<String> unsafe = null;
      for (Attribute attr : el.attributes()) {
        String key = attr.getKey().toLowerCase(Locale.ROOT);
        if (!key.equals("href") && !key.equals("src") && !key.equals("cite")) {
          continue;
        }
        String value = attr.getValue();
        String squeezed = squeezed(value);
        String lower = squeezed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("javascript:")
            || lower.startsWith("vbscript:")
            || lower.startsWith("data:")
            || lower.startsWith("livescript:")) {
          if (unsafe == null) {
            unsafe = new ArrayList<>(1);
          }
          unsafe.add(attr.getKey());
        } else if (!squeezed.equals(value)) {
          attr.setValue(squeezed);
        }
      }
      if (unsafe != null) {
        unsafe.forEach(el::removeAttr);
      }
    }
  }

  /**
   * Without tabs, carriage returns and newlines, then without control characters and spaces at
   * either end.
   */
  private static String squeezed(String url) {
    String kept = url;
    if (url.indexOf('\t') >= 0 || url.indexOf('\n') >= 0 || url.indexOf('\r') >= 0) {
      StringBuilder b = new StringBuilder(url.length());
      for (int i = 0; i < url.length(); i++) {
        char c = url.charAt(i);
        if (c != '\t' && c != '\n' && c != '\r') {
          b.append(c);
        }
      }
      kept = b.toString();
    }
    return kept.trim(); // String.trim strips U+0000 to U+0020, as the old [\x00-\x20] did
  }
}

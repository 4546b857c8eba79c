package org.wirewatch.format.liveblog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.wirewatch.format.BodyText;

/** The {@code <script type="application/ld+json">} blocks of an HTML page, in page order. */
final class JsonLdScripts {
  /** One block: its 1-based position among the JSON-LD blocks, its line, and its text. */
  record Block(int number, int line, String json) {
    String describe() {
      return "JSON-LD block " + number + (line > 0 ? " (line " + line + ")" : "");
    }
  }

  // Old CMSes wrap script content in HTML comments or CDATA sections "for old browsers".
  private static final Pattern WRAPPER =
      Pattern.compile(
          "^\\s*(?://\\s*|/\\*\\s*)?(?:<!--|<!\\[CDATA\\[)(?:\\s*\\*/)?|(?://\\s*|/\\*\\s*)?(?:-->|]]>)(?:\\s*\\*/)?\\s*$");

  private JsonLdScripts() {}

  // Drops the wrappers but keeps their line breaks, so line numbers still match the page.
  private static String unwrap(String data) {
    Matcher m = WRAPPER.matcher(data);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, m.group().replaceAll("[^\n]", ""));
    }
    m.appendTail(out);
    return out.toString();
  }

  static List<Block> find(byte[] body, String contentType, URI baseUri) {
    return find(page(body, contentType, baseUri));
  }

  /** The page, parsed with source positions so a broken block can be named by its line. */
  static Document page(byte[] body, String contentType, URI baseUri) {
    String charset = BodyText.charsetOf(contentType).map(Charset::name).orElse(null);
    Document doc;
    try {
      // jsoup sniffs the BOM and <meta charset> itself when the header names none.
      doc =
          Jsoup.parse(
              new ByteArrayInputStream(body),
              charset,
              baseUri == null ? "" : baseUri.toString(),
              Parser.htmlParser().setTrackPosition(true));
    } catch (IOException e) {
      throw new UncheckedIOException("reading an in-memory page cannot fail", e);
    }
    return doc;
  }

  static List<Block> find(Document doc) {
    List<Block> blocks = new ArrayList<>();
    for (Element script : doc.select("script[type]")) {
      String type = script.attr("type").strip().toLowerCase(Locale.ROOT);
      if (type.equals("application/ld+json")) {
        int line = script.sourceRange().isTracked() ? script.sourceRange().start().lineNumber() : 0;
        // Leading newlines make Gson's line numbers the page's line numbers.
        String json = "\n".repeat(Math.max(0, line - 1)) + unwrap(script.data());
        blocks.add(new Block(blocks.size() + 1, line, json));
      }
    }
    return blocks;
  }
}

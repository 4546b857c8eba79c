package org.wirewatch.format.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.wirewatch.format.testing.ReferenceSanitizer;

/**
 * The sanitizer was made cheaper (one parse for the HTML and its text, a shared cleaner, cheaper
 * link resolution, no parse for text without markup): its output must be what the earlier one gave,
 * byte for byte, over every hostile and real-world HTML the tests have, and the edge cases where a
 * cleaned tree and its serialization read back differently.
 */
class SanitizerEquivalenceTest {
  private static final List<String> BASES =
      List.of(
          "",
          "http://example.com/",
          "https://news.example.in/live/2025-08-07?page=2#top",
          "not a url",
          "http://example.com/\u0001dir/",
          "https://例え.jp/ライブ/");

  private static final List<String> EDGE_CASES =
      List.of(
          "<pre>\n\nline one\nline two</pre>",
          "<p>a</p><pre>\n x\n</pre>b",
          "<pre><object>\nx</object></pre>",
          "<p>a</p><pre>\n\nx</pre>",
          "b<pre><object>\ny</object></pre>",
          "a\uD800b",
          "<p>\uDC00 lone</p>",
          "<p>😀 paired \uD83D\uDE00</p>",
          "a\u0000b",
          "<p>\u0000</p>",
          "&#0; &#xD800; &#128512;",
          "<table><tr><td>1</td></tr>text</table>",
          "<table><form><tr><td>x</td></tr></form></table>",
          "<table> <colgroup><col></colgroup> <caption>c</caption><tr><td>1<td>2</table>",
          "<p>a<object><p>b</p></object>c</p>",
          "<a href=1>x<object><a href=2>y</a></object>z</a>",
          "<li>a<object><li>b</li></object></li>",
          "<h1>t<object><h2>u</h2></object></h1>",
          "<textarea>\nt</textarea>after",
          "<xmp><b>x</b></xmp>",
          "<noembed><b>n</b></noembed><noframes>f</noframes>",
          "<plaintext><a href=x>p",
          "<svg><![CDATA[x<y]]><text>s</text></svg>",
          "<math><mi>x</mi><annotation-xml><p>m</p></annotation-xml></math>",
          "&nbsp;a&nbsp;&nbsp;b",
          "\u00a0\u200b\u00ad text",
          "a\r\nb\rc\fd\te",
          "<p>one</p>\n\n<p>two  <b>three</b></p>",
          "x<br>y<br/>z<hr>w",
          "<a href=\"jav&#x09;ascript:alert(1)\">j</a>",
          "<a href=\"\n javascript:alert(1)\">j2</a>",
          "<img src=\" \u0001http://x.example/y.png\">",
          "<img src=\"http://x.example/\u0002y.png\" alt=\"a\">",
          "<a href=\"?q=1\">q</a>",
          "<a href=\"/./a/../b\">d</a>",
          "<a href=\"../../../x\">up</a>",
          "<a href=\"//evil.example/\">p</a>",
          "<a href=\"HTTP://EXAMPLE.COM/A\">u</a>",
          "<a href=\"mailto:a@b.example\">m</a>",
          "<a href=\"tel:123\">t</a>",
          "<a href=\"#frag\">f</a>",
          "<a href=\"\">empty</a><a href>none</a><a>no href</a>",
          "<a href=\"javascript:alert(1)\" title=\"t\">js</a>",
          "<a href=\"vbscript:x\">vb</a><a href=\"livescript:x\">ls</a>",
          "<blockquote cite=\"javascript:x\">q</blockquote>",
          "<q cite=\"../x\">q</q><q cite=\"https://ok.example/\">r</q>",
          "<img src=\"data:image/png;base64,xx\"><img src=\"DATA:x\">",
          "<a href=\"http://[::1]:8080/x\">6</a>",
          "<a href=\"http://exa mple.com/\">s</a>",
          "<a href=\"h\u0000ttp://x.example/\">n</a>",
          "<A HREF=\"http://x.example/\" REL=\"x\" ONCLICK=\"y()\">c</A>",
          "<a href=\"https://x.example/a b?c=d&amp;e=f#g h\">spaces</a>",
          "<a href=\"https://x.example:99999/\">port</a>",
          "<a href=\"foo:bar\">custom</a><a href=\"1foo:bar\">bad scheme</a>",
          "<img src=\"/img/a.jpg\" width=1 onerror=\"x()\"><img src=\"img/b.jpg\">",
          "<div style=\"x\"><span class=\"c\" id=\"i\">s</span></div>",
          "<script>alert(1)</script><style>p{}</style><noscript>ns</noscript><template>t</template>",
          "<iframe src=\"http://x.example/\">if</iframe><title>tt</title>",
          "<ol start=\"3\"><li>x</ol><td colspan=2>c</td><time datetime=\"2025\">t</time>",
          "Task &amp; Sub Tasks",
          "no markup at all",
          "  spaced   out  ",
          "a < b > c",
          "x & y",
          "&amp;amp; &lt;b&gt;",
          "",
          "   ",
          "\u0000",
          "\u0001\u0002 ctrl \u001f");

  private final HtmlSanitizer sanitizer = new HtmlSanitizer();
  private final ReferenceSanitizer reference = new ReferenceSanitizer();

  private static Path resource(String path) throws URISyntaxException {
    return Path.of(SanitizerEquivalenceTest.class.getResource(path).toURI());
  }

  private static List<Path> files(String dir, String suffix) throws Exception {
    try (Stream<Path> files = Files.list(resource(dir))) {
      return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  /** Every HTML fragment the fixtures hold: whole files, and the text of each of their elements. */
  static Set<String> corpus() throws Exception {
    Set<String> all = new LinkedHashSet<>(EDGE_CASES);
    JsonObject vectors =
        JsonParser.parseString(
                Files.readString(
                    resource(
                        "/fixtures/miniflux/_extracted/internal/reader/sanitizer/"
                            + "sanitizer_vectors.json")))
            .getAsJsonObject();
    for (JsonElement v : vectors.getAsJsonArray("vectors")) {
      collectStrings(v, all);
    }
    List<Path> xml =
        new ArrayList<>(files("/fixtures/feedparser/tests/wellformed/sanitize", ".xml"));
    xml.addAll(files("/format/feed", ".xml"));
    xml.add(resource("/fixtures/rsparser/Tests/RSParserTests/Resources/livemint.xml"));
    xml.add(resource("/fixtures/rsparser/Tests/RSParserTests/Resources/DaringFireball.atom"));
    for (Path file : xml) {
      String text = Files.readString(file, StandardCharsets.ISO_8859_1);
      all.add(text);
      for (Element el : Jsoup.parse(text, "", Parser.xmlParser()).getAllElements()) {
        if (!el.ownText().isBlank()) {
          all.add(el.wholeOwnText());
        }
      }
    }
    List<Path> json =
        new ArrayList<>(files("/fixtures/rsparser/Tests/RSParserTests/Resources", ".json"));
    json.addAll(files("/format/jsonfeed", ".json"));
    for (Path file : json) {
      try {
        collectStrings(JsonParser.parseString(Files.readString(file)), all);
      } catch (JsonSyntaxException truncatedOnPurpose) {
        // allthis-partial.json and the malformed fixture: their strings are not needed here
      }
    }
    for (Path file : files("/format/liveblog", ".html")) {
      all.add(Files.readString(file));
    }
    for (Path file : files("/pages", ".html")) {
      all.add(Files.readString(file));
    }
    for (Path file : files("/org/wirewatch/format/fuzz/ParserFuzzTestInputs/anyHtml", "")) {
      all.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }
    return all;
  }

  private static void collectStrings(JsonElement e, Set<String> into) {
    if (e.isJsonObject()) {
      e.getAsJsonObject().entrySet().forEach(m -> collectStrings(m.getValue(), into));
    } else if (e.isJsonArray()) {
      e.getAsJsonArray().forEach(x -> collectStrings(x, into));
    } else if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
      into.add(e.getAsString());
    }
  }

  @Test
  void sameHtmlAndTextAsTheEarlierSanitizerOverEveryFixture() throws Exception {
    Set<String> corpus = corpus();
    List<String> differs = new ArrayList<>();
    int checked = 0;
    for (String html : corpus) {
      // every base for the edge cases, none and one for fragments, one for whole documents
      List<String> bases =
          EDGE_CASES.contains(html)
              ? BASES
              : html.length() < 4_000 ? BASES.subList(0, 2) : BASES.subList(1, 2);
      for (String base : bases) {
        String expectedHtml = reference.sanitize(html, base);
        String expectedText = reference.toPlainText(expectedHtml);
        HtmlSanitizer.Cleaned cleaned = sanitizer.sanitizeWithText(html, base);
        checked++;
        if (!sanitizer.sanitize(html, base).equals(expectedHtml)) {
          differs.add("sanitize, base " + base + ": " + abbreviated(html));
        }
        if (!cleaned.html().equals(expectedHtml)) {
          differs.add("sanitizeWithText html, base " + base + ": " + abbreviated(html));
        }
        if (!cleaned.text().equals(expectedText)) {
          differs.add(
              "sanitizeWithText text, base "
                  + base
                  + ": "
                  + abbreviated(html)
                  + " gave ["
                  + abbreviated(cleaned.text())
                  + "], expected ["
                  + abbreviated(expectedText)
                  + "]");
        }
      }
      if (!sanitizer.toPlainText(html).equals(reference.toPlainText(html))) {
        differs.add("toPlainText: " + abbreviated(html));
      }
    }
    assertThat(checked).isGreaterThan(5_000);
    assertThat(differs).isEmpty();
  }

  @Test
  void aPreIsReadBackForItsTextAsItsLeadingNewlineIsDroppedThen() {
    assertThat(sanitizer.sanitizeWithText("<p>a</p><pre>\n\nx</pre>", "").text())
        .isEqualTo(reference.toPlainText(reference.sanitize("<p>a</p><pre>\n\nx</pre>", "")))
        .isEqualTo("a x");
  }

  private static String abbreviated(String s) {
    String flat = s.replace("\n", "\\n");
    return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
  }
}

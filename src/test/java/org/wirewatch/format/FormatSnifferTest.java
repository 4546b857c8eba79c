package org.wirewatch.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewatch.format.TestContexts.resource;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatSnifferTest {
  private static final String RSPARSER = "/fixtures/rsparser/Tests/RSParserTests/Resources/";
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final FormatSniffer sniffer = new FormatSniffer();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private FeedFormat sniff(byte[] body) {
    return sniffer.sniff(body, null).orElse(null);
  }

  @Test
  void jsonFeedByItsVersionUrlAfterBomAndWhitespace() {
    byte[] body =
        concat(
            UTF8_BOM,
            utf8("\n\t  {\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}"));
    assertThat(sniff(body)).isEqualTo(FeedFormat.JSON_FEED);
  }

  @Test
  void jsonFeedInUtf16WithBom() {
    byte[] body =
        concat(
            new byte[] {(byte) 0xFE, (byte) 0xFF},
            "{\"version\":\"https://jsonfeed.org/version/1\"}".getBytes(StandardCharsets.UTF_16BE));
    assertThat(sniff(body)).isEqualTo(FeedFormat.JSON_FEED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"allthis.json", "curt.json", "rose.json", "pxlnv.json", "3960.json"})
  void realJsonFeedsWithVersionAnywhereEscapedSlashesOrHttp(String file) {
    assertThat(sniff(resource(RSPARSER + file))).isEqualTo(FeedFormat.JSON_FEED);
  }

  @Test
  void rssInJsonIsNotAJsonFeed() {
    assertThat(sniffer.sniff(resource(RSPARSER + "ScriptingNews.json"), "application/json"))
        .isEmpty();
  }

  @Test
  void jsonLdByContextOrLiveBlogType() {
    assertThat(sniff(utf8("  {\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\"}")))
        .isEqualTo(FeedFormat.LIVE_BLOG_POSTING);
    assertThat(sniff(utf8("[{\"@type\": \"LiveBlogPosting\"}]")))
        .isEqualTo(FeedFormat.LIVE_BLOG_POSTING);
    assertThat(
            sniff(
                resource(
                    "/format/liveblog/liveblog-raw-jsonld-kremlin-envoy-with-author-forms.jsonld")))
        .isEqualTo(FeedFormat.LIVE_BLOG_POSTING);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<rss version=\"2.0\"><channel/></rss>",
        "  \n<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- generator: x -->\n<rss version=\"2.0\">",
        "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"x\"><rss version=\"0.91\">",
        "<?xml version=\"1.0\"?><?xml-stylesheet href=\"s.xsl\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">"
      })
  void rssAndRdfByTheirRootElement(String doc) {
    assertThat(sniff(utf8(doc))).isEqualTo(FeedFormat.RSS);
  }

  @Test
  void rssAfterBom() {
    assertThat(sniff(concat(UTF8_BOM, utf8("<?xml version=\"1.0\"?>\r\n<rss>"))))
        .isEqualTo(FeedFormat.RSS);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">",
        "<feed xml:lang=\"en\"\n      xmlns=\"http://www.w3.org/2005/Atom\">",
        "<atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\">",
        "<?xml version=\"1.0\"?><feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\">"
      })
  void atomByFeedRootInTheAtomNamespace(String doc) {
    assertThat(sniff(utf8(doc))).isEqualTo(FeedFormat.ATOM);
  }

  @Test
  void feedRootOutsideTheAtomNamespaceIsNotAtom() {
    assertThat(sniff(utf8("<?xml version=\"1.0\"?><feed><entry/></feed>"))).isNull();
  }

  @Test
  void htmlWithLiveBlogInLdJsonIsLiveBlogPosting() {
    assertThat(sniff(resource("/format/liveblog/liveblog-page-graph-ipl-final.html")))
        .isEqualTo(FeedFormat.LIVE_BLOG_POSTING);
    assertThat(sniff(resource("/format/liveblog/liveblog-page-two-blocks-one-broken-monsoon.html")))
        .isEqualTo(FeedFormat.LIVE_BLOG_POSTING);
  }

  @Test
  void otherHtmlIsForSelectors() {
    assertThat(sniff(resource("/format/sniff/html-live-page-without-jsonld.html")))
        .isEqualTo(FeedFormat.HTML_SELECTORS);
    assertThat(
            sniff(
                concat(
                    UTF8_BOM,
                    utf8("\n\n<html><body>LiveBlogPosting mentioned in text</body></html>"))))
        .isEqualTo(FeedFormat.HTML_SELECTORS);
    assertThat(sniff(utf8("<div class=\"live\">18:07</div>"))).isEqualTo(FeedFormat.HTML_SELECTORS);
  }

  @Test
  void theBytesWinOverAWrongContentType() {
    byte[] jsonFeed = utf8("{\"version\": \"https://jsonfeed.org/version/1\"}");
    byte[] atom = utf8("<feed xmlns=\"http://www.w3.org/2005/Atom\">");
    assertThat(sniffer.sniff(jsonFeed, "text/html; charset=utf-8")).contains(FeedFormat.JSON_FEED);
    assertThat(sniffer.sniff(atom, "application/rss+xml")).contains(FeedFormat.ATOM);
  }

  @ParameterizedTest
  @CsvSource({
    "application/feed+json, JSON_FEED",
    "application/feed+json; charset=utf-8, JSON_FEED",
    "application/ld+json, LIVE_BLOG_POSTING",
    "application/rss+xml, RSS",
    "application/rdf+xml, RSS",
    "APPLICATION/ATOM+XML, ATOM",
    "text/html;charset=ISO-8859-1, HTML_SELECTORS",
  })
  void contentTypeDecidesWhenTheBytesSayNothing(String contentType, FeedFormat expected) {
    assertThat(sniffer.sniff(utf8("{\"items\": []}"), contentType)).contains(expected);
    assertThat(sniffer.fromContentType(contentType)).contains(expected);
  }

  @Test
  void nothingToTellIsEmpty() {
    assertThat(sniffer.sniff(new byte[0], null)).isEmpty();
    assertThat(sniffer.sniff(utf8("   "), "application/json")).isEmpty();
    assertThat(sniffer.sniff(utf8("garbage"), "text/plain")).isEmpty();
    assertThat(sniffer.sniff(utf8("{\"a\": 1}"), "application/json")).isEmpty();
  }
}

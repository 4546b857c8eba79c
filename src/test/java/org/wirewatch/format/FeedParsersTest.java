package org.wirewatch.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wirewatch.format.TestContexts.at;
import static org.wirewatch.format.TestContexts.resource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.format.jsonfeed.JsonFeedParser;
import org.wirewatch.format.liveblog.LiveBlogPostingParser;
import org.wirewatch.model.FeedSnapshot;

class FeedParsersTest {
  private static final String LIVE_FEED =
      "/format/jsonfeed/jsonfeed-1.1-kremlin-envoy-live-with-breaking-pinned-and-deleted.json";
  private static final String GRAPH_PAGE = "/format/liveblog/liveblog-page-graph-ipl-final.html";
  private static final String PLAIN_PAGE = "/format/sniff/html-live-page-without-jsonld.html";
  private static final PageSelectors SELECTORS =
      new PageSelectors(".live-item", ".time", "h2", "p", null, null, null);

  private final FeedParsers parsers = FeedParsers.standard();

  @Test
  void standardRegistryReadsEveryFormat() {
    assertThat(parsers.supported()).containsExactlyInAnyOrder(FeedFormat.values());
  }

  @Test
  void sniffedJsonFeedGoesToTheJsonFeedParser() throws Exception {
    FeedSnapshot snapshot =
        parsers.parse(
            resource(LIVE_FEED), at("https://news.example.in/live/world/feed.json"), null);
    assertThat(snapshot.updates().get(0).headline())
        .isEqualTo("Putin-Trump summit likely next week: Kremlin envoy");
  }

  @Test
  void sniffedHtmlWithLiveBlogGoesToTheLiveBlogParser() throws Exception {
    FeedSnapshot snapshot =
        parsers.parse(
            resource(GRAPH_PAGE), at("https://sport.example.in/ipl/final-live", "text/html"), null);
    assertThat(snapshot.updates()).hasSize(1);
  }

  @Test
  void pinnedFormatIsUsedWithoutSniffing() {
    assertThatThrownBy(
            () ->
                parsers.parse(
                    resource(LIVE_FEED), at("https://example.org/x"), FeedFormat.LIVE_BLOG_POSTING))
        .isInstanceOf(FeedParseException.class)
        .hasMessageStartingWith("no LiveBlogPosting in the JSON-LD document");
  }

  @Test
  void formatWithoutAParserSaysItIsNotSupportedYet() {
    FeedParsers parsers =
        new FeedParsers(List.of(new JsonFeedParser(), new LiveBlogPostingParser()));
    byte[] rss =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>".getBytes(StandardCharsets.UTF_8);
    byte[] atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> parsers.parse(rss, at("https://example.org/rss"), null))
        .isInstanceOf(FeedParseException.class)
        .hasMessage("RSS is not supported yet");
    assertThatThrownBy(() -> parsers.parse(atom, at("https://example.org/atom"), null))
        .hasMessage("Atom is not supported yet");
    assertThatThrownBy(
            () ->
                parsers.parse(
                    resource(PLAIN_PAGE),
                    TestContexts.withSelectors("https://example.org/live", SELECTORS),
                    null))
        .hasMessage("HTML with selectors is not supported yet");
  }

  @Test
  void htmlPageWithNoLiveBlogAndNoSelectorsAsksForSelectors() {
    assertThatThrownBy(
            () ->
                parsers.parse(
                    resource(PLAIN_PAGE), at("https://example.org/live", "text/html"), null))
        .isInstanceOf(FeedParseException.class)
        .hasMessage("no updates found: configure selectors for this page");
    assertThatThrownBy(
            () ->
                parsers.parse(
                    resource(PLAIN_PAGE),
                    at("https://example.org/live"),
                    FeedFormat.HTML_SELECTORS))
        .hasMessage("no updates found: configure selectors for this page");
  }

  @Test
  void configuredSelectorsWinOverAnEmbeddedLiveBlogUnlessTheFormatIsPinned() throws Exception {
    ParseContext withSelectors =
        TestContexts.withSelectors("https://sport.example.in/ipl/final-live", SELECTORS);

    assertThat(parsers.detect(resource(GRAPH_PAGE), withSelectors, null))
        .isEqualTo(FeedFormat.HTML_SELECTORS);
    assertThat(parsers.detect(resource(GRAPH_PAGE), withSelectors, FeedFormat.LIVE_BLOG_POSTING))
        .isEqualTo(FeedFormat.LIVE_BLOG_POSTING);
  }

  @Test
  void unrecognisableDocumentSaysWhatItStartsWith() {
    byte[] body = "Service temporarily unavailable".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> parsers.parse(body, at("https://example.org/x", "text/plain"), null))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("could not tell what kind of document this is")
        .hasMessageContaining("text/plain")
        .hasMessageContaining("\"Service temporarily unavailable\"");
    assertThatThrownBy(() -> parsers.parse(new byte[0], at("https://example.org/x"), null))
        .hasMessage("the response body is empty");
  }

  @Test
  void aParserBugBecomesAParseErrorNotACrash() {
    FeedParser broken =
        new FeedParser() {
          @Override
          public FeedFormat format() {
            return FeedFormat.RSS;
          }

          @Override
          public FeedSnapshot parse(byte[] body, ParseContext context) {
            throw new IllegalStateException("boom");
          }
        };
    FeedParsers withBroken = new FeedParsers(List.of(new JsonFeedParser(), broken));
    byte[] rss = "<rss version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> withBroken.parse(rss, at("https://example.org/rss"), null))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("could not read this RSS document")
        .hasMessageContaining("boom");
  }

  @Test
  void twoParsersForOneFormatAreRejected() {
    assertThatThrownBy(() -> new FeedParsers(List.of(new JsonFeedParser(), new JsonFeedParser())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JSON_FEED");
  }

  @Test
  void everyFormatSettlesARepeatedIdByTheSameRule() throws Exception {
    String rss =
        """
        <rss version="2.0"><channel><title>Wire</title>
        <item><guid>a</guid><title>First copy</title><pubDate>Thu, 07 Aug 2025 12:37:00 GMT</pubDate></item>
        <item><guid>a</guid><title>Second copy</title><pubDate>Thu, 07 Aug 2025 12:37:00 GMT</pubDate></item>
        </channel></rss>
        """;
    String json =
        """
        {"version":"https://jsonfeed.org/version/1.1","items":[
         {"id":"a","title":"First copy","date_published":"2025-08-07T18:07:00+05:30",
          "date_modified":"2025-08-07T18:08:00+05:30"},
         {"id":"a","title":"Second copy","date_published":"2025-08-07T18:07:00+05:30",
          "date_modified":"2025-08-07T18:12:00+05:30"}]}
        """;
    FeedSnapshot fromRss =
        parsers.parse(rss.getBytes(StandardCharsets.UTF_8), at("https://wire.example/rss"), null);
    FeedSnapshot fromJson =
        parsers.parse(json.getBytes(StandardCharsets.UTF_8), at("https://wire.example/f"), null);
    // No updated times in RSS: the first in document order. JSON Feed's date_modified: the newest.
    assertThat(fromRss.updates()).extracting(u -> u.headline()).containsExactly("First copy");
    assertThat(fromJson.updates()).extracting(u -> u.headline()).containsExactly("Second copy");
    assertThat(fromRss.problems()).anyMatch(p -> p.contains("share the id \"a\""));
    assertThat(fromJson.problems()).anyMatch(p -> p.contains("share the id \"a\""));
  }
}

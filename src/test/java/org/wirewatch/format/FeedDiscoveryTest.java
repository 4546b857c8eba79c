package org.wirewatch.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wirewatch.format.TestContexts.at;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A web page with no updates of its own is followed to the feed it advertises. */
class FeedDiscoveryTest {
  private static final URI PAGE = URI.create("https://news.example.in/india/live-updates");
  private static final String HEAD =
      """
      <!DOCTYPE html><html><head><title>India live</title>
      <link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/8812">
      <link rel="alternate" type="application/rss+xml" title="Comments on India live"
            href="/india/live-updates/comments/feed/">
      <link rel="alternate" type="application/atom+xml" title="India live (Atom)" href="feed.atom">
      <link rel="alternate" type="application/rss+xml" title="India live" href="//news.example.in/rss/india.xml">
      <link rel="alternate" type="application/feed+json" href="https://news.example.in/india/feed.json">
      <link rel="stylesheet" type="text/css" href="/site.css">
      <link rel="alternate" hreflang="hi" href="https://hindi.example.in/live">
      </head><body><p>Latest news</p></body></html>
      """;

  private static byte[] page(String html) {
    return html.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void advertisedFeedsComeInPageOrderWithCommentFeedsLastAndApisLeftOut() {
    List<FeedLink> feeds = FeedDiscovery.advertised(page(HEAD), "text/html", PAGE);
    assertThat(feeds)
        .extracting(f -> f.url().toString())
        .containsExactly(
            "https://news.example.in/india/feed.atom",
            "https://news.example.in/rss/india.xml",
            "https://news.example.in/india/feed.json",
            "https://news.example.in/india/live-updates/comments/feed/");
    assertThat(feeds)
        .extracting(FeedLink::format)
        .containsExactly(FeedFormat.ATOM, FeedFormat.RSS, FeedFormat.JSON_FEED, FeedFormat.RSS);
    assertThat(feeds.get(0).describe()).isEqualTo("the page's Atom feed");
    assertThat(feeds.get(0).title()).isEqualTo("India live (Atom)");
  }

  @Test
  void aPageWithoutSelectorsThatAdvertisesFeedsNamesThem() {
    assertThatThrownBy(
            () -> FeedParsers.standard().parse(page(HEAD), at(PAGE.toString(), "text/html"), null))
        .isInstanceOfSatisfying(
            FeedDiscoveredException.class,
            e ->
                assertThat(e.feeds().get(0).url())
                    .isEqualTo(URI.create("https://news.example.in/india/feed.atom")))
        .hasMessageContaining("advertises 4 feeds");
  }

  @Test
  void aPageThatAdvertisesNothingStillAsksForSelectors() {
    byte[] plain = page("<!DOCTYPE html><html><head><title>x</title></head><body>x</body></html>");
    assertThatThrownBy(
            () -> FeedParsers.standard().parse(plain, at(PAGE.toString(), "text/html"), null))
        .isNotInstanceOf(FeedDiscoveredException.class)
        .hasMessageContaining("configure selectors");
  }

  @Test
  void aLinkToThePageItselfOrToANonWebSchemeIsNotAFeed() {
    byte[] html =
        page(
            "<html><head><link rel=alternate type=application/rss+xml href=\""
                + PAGE
                + "\"><link rel=alternate type=application/atom+xml href=\"javascript:alert(1)\">"
                + "<link rel=alternate type=application/atom+xml href=\"file:///etc/passwd\">"
                + "</head></html>");
    assertThat(FeedDiscovery.advertised(html, "text/html", PAGE)).isEmpty();
  }
}

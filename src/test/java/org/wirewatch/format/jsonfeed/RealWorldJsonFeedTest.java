package org.wirewatch.format.jsonfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wirewatch.format.TestContexts.at;
import static org.wirewatch.format.TestContexts.resource;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.format.FeedParseException;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;

/** Real feeds captured by RSParser (NetNewsWire) and feedparser, with their origins' counts. */
class RealWorldJsonFeedTest {
  private static final String RSPARSER = "/fixtures/rsparser/Tests/RSParserTests/Resources/";

  private final JsonFeedParser parser = new JsonFeedParser();

  private FeedSnapshot rsparser(String file, String feedUrl) throws FeedParseException {
    return parser.parse(resource(RSPARSER + file), at(feedUrl));
  }

  @Test
  void allThisHasTwelveItemsWithIdsUrlsAndUtcDates() throws Exception {
    FeedSnapshot snapshot = rsparser("allthis.json", "http://leancrew.com/all-this/feed.json");
    LiveUpdate first = snapshot.updates().get(0);

    assertThat(snapshot.updates()).hasSize(12);
    assertThat(snapshot.problems()).isEmpty();
    assertThat(snapshot.title()).isEqualTo("And now it’s all this");
    assertThat(first.headline()).isEqualTo("Last thoughts on modifier keys");
    assertThat(first.id())
        .isEqualTo("http://leancrew.com/all-this/2017/11/last-thoughts-on-modifier-keys/");
    assertThat(first.permalink())
        .isEqualTo(
            URI.create("http://leancrew.com/all-this/2017/11/last-thoughts-on-modifier-keys/"));
    assertThat(first.published()).isEqualTo(OffsetDateTime.parse("2017-11-23T21:08:29Z"));
    assertThat(first.author()).isEqualTo("Dr. Drang");
    assertThat(snapshot.updates()).allSatisfy(u -> assertThat(u.flags()).isEmpty());
  }

  @Test
  void curtHasTwentySixItemsWithPhpEscapedSlashesAndEntitiesInHtml() throws Exception {
    FeedSnapshot snapshot = rsparser("curt.json", "http://curtclifton.net/feed.json");
    LiveUpdate first = snapshot.updates().get(0);

    assertThat(snapshot.updates()).hasSize(26);
    assertThat(first.id()).isEqualTo("twitter-quitter");
    assertThat(first.permalink())
        .isEqualTo(URI.create("http://www.curtclifton.net/twitter-quitter"));
    assertThat(first.html()).startsWith("<p>I’ve decided to close my Twitter account.");
    assertThat(first.text())
        .startsWith("I’ve decided to close my Twitter account. William Van Hecke");
    // "2018-01-06T08:00" has no offset: the source's zone completes it.
    assertThat(first.published()).isEqualTo(OffsetDateTime.parse("2018-01-06T08:00+05:30"));
  }

  @Test
  void roseHasEightyFourItemsAndEscapedTitlesAreDecoded() throws Exception {
    FeedSnapshot snapshot = rsparser("rose.json", "https://www.rosemaryorchard.com/feed.json");

    assertThat(snapshot.updates()).hasSize(84);
    assertThat(snapshot.updates().get(0).headline())
        .isEqualTo("Workflow: Add Task & Sub Tasks To OmniFocus");
    assertThat(snapshot.updates().get(0).published())
        .isEqualTo(OffsetDateTime.parse("2018-08-24T07:00:00+02:00"));
  }

  @Test
  void pixelEnvyWithHttpVersionUrlHasTwentyItems() throws Exception {
    assertThat(rsparser("pxlnv.json", "https://pxlnv.com/feed/json/").updates()).hasSize(20);
  }

  @Test
  void journal3960InJsonFeed11HasTwentyItems() throws Exception {
    FeedSnapshot snapshot = rsparser("3960.json", "https://journal.3960.org/feed.json");
    assertThat(snapshot.updates()).hasSize(20);
    assertThat(snapshot.updates().get(0).headline()).isEqualTo("Lecker, lecker");
  }

  @Test
  void daringFireballAndInessentialParseCleanly() throws Exception {
    FeedSnapshot df = rsparser("DaringFireball.json", "https://daringfireball.net/feeds/json");
    FeedSnapshot in = rsparser("inessential.json", "http://inessential.com/feed.json");

    assertThat(df.updates()).hasSize(48);
    assertThat(df.updates().get(0).headline())
        .isEqualTo("The Talk Show: ‘I Do Like Throwing a Baby’");
    assertThat(in.updates()).hasSize(20);
    assertThat(List.of(df, in)).allSatisfy(s -> assertThat(s.problems()).isEmpty());
  }

  @Test
  void authorsArePreferredOverLegacyAuthorAndInheritedFromTheFeed() throws Exception {
    FeedSnapshot snapshot = rsparser("authors.json", "https://example.org/feed.json");

    assertThat(snapshot.updates())
        .extracting(LiveUpdate::id, LiveUpdate::author)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Item without authors", "Root Author 1, Root Author 2"),
            org.assertj.core.groups.Tuple.tuple("Item with legacy author", "Legacy Item Author"),
            org.assertj.core.groups.Tuple.tuple(
                "Item with modern authors", "Item Author 1, Item Author 2"),
            org.assertj.core.groups.Tuple.tuple("Item with both", "Item Author 1, Item Author 2"));
  }

  @Test
  void unknownExtensionsAreIgnored() throws Exception {
    FeedSnapshot snapshot = rsparser("jsonfeed-extension.json", "https://example.org/feed.json");
    assertThat(snapshot.updates()).hasSize(3);
    assertThat(snapshot.problems()).isEmpty();
  }

  @Test
  void truncatedAllThisIsAnErrorWithItsLocation() {
    byte[] body = resource(RSPARSER + "allthis-partial.json");
    assertThatThrownBy(() -> parser.parse(body, at("http://leancrew.com/all-this/feed.json")))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("not valid JSON")
        .hasMessageEndingWith(
            "Unterminated string at line 2 column 1 path $.items[2].content_html");
  }

  @Test
  void scriptingNewsRssInJsonIsNotAJsonFeed() {
    byte[] body = resource(RSPARSER + "ScriptingNews.json");
    assertThatThrownBy(() -> parser.parse(body, at("http://scripting.com/rss.json")))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("not a JSON Feed");
  }

  @Test
  void feedparserExampleHasTitleTwoEntriesAndLosesItsScript() throws Exception {
    FeedSnapshot snapshot =
        parser.parse(
            resource("/fixtures/feedparser/tests/json/example.json"),
            at("https://example.org/feed.json"));

    assertThat(snapshot.title()).isEqualTo("My Example Feed");
    assertThat(snapshot.updates()).hasSize(2);
    assertThat(snapshot.updates().get(0).headline()).isEqualTo("post 2");
    assertThat(snapshot.updates().get(0).author()).isEqualTo("me");
    assertThat(snapshot.updates().get(1).author()).isEqualTo("you");
    assertThat(snapshot.updates().get(1).html()).isEqualTo("<p>Hello, world!</p>");
  }
}

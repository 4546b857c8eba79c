package org.wirewatch.format.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewatch.format.TestContexts.at;
import static org.wirewatch.format.TestContexts.resource;

import java.net.URI;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.LiveUpdate;

/** Atom elements inside RSS, Dublin Core and iTunes fallbacks, xml:base and category labels. */
class FeedExtensionsTest {
  private static final String DIR = "/format/feed/";

  @Test
  void atomElementsInsideAnRssItemGiveItsLinkEditTimeAndCredit() throws Exception {
    LiveUpdate u =
        RssAtomParser.forRss()
            .parse(
                resource(DIR + "rss-with-atom-dc-and-itunes-elements.xml"),
                at("https://feeds.example.net/radio.rss"))
            .updates()
            .get(0);
    assertThat(u.permalink())
        .as("atom:link resolved against the channel's xml:base")
        .isEqualTo(URI.create("https://radio.example.in/news/bulletins/2025-08-07-morning"));
    assertThat(u.updated()).isEqualTo(OffsetDateTime.parse("2025-08-07T07:20:00+05:30"));
    assertThat(u.author()).isEqualTo("Priya Raman");
    assertThat(u.tags()).containsExactly("Monsoon", "Parliament");
    assertThat(u.text()).isEqualTo("Heavy rain in Mumbai; Parliament adjourned again.");
  }

  @Test
  void atomCategoriesShowTheirLabelAndLinksResolveThroughNestedXmlBase() throws Exception {
    LiveUpdate u =
        RssAtomParser.forAtom()
            .parse(
                resource(DIR + "atom-category-labels-and-xml-base.xml"),
                at("https://feeds.example.net/wire.atom"))
            .updates()
            .get(0);
    assertThat(u.tags()).containsExactly("World news", "russia");
    assertThat(u.permalink())
        .isEqualTo(URI.create("https://wire.example.in/world/putin-trump-summit"));
    assertThat(u.text())
        .as("text content is never base64-decoded")
        .isEqualTo("Plain text that happens to be valid base64 abcd");
  }
}

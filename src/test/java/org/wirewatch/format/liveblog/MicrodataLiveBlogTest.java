package org.wirewatch.format.liveblog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wirewatch.format.TestContexts.at;
import static org.wirewatch.format.TestContexts.resource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.format.FeedFormat;
import org.wirewatch.format.FeedParseException;
import org.wirewatch.format.FeedParsers;
import org.wirewatch.format.FormatSniffer;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Priority;

/** LiveBlogPosting written as microdata or RDFa Lite instead of JSON-LD. */
class MicrodataLiveBlogTest {
  private static final String DIR = "/format/liveblog/";
  private static final String MICRODATA = DIR + "liveblog-page-microdata-monsoon-session.html";
  private static final String RDFA = DIR + "liveblog-page-rdfa-cricket-test.html";
  private static final String PAGE_URL = "https://news.example.in/india/monsoon-session-live";

  private final LiveBlogPostingParser parser = new LiveBlogPostingParser();

  private FeedSnapshot read(String resource, String url) throws FeedParseException {
    return parser.parse(resource(resource), at(url, "text/html; charset=utf-8"));
  }

  @Test
  void aMicrodataPageIsSniffedAsALiveBlog() {
    assertThat(new FormatSniffer().sniff(resource(MICRODATA), "text/html"))
        .contains(FeedFormat.LIVE_BLOG_POSTING);
    assertThat(new FormatSniffer().sniff(resource(RDFA), "text/html"))
        .contains(FeedFormat.LIVE_BLOG_POSTING);
  }

  @Test
  void everyMicrodataUpdateHasItsHeadlineTimeAndBody() throws Exception {
    FeedSnapshot snapshot = read(MICRODATA, PAGE_URL);

    assertThat(snapshot.title())
        .isEqualTo("Monsoon session live: Lok Sabha adjourned again amid opposition protest");
    assertThat(snapshot.updates())
        .extracting(LiveUpdate::published)
        .containsExactly(
            OffsetDateTime.parse("2025-08-07T18:15:00+05:30"),
            OffsetDateTime.parse("2025-08-07T17:52:00+05:30"),
            OffsetDateTime.parse("2025-08-07T17:30:00+05:30"));
    LiveUpdate first = snapshot.updates().get(0);
    assertThat(first.headline()).isEqualTo("Lok Sabha adjourned till Friday");
    assertThat(first.text())
        .contains("adjourned till 11 am on Friday")
        .contains("Speaker Om Birla urged members");
    assertThat(first.html())
        .as("the body keeps its paragraphs and its link, made absolute")
        .contains("<p>")
        .contains("href=\"https://news.example.in/india/sir-bihar\"");
    assertThat(first.author()).isEqualTo("PTI");
    assertThat(first.tags()).contains("Parliament", "Lok Sabha");
    assertThat(first.permalink())
        .isEqualTo(
            URI.create(
                "https://news.example.in/india/monsoon-session-live-2025-08-07#update-1815"));
  }

  @Test
  void itemrefModifiedDatesAndKeywordsAreFollowed() throws Exception {
    LiveUpdate second = read(MICRODATA, PAGE_URL).updates().get(1);
    assertThat(second.author()).as("the credit sits outside, named by itemref").isEqualTo("ANI");
    assertThat(second.updated()).isEqualTo(OffsetDateTime.parse("2025-08-07T18:01:00+05:30"));
    assertThat(second.priority()).isEqualTo(Priority.BREAKING);
    assertThat(second.text())
        .isEqualTo("The Rajya Sabha passed the Bills of Lading Bill by voice vote.");
  }

  @Test
  void anUpdateWithoutAHeadlineGetsOneFromItsBodyAndAStableId() throws Exception {
    LiveUpdate third = read(MICRODATA, PAGE_URL).updates().get(2);
    assertThat(third.headline()).startsWith("Opposition MPs staged a walkout");
    assertThat(third.id()).isEqualTo(read(MICRODATA, PAGE_URL).updates().get(2).id());
  }

  @Test
  void nestedItemsOutsideTheBlogAreNotUpdates() throws Exception {
    assertThat(read(MICRODATA, PAGE_URL).updates())
        .extracting(LiveUpdate::headline)
        .doesNotContain("Advertisement", "News Desk");
  }

  @Test
  void rdfaLiteUpdatesAreReadWithOrWithoutTheSchemaPrefix() throws Exception {
    FeedSnapshot snapshot = read(RDFA, "https://sport.example.in/live/ind-eng-5th-test-day-4");
    assertThat(snapshot.title()).isEqualTo("India v England, fifth Test, day 4: live");
    assertThat(snapshot.updates())
        .extracting(LiveUpdate::headline)
        .containsExactly(
            "Siraj takes the final wicket, India win by six runs",
            "England need seven, India two wickets");
    LiveUpdate win = snapshot.updates().get(0);
    assertThat(win.published()).isEqualTo(OffsetDateTime.parse("2025-08-04T11:41:00+01:00"));
    assertThat(win.author()).isEqualTo("Sports desk");
    assertThat(win.text()).contains("six-run win");
    assertThat(snapshot.updates().get(1).published())
        .isEqualTo(OffsetDateTime.parse("2025-08-04T11:20:00+01:00"));
  }

  @Test
  void aLiveBlogWithNoUpdatesSaysTheLayoutChangedInsteadOfAnEmptySuccess() {
    assertThatThrownBy(() -> read(DIR + "liveblog-page-microdata-without-updates.html", PAGE_URL))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("layout changed: 0 updates matched");
  }

  @Test
  void throughTheRegistryASniffedMicrodataPageYieldsItsUpdates() throws Exception {
    FeedSnapshot snapshot =
        FeedParsers.standard()
            .parse(resource(MICRODATA), at(PAGE_URL, "text/html; charset=utf-8"), null);
    assertThat(snapshot.updates()).hasSize(3);
  }

  @Test
  void itemrefCyclesAndDeepNestingDoNotHang() throws Exception {
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      deep.append("<div itemprop=\"x\" itemscope>");
    }
    String html =
        "<html><body><div itemscope itemtype=\"https://schema.org/LiveBlogPosting\""
            + " itemref=\"a\" id=\"b\">"
            + "<div id=\"a\" itemprop=\"liveBlogUpdate\" itemscope itemref=\"b\">"
            + "<span itemprop=\"headline\">Loop</span>"
            + "<time itemprop=\"datePublished\" datetime=\"2025-08-07T18:07:00+05:30\"></time>"
            + "</div>"
            + deep
            + "</div></body></html>";
    FeedSnapshot snapshot =
        parser.parse(html.getBytes(StandardCharsets.UTF_8), at(PAGE_URL, "text/html"));
    assertThat(snapshot.updates()).extracting(LiveUpdate::headline).contains("Loop");
    assertThat(List.copyOf(snapshot.updates())).hasSizeLessThan(3);
  }
}

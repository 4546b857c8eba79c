package org.wirewatch.format.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.wirewatch.format.FeedFormat;
import org.wirewatch.format.FeedParseException;
import org.wirewatch.format.PageSelectors;
import org.wirewatch.format.ParseContext;
import org.wirewatch.format.testing.Inertness;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.UpdateFlag;

class SelectorPageParserTest {
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  private static final URI PAGE =
      URI.create("https://www.rediff.com/news/live/putin-trump/20250807.htm");
  private final SelectorPageParser parser = new SelectorPageParser();

  private static ParseContext context(Instant fetchedAt, PageSelectors selectors) {
    return new ParseContext(
        SourceId.of("rediff"), PAGE, "text/html; charset=utf-8", KOLKATA, fetchedAt, selectors);
  }

  private FeedSnapshot seedPage() throws Exception {
    return parser.parse(
        resource("/pages/rediff-live-2025-08-07.html"),
        context(Instant.parse("2025-08-07T12:45:00Z"), PagePresets.rediffLive()));
  }

  @Test
  void theSeedItemIsPublishedAt1807IndiaTimeCreditedToAni() throws Exception {
    LiveUpdate u = seedPage().updates().get(0);
    assertThat(u.published()).isEqualTo(OffsetDateTime.parse("2025-08-07T18:07+05:30"));
    assertThat(u.headline()).isEqualTo("Putin-Trump summit likely next week: Kremlin envoy");
    assertThat(u.author()).isEqualTo("ANI");
    assertThat(u.text())
        .startsWith("Kirill A Dmitriev, Russian President's envoy")
        .endsWith("until Witkoff had reported back to US President Donald Trump.")
        .doesNotContain("ANI")
        .doesNotContain("--");
    assertThat(u.html())
        .contains("<img src=\"https://www.rediff.com/news/2025/aug/07dmitriev.jpg\" alt=\"image\">")
        .doesNotContain("-- ANI");
    assertThat(Inertness.problems(u.html())).isEmpty();
    assertThat(u.flags()).isEmpty();
    assertThat(u.id()).isEqualTo("id:lb_20250807180700");
  }

  @Test
  void everyItemOnTheSeedPageIsReadWithItsCredit() throws Exception {
    FeedSnapshot snap = seedPage();
    assertThat(snap.updates())
        .extracting(LiveUpdate::published)
        .containsExactly(
            OffsetDateTime.parse("2025-08-07T18:07+05:30"),
            OffsetDateTime.parse("2025-08-07T17:45+05:30"),
            OffsetDateTime.parse("2025-08-07T17:02+05:30"));
    assertThat(snap.updates())
        .extracting(LiveUpdate::author)
        .containsExactly("ANI", "PTI", "Reuters");
    LiveUpdate pti = snap.updates().get(1);
    assertThat(pti.text()).endsWith("moved to safer places.");
    LiveUpdate reuters = snap.updates().get(2);
    assertThat(reuters.html())
        .isEqualTo(
            "<p>Benchmark indices ended a volatile session higher on Thursday, led by gains in"
                + " banking shares, <a href=\"https://www.rediff.com/business/markets\""
                + " rel=\"noopener noreferrer nofollow\">traders said</a>.</p>");
    assertThat(snap.title()).startsWith("Putin-Trump summit");
  }

  @Test
  void withoutAPageDateTheFetchDateInTheSourceZoneCompletesTimesAndIsFlagged() throws Exception {
    PageSelectors noDate =
        new PageSelectors("div.lb_item", ".lb_time", ".lb_title", ".lb_content", null, null, null);
    // 19:00 in India on 7 August
    FeedSnapshot snap =
        parser.parse(
            resource("/pages/rediff-live-2025-08-07.html"),
            context(Instant.parse("2025-08-07T13:30:00Z"), noDate));
    assertThat(snap.updates().get(0).published())
        .isEqualTo(OffsetDateTime.parse("2025-08-07T18:07+05:30"));
    assertThat(snap.updates()).allMatch(u -> u.flags().contains(UpdateFlag.INFERRED_DATE));
  }

  @Test
  void justAfterMidnightTheNewestStampsBelongToYesterday() throws Exception {
    PageSelectors noDate = new PageSelectors("li", ".t", "h3", "p", null, null, null);
    String html =
        "<ul><li><span class=t>23:55</span><h3>late</h3><p>x</p></li>"
            + "<li><span class=t>23:40</span><h3>earlier</h3><p>y</p></li></ul>";
    // 00:10 in India on 8 August
    FeedSnapshot snap =
        parser.parse(
            html.getBytes(StandardCharsets.UTF_8),
            context(Instant.parse("2025-08-07T18:40:00Z"), noDate));
    assertThat(snap.updates())
        .extracting(LiveUpdate::published)
        .containsExactly(
            OffsetDateTime.parse("2025-08-07T23:55+05:30"),
            OffsetDateTime.parse("2025-08-07T23:40+05:30"));
  }

  @Test
  void aNewestFirstListCrossingMidnightMovesTheTopItemsToTheNextDay() throws Exception {
    String html =
        "<p class=d>Thu, 07 August 2025</p><ul>"
            + "<li><span class=t>00:05</span><h3>c</h3></li>"
            + "<li><span class=t>23:50</span><h3>b</h3></li>"
            + "<li><span class=t>23:20</span><h3>a</h3></li></ul>";
    FeedSnapshot snap =
        parser.parse(
            html.getBytes(StandardCharsets.UTF_8),
            context(
                Instant.parse("2025-08-07T19:00:00Z"),
                new PageSelectors("li", ".t", "h3", null, null, "p.d", null)));
    assertThat(snap.updates())
        .extracting(LiveUpdate::published)
        .containsExactly(
            OffsetDateTime.parse("2025-08-08T00:05+05:30"),
            OffsetDateTime.parse("2025-08-07T23:50+05:30"),
            OffsetDateTime.parse("2025-08-07T23:20+05:30"));
  }

  @Test
  void aHeaderAlreadyShowingTodayDatesTheNewestItemNotTheOldest() throws Exception {
    String html =
        "<p class=d>Fri, 08 August 2025</p><ul>"
            + "<li><span class=t>00:05</span><h3>c</h3></li>"
            + "<li><span class=t>23:50</span><h3>b</h3></li></ul>";
    // 00:20 in India on 8 August
    FeedSnapshot snap =
        parser.parse(
            html.getBytes(StandardCharsets.UTF_8),
            context(
                Instant.parse("2025-08-07T18:50:00Z"),
                new PageSelectors("li", ".t", "h3", null, null, "p.d", null)));
    assertThat(snap.updates())
        .extracting(LiveUpdate::published)
        .containsExactly(
            OffsetDateTime.parse("2025-08-08T00:05+05:30"),
            OffsetDateTime.parse("2025-08-07T23:50+05:30"));
    assertThat(snap.updates()).allMatch(u -> u.flags().isEmpty());
  }

  @Test
  void anOldestFirstListCrossingMidnightMovesTheBottomItemsToTheNextDay() throws Exception {
    String html =
        "<p class=d>Thu, 07 August 2025</p><ul>"
            + "<li><span class=t>23:20</span><h3>a</h3></li>"
            + "<li><span class=t>23:50</span><h3>b</h3></li>"
            + "<li><span class=t>00:05</span><h3>c</h3></li></ul>";
    FeedSnapshot snap =
        parser.parse(
            html.getBytes(StandardCharsets.UTF_8),
            context(
                Instant.parse("2025-08-07T19:00:00Z"),
                new PageSelectors("li", ".t", "h3", null, null, "p.d", null)));
    assertThat(snap.updates())
        .extracting(LiveUpdate::published)
        .containsExactly(
            OffsetDateTime.parse("2025-08-07T23:20+05:30"),
            OffsetDateTime.parse("2025-08-07T23:50+05:30"),
            OffsetDateTime.parse("2025-08-08T00:05+05:30"));
  }

  @Test
  void aCreditSelectorWinsOverTheTrailingCreditAndFullStampsAreReadAsThey() throws Exception {
    String html =
        "<article id=a1><time datetime=\"2025-08-07T12:37:00Z\">6:07 pm</time>"
            + "<h2>Headline</h2><div class=b>Body -- ANI</div><span class=by>Desk</span>"
            + "<a class=p href=\"/live/a1\">link</a></article>";
    FeedSnapshot snap =
        parser.parse(
            html.getBytes(StandardCharsets.UTF_8),
            context(
                Instant.parse("2025-08-07T13:00:00Z"),
                new PageSelectors("article", "time", "h2", ".b", ".by", null, "a.p")));
    LiveUpdate u = snap.updates().get(0);
    assertThat(u.published()).isEqualTo(OffsetDateTime.parse("2025-08-07T12:37Z"));
    assertThat(u.author()).isEqualTo("Desk");
    assertThat(u.text()).isEqualTo("Body -- ANI");
    assertThat(u.permalink()).hasToString("https://www.rediff.com/live/a1");
    assertThat(u.id()).isEqualTo("https://www.rediff.com/live/a1");
  }

  @Test
  void itemsWithoutTimeOrHeadlineAreFlaggedNotDropped() throws Exception {
    String html =
        "<div class=i><p>Only a body sentence that is long enough to be a headline. More.</p></div>";
    FeedSnapshot snap =
        parser.parse(
            html.getBytes(StandardCharsets.UTF_8),
            context(
                Instant.parse("2025-08-07T13:00:00Z"),
                new PageSelectors("div.i", ".t", "h2", "p", null, null, null)));
    LiveUpdate u = snap.updates().get(0);
    assertThat(u.flags())
        .containsExactlyInAnyOrder(UpdateFlag.MISSING_DATE, UpdateFlag.MISSING_HEADLINE);
    assertThat(u.headline())
        .isEqualTo("Only a body sentence that is long enough to be a headline.");
    assertThat(u.publishedInstant()).isEqualTo(Instant.parse("2025-08-07T13:00:00Z"));
  }

  @Test
  void configurationMistakesAreClearErrors() {
    Instant now = Instant.parse("2025-08-07T13:00:00Z");
    byte[] html = "<p>hello</p>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> parser.parse(html, context(now, null)))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("selectors");
    assertThatThrownBy(
            () ->
                parser.parse(
                    html,
                    context(
                        now, new PageSelectors("div.nothing", null, null, null, null, null, null))))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("div.nothing");
    assertThatThrownBy(
            () ->
                parser.parse(
                    html,
                    context(now, new PageSelectors("p", "[[bad", null, null, null, null, null))))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("time selector");
  }

  @Test
  void reportsHtmlSelectorsFormat() {
    assertThat(parser.format()).isEqualTo(FeedFormat.HTML_SELECTORS);
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = SelectorPageParserTest.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    }
  }
}

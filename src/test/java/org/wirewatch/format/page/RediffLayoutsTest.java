package org.wirewatch.format.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.wirewatch.format.FeedParseException;
import org.wirewatch.format.PageSelectors;
import org.wirewatch.format.ParseContext;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceId;

/**
 * The Rediff preset reads its site's other layouts too: the older live-updates page ("23:44
 * Headline" then its body, down one page) and a page that is one update only (the seed's own).
 */
class RediffLayoutsTest {
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  private static final URI SINGLE =
      URI.create(
          "https://m.rediff.com/news/commentary/2025/aug/07/"
              + "putintrump-summit-likely-next-week-kremlin-envoy/289f33d27553756edbaa15773325f6d4");
  private static final URI OLDER = URI.create("https://live.example.in/news/monsoon-day-12.htm");
  private final SelectorPageParser parser = new SelectorPageParser();

  private FeedSnapshot read(String page, URI url, Instant fetchedAt, PageSelectors selectors)
      throws FeedParseException {
    return parser.parse(
        resource(page),
        new ParseContext(
            SourceId.of("rediff"), url, "text/html; charset=utf-8", KOLKATA, fetchedAt, selectors));
  }

  private static byte[] resource(String path) {
    try (InputStream in = RediffLayoutsTest.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theOlderLayoutYieldsEachStampedHeadlineWithItsBodyAndCredit() throws Exception {
    FeedSnapshot s =
        read(
            "/pages/rediff-older-live-updates-layout.html",
            OLDER,
            Instant.parse("2025-08-07T18:30:00Z"),
            PagePresets.rediffLive());
    assertThat(s.updates())
        .extracting(LiveUpdate::headline)
        .containsExactly(
            "Rajya Sabha adjourned for the day",
            "Lok Sabha passes the merchant shipping bill",
            "INDIA bloc leaders to meet at Kharge's residence");
    assertThat(s.updates())
        .extracting(LiveUpdate::published)
        .containsExactly(
            OffsetDateTime.parse("2025-08-07T23:44+05:30"),
            OffsetDateTime.parse("2025-08-07T23:10+05:30"),
            OffsetDateTime.parse("2025-08-07T22:52+05:30"));
    LiveUpdate bill = s.updates().get(1);
    assertThat(bill.author()).isEqualTo("ANI");
    assertThat(bill.text())
        .contains("passed by a voice vote")
        .contains("walked out before the vote")
        .doesNotContain("-- ANI")
        .doesNotContain("TOP STORIES");
    assertThat(bill.html()).contains("href=\"https://live.example.in/news/sir-bihar\"");
    assertThat(s.updates().get(0).author()).isEqualTo("PTI");
    assertThat(s.updates().get(2).author()).isNull();
    assertThat(s.updates()).allSatisfy(u -> assertThat(u.permalink()).isNull());
    assertThat(s.updates()).extracting(LiveUpdate::id).doesNotHaveDuplicates();
  }

  @Test
  void aOneUpdatePageIsThatUpdateAtItsTimeWithItsCreditAndItsOwnAddress() throws Exception {
    FeedSnapshot s =
        read(
            "/pages/rediff-single-update-page.html",
            SINGLE,
            Instant.parse("2025-08-07T13:00:00Z"),
            PagePresets.rediffLive());
    LiveUpdate u = s.updates().get(0);
    assertThat(s.updates()).hasSize(1);
    assertThat(u.headline()).isEqualTo("Putin-Trump summit likely next week: Kremlin envoy");
    assertThat(u.published()).isEqualTo(OffsetDateTime.parse("2025-08-07T18:07+05:30"));
    assertThat(u.author()).isEqualTo("ANI");
    assertThat(u.text())
        .startsWith("Kirill A Dmitriev")
        .endsWith("reported back to US President Donald Trump.")
        .doesNotContain("TOP STORIES")
        .doesNotContain("Share:");
    assertThat(u.permalink()).isEqualTo(SINGLE);
  }

  @Test
  void otherSelectorsThatMatchNothingSayTheLayoutChanged() {
    PageSelectors custom = new PageSelectors("article.update", ".t", "h3", ".b", null, null, null);
    assertThatThrownBy(
            () ->
                read(
                    "/pages/rediff-older-live-updates-layout.html",
                    OLDER,
                    Instant.parse("2025-08-07T18:30:00Z"),
                    custom))
        .isInstanceOf(FeedParseException.class)
        .hasMessageStartingWith("the page's layout changed: 0 updates matched");
  }

  @Test
  void aPageWithNeitherLayoutStillFailsClearly() {
    byte[] html =
        "<html><body><h1>Nothing live here</h1><p>Just an article.</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () ->
                parser.parse(
                    html,
                    new ParseContext(
                        SourceId.of("rediff"),
                        OLDER,
                        "text/html",
                        KOLKATA,
                        Instant.parse("2025-08-07T18:30:00Z"),
                        PagePresets.rediffLive())))
        .hasMessageContaining("layout changed");
  }
}

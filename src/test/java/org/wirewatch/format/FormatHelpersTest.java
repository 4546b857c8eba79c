package org.wirewatch.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewatch.format.TestContexts.FETCHED_AT;
import static org.wirewatch.format.TestContexts.at;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.wirewatch.format.time.DateTimeParser;
import org.wirewatch.model.UpdateFlag;

class FormatHelpersTest {
  private static final URI BASE = URI.create("https://news.example.in/live/world/feed.json");

  @Test
  void linksResolveRelativeAndKeepOnlyHttp() {
    assertThat(Links.httpLink("../story.html", BASE))
        .contains(URI.create("https://news.example.in/live/story.html"));
    assertThat(Links.httpLink("HTTPS://Example.org/a b", null))
        .contains(URI.create("HTTPS://Example.org/a%20b"));
    assertThat(Links.httpLink("javascript:alert(1)", BASE)).isEmpty();
    assertThat(Links.httpLink("file:///etc/passwd", BASE)).isEmpty();
    assertThat(Links.httpLink("mailto:desk@example.org", BASE)).isEmpty();
    assertThat(Links.httpLink("relative.html", null)).isEmpty();
    assertThat(Links.httpLink("http://[broken", BASE)).isEmpty();
    assertThat(Links.httpLink("  ", BASE)).isEmpty();
  }

  @Test
  void derivedHeadlineCutsAtAWordNearEightyCharacters() {
    String text =
        "Heavy rain lashed Mumbai on Thursday evening,\n flooding low-lying areas and slowing"
            + " suburban trains.";
    String headline = Headlines.derive(text);

    assertThat(headline)
        .isEqualTo("Heavy rain lashed Mumbai on Thursday evening, flooding low-lying areas and…");
    assertThat(Headlines.derive("Short one.")).isEqualTo("Short one.");
    assertThat(Headlines.derive("x".repeat(200))).hasSize(81).endsWith("…");
    assertThat(Headlines.derive(null)).isEmpty();
    assertThat(
            Headlines.derive(
                "Heavy rain lashed Mumbai on Thursday. Trains were delayed by an hour or more."))
        .as("a short first sentence is the headline")
        .isEqualTo("Heavy rain lashed Mumbai on Thursday.");
  }

  @Test
  void itemDatedFarInTheFutureIsShownAtItsFetchTimeAndFlaggedButSmallSkewIsTolerated() {
    DateTimeParser dates = new DateTimeParser();
    ParseContext ctx = at(null); // fetched 18:30 in India
    ItemTimes skewed = ItemTimes.read("2025-08-07T18:35:00+05:30", null, ctx, dates);
    ItemTimes future = ItemTimes.read("2025-08-09T18:07:00+05:30", null, ctx, dates);

    assertThat(skewed.flags()).isEmpty();
    assertThat(skewed.published()).isEqualTo(OffsetDateTime.parse("2025-08-07T18:35:00+05:30"));
    assertThat(future.flags()).containsExactly(UpdateFlag.FUTURE_DATE);
    assertThat(future.published().toInstant()).isEqualTo(FETCHED_AT);
  }

  @Test
  void itemTimesFallBackToModifiedThenToTheFetchTimeWithAFlag() {
    DateTimeParser dates = new DateTimeParser();
    ParseContext ctx = at(null);

    ItemTimes both =
        ItemTimes.read("2025-08-07T18:07:00+05:30", "2025-08-07T18:20:00+05:30", ctx, dates);
    ItemTimes onlyModified = ItemTimes.read(null, "2025-08-07T18:20:00+05:30", ctx, dates);
    ItemTimes none = ItemTimes.read(null, null, ctx, dates);
    ItemTimes unreadable = ItemTimes.read("yesterday", "", ctx, dates);

    assertThat(both.published()).isEqualTo(OffsetDateTime.parse("2025-08-07T18:07:00+05:30"));
    assertThat(both.updated()).isEqualTo(OffsetDateTime.parse("2025-08-07T18:20:00+05:30"));
    assertThat(both.flags()).isEmpty();
    assertThat(onlyModified.published()).isEqualTo(onlyModified.updated());
    assertThat(onlyModified.flags()).isEmpty();
    assertThat(none.published()).isEqualTo(OffsetDateTime.parse("2025-08-07T18:30:00+05:30"));
    assertThat(none.published().toInstant()).isEqualTo(FETCHED_AT);
    assertThat(none.flags()).containsExactly(UpdateFlag.MISSING_DATE);
    assertThat(unreadable.flags()).containsExactly(UpdateFlag.UNREADABLE_DATE);
  }

  @Test
  void bodyTextHonoursBomThenHeaderThenJsonDefault() {
    byte[] latin1 = "{\"t\":\"Café\"}".getBytes(StandardCharsets.ISO_8859_1);
    byte[] utf16le = "{\"t\":\"Café\"}".getBytes(StandardCharsets.UTF_16LE);
    byte[] bomThenUtf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'};

    assertThat(BodyText.decodeJson(latin1, "application/json; charset=iso-8859-1"))
        .isEqualTo("{\"t\":\"Café\"}");
    assertThat(BodyText.decodeJson(utf16le, null)).isEqualTo("{\"t\":\"Café\"}");
    // A BOM cannot lie about the bytes after it; a header can.
    assertThat(BodyText.decodeJson(bomThenUtf8, "application/json; charset=utf-16")).isEqualTo("x");
    assertThat(
            BodyText.decodeJson("{}".getBytes(StandardCharsets.UTF_8), "text/json; charset=bogus"))
        .isEqualTo("{}");
    assertThat(BodyText.mediaType(" Application/Feed+JSON ; charset=utf-8"))
        .isEqualTo("application/feed+json");
  }

  @Test
  void jsonDocumentsRejectTrailingContentAndExcessiveNesting() {
    String deep = "[".repeat(JsonDocuments.NESTING_LIMIT + 5);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> JsonDocuments.read("{\"a\": 1} {\"b\": 2}", "the feed", false))
        .hasMessageContaining("unexpected content after the end")
        .hasMessageContaining("line 1 column");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> JsonDocuments.read(deep, "the feed", false))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("Nesting limit 200 reached at line 1 column 202")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
  }
}

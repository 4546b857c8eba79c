package org.wirewatch.format.liveblog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wirewatch.format.TestContexts.FETCHED_AT;
import static org.wirewatch.format.TestContexts.SOURCE;
import static org.wirewatch.format.TestContexts.at;
import static org.wirewatch.format.TestContexts.resource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wirewatch.format.FeedFormat;
import org.wirewatch.format.FeedParseException;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Priority;
import org.wirewatch.model.UpdateFlag;
import org.wirewatch.model.UpdateIds;

class LiveBlogPostingParserTest {
  private static final String DIR = "/format/liveblog/";
  private static final String RAW =
      DIR + "liveblog-raw-jsonld-kremlin-envoy-with-author-forms.jsonld";
  private static final String RAW_URL = "https://news.example.in/live/world-2025-08-07";

  private final LiveBlogPostingParser parser = new LiveBlogPostingParser();

  private FeedSnapshot raw() throws FeedParseException {
    return parser.parse(resource(RAW), at(RAW_URL, "application/ld+json"));
  }

  private static Map<String, LiveUpdate> byId(FeedSnapshot s) {
    return s.updates().stream().collect(Collectors.toMap(LiveUpdate::id, Function.identity()));
  }

  @Test
  void declaresLiveBlogPostingFormat() {
    assertThat(parser.format()).isEqualTo(FeedFormat.LIVE_BLOG_POSTING);
  }

  @Test
  void seedUpdateFromRawJsonLdKeepsIndiaTimeAndAniCredit() throws Exception {
    FeedSnapshot snapshot = raw();
    LiveUpdate seed = snapshot.updates().get(0);

    assertThat(snapshot.title())
        .isEqualTo("World news live: Putin-Trump summit, tariffs, Uttarkashi rescue");
    assertThat(seed.id()).isEqualTo("https://news.example.in/live/world-2025-08-07#update-1807");
    assertThat(seed.headline()).isEqualTo("Putin-Trump summit likely next week: Kremlin envoy");
    assertThat(seed.published()).isEqualTo(OffsetDateTime.parse("2025-08-07T18:07:00+05:30"));
    assertThat(seed.author()).isEqualTo("ANI");
    assertThat(seed.text()).startsWith("Kirill A Dmitriev, Russian President's envoy");
    assertThat(seed.html()).isNull();
    assertThat(seed.permalink())
        .isEqualTo(URI.create("https://news.example.in/live/world-2025-08-07#update-1807"));
    assertThat(seed.source()).isEqualTo(SOURCE);
    assertThat(seed.firstSeen()).isEqualTo(FETCHED_AT);
    assertThat(seed.flags()).isEmpty();
  }

  @Test
  void htmlInArticleBodyIsSanitizedAndTypeMayBeAnArray() throws Exception {
    LiveUpdate modi = byId(raw()).get("https://news.example.in/live/world-2025-08-07#update-1750");

    assertThat(modi.html())
        .contains("<strong>never</strong>")
        .contains("href=\"https://news.example.in/live/modi-speech\"")
        .doesNotContain("<script", "track()", "onclick");
    assertThat(modi.text())
        .isEqualTo(
            "Prime Minister Narendra Modi said India will never compromise the interests of its"
                + " farmers. Full speech");
    assertThat(modi.updated()).isEqualTo(OffsetDateTime.parse("2025-08-07T17:58:00+05:30"));
  }

  @Test
  void authorMayBeAnObjectAStringOrAnArrayOfEither() throws Exception {
    FeedSnapshot snapshot = raw();
    assertThat(snapshot.updates())
        .extracting(LiveUpdate::author)
        .containsExactly("ANI", "PTI, Staff Reporter", "Our Correspondent", null, null);
  }

  @Test
  void keywordsBecomeTagsAndBreakingSetsPriority() throws Exception {
    LiveUpdate modi = raw().updates().get(1);
    assertThat(modi.tags()).containsExactly("India", "breaking");
    assertThat(modi.priority()).isEqualTo(Priority.BREAKING);
    assertThat(raw().updates().get(0).priority()).isEqualTo(Priority.NORMAL);
  }

  @Test
  void updateWithoutIdUsesItsResolvedUrl() throws Exception {
    LiveUpdate rescue = raw().updates().get(2);
    assertThat(rescue.id()).isEqualTo("https://news.example.in/live/world-2025-08-07#update-1730");
    assertThat(rescue.permalink())
        .isEqualTo(URI.create("https://news.example.in/live/world-2025-08-07#update-1730"));
  }

  @Test
  void missingHeadlineIsDerivedAndMissingDateStandsInFlagged() throws Exception {
    Map<String, LiveUpdate> updates = byId(raw());
    LiveUpdate rain = updates.get("#update-1700");
    LiveUpdate markets = updates.get("#update-undated");

    assertThat(rain.flags()).containsExactly(UpdateFlag.MISSING_HEADLINE);
    assertThat(rain.headline()).startsWith("Heavy rain lashed Mumbai").endsWith("…");
    assertThat(markets.flags()).containsExactly(UpdateFlag.MISSING_DATE);
    assertThat(markets.published().toInstant()).isEqualTo(FETCHED_AT);
    assertThat(markets.published().getOffset().getTotalSeconds()).isEqualTo(19800);
  }

  @Test
  void nonObjectUpdateEntryIsReportedNotFatal() throws Exception {
    FeedSnapshot snapshot = raw();
    assertThat(snapshot.updates()).hasSize(5);
    assertThat(snapshot.problems())
        .singleElement()
        .asString()
        .contains("liveBlogUpdate[5] is not an object")
        .contains("skipped");
  }

  @Test
  void pageWithGraphResolvesReferencedUpdateAndCompletesLocalTimeWithTheZone() throws Exception {
    FeedSnapshot snapshot =
        parser.parse(
            resource(DIR + "liveblog-page-graph-ipl-final.html"),
            at("https://sport.example.in/ipl/final-live", "text/html; charset=utf-8"));

    assertThat(snapshot.title()).isEqualTo("IPL 2025 final live: scores and updates");
    assertThat(snapshot.updates()).hasSize(1);
    LiveUpdate wicket = snapshot.updates().get(0);
    assertThat(wicket.id()).isEqualTo("https://sport.example.in/ipl/final-live#post-3");
    assertThat(wicket.headline()).isEqualTo("Wicket! Opener caught at deep square leg");
    assertThat(wicket.published()).isEqualTo(OffsetDateTime.parse("2025-05-25T21:15:00+05:30"));
    assertThat(wicket.permalink())
        .isEqualTo(URI.create("https://sport.example.in/ipl/final-live#post-3"));
    assertThat(wicket.author()).isEqualTo("Cricket Desk");
    assertThat(snapshot.problems()).isEmpty();
  }

  @Test
  void brokenBlockIsReportedWhenAnotherBlockHasTheLiveBlog() throws Exception {
    FeedSnapshot snapshot =
        parser.parse(
            resource(DIR + "liveblog-page-two-blocks-one-broken-monsoon.html"),
            at("https://news.example.in/live/monsoon", "text/html"));

    assertThat(snapshot.updates())
        .extracting(LiveUpdate::id, LiveUpdate::author)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("monsoon-2025-08-07-1915", "PTI"),
            org.assertj.core.groups.Tuple.tuple("monsoon-2025-08-07-1900", "IANS"));
    assertThat(snapshot.problems())
        .singleElement()
        .asString()
        .startsWith("JSON-LD block 1 (line 6) is not valid JSON");
  }

  @Test
  void pageWithNoUsableLiveBlogSaysWhyBlockByBlock() {
    byte[] body = resource(DIR + "liveblog-page-only-broken-block.html");
    assertThatThrownBy(() -> parser.parse(body, at("https://example.org/live")))
        .isInstanceOf(FeedParseException.class)
        .hasMessageStartingWith("no usable LiveBlogPosting on this page (2 JSON-LD blocks): ")
        .hasMessageContaining("JSON-LD block 1 (line 4) is not valid JSON")
        .hasMessageContaining("Unterminated string at line 7 column")
        .hasMessageEndingWith("JSON-LD block 2 (line 8): no LiveBlogPosting");
  }

  @Test
  void pageWithoutJsonLdIsAnError() {
    byte[] body = "<html><body><p>hello</p></body></html>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> parser.parse(body, at("https://example.org/live")))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("no <script type=\"application/ld+json\"> block");
  }

  @Test
  void rawJsonWithoutLiveBlogAndMalformedRawJsonAreErrors() {
    byte[] article =
        "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\"}"
            .getBytes(StandardCharsets.UTF_8);
    byte[] broken =
        "{\"@type\": \"LiveBlogPosting\",\n \"headline\": }".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> parser.parse(article, at(RAW_URL)))
        .hasMessageStartingWith("no LiveBlogPosting in the JSON-LD document");
    assertThatThrownBy(() -> parser.parse(broken, at(RAW_URL)))
        .hasMessageStartingWith("the JSON-LD document is not valid JSON")
        .hasMessageContaining("Expected value at line 2 column 14 path $.headline");
  }

  @Test
  void singleObjectUpdateTopLevelArrayAndSchemaIriTypes() throws Exception {
    String json =
        "[{\"@type\": \"WebSite\", \"name\": \"x\"},"
            + " {\"@type\": \"http://schema.org/LiveBlogPosting\", \"headline\": \"Blog\","
            + "  \"liveBlogUpdate\": {\"headline\": \"Only one\", \"articleBody\": \"Body &amp; more\","
            + "  \"datePublished\": \"2025-08-07T10:00:00Z\"}}]";
    FeedSnapshot snapshot = parser.parse(json.getBytes(StandardCharsets.UTF_8), at(null));

    LiveUpdate only = snapshot.updates().get(0);
    assertThat(snapshot.updates()).hasSize(1);
    assertThat(only.headline()).isEqualTo("Only one");
    assertThat(only.text()).isEqualTo("Body & more");
    assertThat(only.id())
        .isEqualTo(
            UpdateIds.derived(
                OffsetDateTime.parse("2025-08-07T10:00:00Z").toInstant(), "Only one"));
  }

  @Test
  void repeatedBlogAcrossBlocksGivesEachUpdateOnce() throws Exception {
    String block =
        "<script type=\"application/ld+json\">{\"@type\": \"LiveBlogPosting\", \"liveBlogUpdate\":"
            + " [{\"@id\": \"u1\", \"headline\": \"Same\", \"datePublished\": \"2025-08-07T10:00:00Z\"}]}"
            + "</script>";
    String page = "<html><head>" + block + block + "</head><body></body></html>";
    // Repeats are settled in the shared step every format goes through.
    FeedSnapshot snapshot =
        org.wirewatch.format.DuplicateIds.resolve(
            parser.parse(page.getBytes(StandardCharsets.UTF_8), at(null)));

    assertThat(snapshot.updates()).extracting(LiveUpdate::id).containsExactly("u1");
    assertThat(snapshot.problems()).isEmpty();
  }

  @Test
  void windows1252PageWithoutCharsetHeaderIsDecodedFromItsMetaTag() throws Exception {
    String page =
        "<html><head><meta charset=\"windows-1252\"><script type=\"application/ld+json\">"
            + "{\"@type\": \"LiveBlogPosting\", \"liveBlogUpdate\": [{\"@id\": \"c\","
            + " \"headline\": \"Café reopens\", \"datePublished\": \"2025-08-07T10:00:00Z\"}]}"
            + "</script></head></html>";
    FeedSnapshot snapshot =
        parser.parse(page.getBytes(java.nio.charset.Charset.forName("windows-1252")), at(null));
    assertThat(snapshot.updates().get(0).headline()).isEqualTo("Café reopens");
  }
}

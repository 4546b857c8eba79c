package org.wirewatch.format.jsonfeed;

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
import org.wirewatch.model.Origin;
import org.wirewatch.model.Priority;
import org.wirewatch.model.UpdateFlag;
import org.wirewatch.model.UpdateIds;

class JsonFeedParserTest {
  private static final String LIVE_FEED =
      "/format/jsonfeed/jsonfeed-1.1-kremlin-envoy-live-with-breaking-pinned-and-deleted.json";
  private static final String LEGACY_FEED =
      "/format/jsonfeed/jsonfeed-1.0-legacy-author-relative-and-unsafe-links.json";
  private static final String SLOPPY_FEED =
      "/format/jsonfeed/jsonfeed-1.1-items-missing-date-unreadable-date-missing-title-and-not-objects.json";
  private static final String FEED_URL = "https://news.example.in/live/world/feed.json";

  private final JsonFeedParser parser = new JsonFeedParser();

  private FeedSnapshot parse(String resource, String url) throws FeedParseException {
    return parser.parse(resource(resource), at(url));
  }

  private static Map<String, LiveUpdate> byId(FeedSnapshot snapshot) {
    return snapshot.updates().stream()
        .collect(Collectors.toMap(LiveUpdate::id, Function.identity()));
  }

  @Test
  void declaresJsonFeedFormat() {
    assertThat(parser.format()).isEqualTo(FeedFormat.JSON_FEED);
  }

  @Test
  void seedItemKeepsIndiaOffsetHeadlineAndAniCredit() throws Exception {
    FeedSnapshot snapshot = parse(LIVE_FEED, FEED_URL);
    LiveUpdate seed = snapshot.updates().get(0);

    assertThat(seed.id()).isEqualTo("live-20250807-1807");
    assertThat(seed.published()).isEqualTo(OffsetDateTime.parse("2025-08-07T18:07:00+05:30"));
    assertThat(seed.published().getOffset().getTotalSeconds()).isEqualTo(5 * 3600 + 1800);
    assertThat(seed.headline()).isEqualTo("Putin-Trump summit likely next week: Kremlin envoy");
    assertThat(seed.author()).isEqualTo("ANI");
    assertThat(seed.source()).isEqualTo(SOURCE);
    assertThat(seed.firstSeen()).isEqualTo(FETCHED_AT);
    assertThat(seed.flags()).isEmpty();
    assertThat(seed.tags()).containsExactly("Russia", "US", "Diplomacy");
    assertThat(seed.priority()).isEqualTo(Priority.NORMAL);
  }

  @Test
  void relativeItemUrlResolvesAgainstTheFeedUrl() throws Exception {
    LiveUpdate seed = parse(LIVE_FEED, FEED_URL).updates().get(0);
    assertThat(seed.permalink())
        .isEqualTo(URI.create("https://news.example.in/live/world#update-1807"));
  }

  @Test
  void contentHtmlIsSanitizedAndItsTextDerived() throws Exception {
    LiveUpdate seed = parse(LIVE_FEED, FEED_URL).updates().get(0);

    assertThat(seed.html())
        .contains("Kirill A Dmitriev")
        .doesNotContain("<script", "alert(", "onclick", "javascript:")
        .contains("href=\"https://news.example.in/live/world/dmitriev\"");
    assertThat(seed.text())
        .startsWith("Kirill A Dmitriev, Russian President's envoy")
        .contains("Taking to social media platform X")
        .doesNotContain("<p>", "alert");
  }

  @Test
  void severalAuthorsAreJoinedWithCommas() throws Exception {
    LiveUpdate modi = byId(parse(LIVE_FEED, FEED_URL)).get("live-20250807-1750");
    assertThat(modi.author()).isEqualTo("PTI, Staff Reporter");
    assertThat(modi.updated()).isEqualTo(OffsetDateTime.parse("2025-08-07T17:58:00+05:30"));
    assertThat(modi.html()).isNull();
    assertThat(modi.text()).startsWith("Prime Minister Narendra Modi");
  }

  @Test
  void itemWithoutAuthorsTakesTheFeedAuthors() throws Exception {
    LiveUpdate rescue = byId(parse(LIVE_FEED, FEED_URL)).get("live-20250807-1730");
    assertThat(rescue.author()).isEqualTo("Newsdesk");
  }

  @Test
  void breakingTagAndWirewatchExtensionSetPriority() throws Exception {
    Map<String, LiveUpdate> updates = byId(parse(LIVE_FEED, FEED_URL));
    assertThat(updates.get("live-20250807-1750").priority()).isEqualTo(Priority.BREAKING);
    assertThat(updates.get("live-20250807-1730").priority()).isEqualTo(Priority.BREAKING);
    assertThat(updates.get("live-20250807-0900").priority()).isEqualTo(Priority.PINNED);
  }

  @Test
  void deletedMarkerWithdrawsItsIdInsteadOfBecomingAnUpdate() throws Exception {
    FeedSnapshot snapshot = parse(LIVE_FEED, FEED_URL);
    assertThat(snapshot.deletedIds()).containsExactly("live-20250807-1715");
    assertThat(snapshot.updates()).extracting(LiveUpdate::id).doesNotContain("live-20250807-1715");
    assertThat(snapshot.updates()).hasSize(4);
    assertThat(snapshot.title()).isEqualTo("Live: world news as it happens");
    assertThat(snapshot.problems()).isEmpty();
  }

  @Test
  void jsonFeed10LegacyAuthorNumericIdAndRelativeUrl() throws Exception {
    FeedSnapshot snapshot = parse(LEGACY_FEED, "https://wire.example.com/desk/feed.json");
    LiveUpdate markets = snapshot.updates().get(0);

    assertThat(markets.id()).isEqualTo("4711");
    assertThat(markets.author()).isEqualTo("Reuters");
    assertThat(markets.permalink())
        .isEqualTo(URI.create("https://wire.example.com/desk/stories/4711.html"));
  }

  @Test
  void feedUrlInTheDocumentIsTheBaseWhenTheContextHasNone() throws Exception {
    LiveUpdate markets = parse(LEGACY_FEED, null).updates().get(0);
    assertThat(markets.permalink())
        .isEqualTo(URI.create("https://wire.example.com/desk/stories/4711.html"));
  }

  @Test
  void nonHttpPermalinkIsDroppedAndSummaryIsTheFallbackText() throws Exception {
    LiveUpdate rupee =
        parse(LEGACY_FEED, "https://wire.example.com/desk/feed.json").updates().get(1);

    assertThat(rupee.permalink()).isNull();
    assertThat(rupee.id()).isEqualTo("4712");
    assertThat(rupee.text()).isEqualTo("The rupee held steady against the dollar.");
    assertThat(rupee.author()).isEqualTo("Wire Desk");
  }

  @Test
  void missingDateFallsBackToFetchTimeInTheSourceZoneAndIsFlagged() throws Exception {
    LiveUpdate noDate = byId(parse(SLOPPY_FEED, FEED_URL)).get("no-date");

    assertThat(noDate.published()).isEqualTo(OffsetDateTime.parse("2025-08-07T18:30:00+05:30"));
    assertThat(noDate.published().toInstant()).isEqualTo(FETCHED_AT);
    assertThat(noDate.flags()).containsExactly(UpdateFlag.MISSING_DATE);
    assertThat(noDate.dateStandsIn()).isTrue();
  }

  @Test
  void unreadableDateFallsBackToFetchTimeAndIsFlagged() throws Exception {
    LiveUpdate badDate = byId(parse(SLOPPY_FEED, FEED_URL)).get("bad-date");

    assertThat(badDate.published().toInstant()).isEqualTo(FETCHED_AT);
    assertThat(badDate.flags()).containsExactly(UpdateFlag.UNREADABLE_DATE);
  }

  @Test
  void missingTitleIsDerivedFromTheTextAndFlagged() throws Exception {
    LiveUpdate noTitle = byId(parse(SLOPPY_FEED, FEED_URL)).get("no-title");

    assertThat(noTitle.flags()).containsExactly(UpdateFlag.MISSING_HEADLINE);
    assertThat(noTitle.headline())
        .startsWith("Heavy rain lashed Mumbai on Thursday evening")
        .endsWith("…")
        .hasSizeLessThanOrEqualTo(81);
  }

  @Test
  void nonObjectItemsAreReportedNotFatal() throws Exception {
    FeedSnapshot snapshot = parse(SLOPPY_FEED, FEED_URL);

    assertThat(snapshot.updates()).hasSize(5);
    assertThat(snapshot.problems())
        .containsExactly(
            "item $.items[3] is a number, not an object; skipped",
            "item $.items[4] is a string, not an object; skipped");
  }

  @Test
  void itemWithNoIdUrlOrDateGetsAStableDerivedId() throws Exception {
    LiveUpdate anonymous = parse(SLOPPY_FEED, FEED_URL).updates().get(3);
    String expected =
        UpdateIds.derived(null, "An item with neither id nor url nor title nor date.");

    assertThat(anonymous.id()).isEqualTo(expected);
    assertThat(parse(SLOPPY_FEED, FEED_URL).updates().get(3).id()).isEqualTo(expected);
    assertThat(anonymous.flags())
        .containsExactlyInAnyOrder(UpdateFlag.MISSING_DATE, UpdateFlag.MISSING_HEADLINE);
  }

  @Test
  void oddlyTypedFieldsAreReadWhereTheyMakeSenseAndFlaggedWhereNot() throws Exception {
    LiveUpdate odd = byId(parse(SLOPPY_FEED, FEED_URL)).get("odd-types");

    assertThat(odd.flags()).containsExactly(UpdateFlag.MISSING_HEADLINE);
    assertThat(odd.headline()).isEqualTo("Tags given as one string, author as a bare name.");
    assertThat(odd.tags()).containsExactly("breaking");
    assertThat(odd.priority()).isEqualTo(Priority.BREAKING);
    assertThat(odd.author()).isEqualTo("AFP");
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    byte[] body = resource("/format/jsonfeed/jsonfeed-malformed-truncated-mid-string.json");

    assertThatThrownBy(() -> parser.parse(body, at(FEED_URL)))
        .isInstanceOf(FeedParseException.class)
        .hasMessageStartingWith("the JSON Feed is not valid JSON: ")
        .hasMessageContaining("Unterminated string at line 8 column 1")
        .hasMessageContaining("path $.items[0].title")
        .hasMessageNotContaining("Troubleshooting");
  }

  @Test
  void garbageIsNotJson() {
    byte[] body = "garbage".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> parser.parse(body, at(FEED_URL)))
        .isInstanceOf(FeedParseException.class)
        .hasMessage("the JSON Feed is not valid JSON: malformed JSON at line 1 column 1 path $");
  }

  @Test
  void aFeedWithAShortOrMissingVersionIsReadAndFlagged() throws Exception {
    for (String version : new String[] {"\"version\": \"1.1\",", "\"version\": \"1.0\",", ""}) {
      byte[] body =
          ("{"
                  + version
                  + "\"title\": \"Wire live\", \"items\": [{\"id\": \"u1807\","
                  + " \"title\": \"Putin-Trump summit likely next week\","
                  + " \"content_text\": \"A Kremlin envoy said so.\","
                  + " \"date_published\": \"2025-08-07T18:07:00+05:30\"}]}")
              .getBytes(StandardCharsets.UTF_8);
      FeedSnapshot snapshot = parser.parse(body, at(FEED_URL));
      assertThat(snapshot.updates())
          .singleElement()
          .satisfies(u -> assertThat(u.id()).isEqualTo("u1807"));
      assertThat(snapshot.problems()).singleElement().asString().contains("read it as JSON Feed");
      assertThat(new org.wirewatch.format.FormatSniffer().sniff(body, "application/json"))
          .as("sniffed as JSON Feed without the version URL")
          .contains(org.wirewatch.format.FeedFormat.JSON_FEED);
    }
  }

  @Test
  void jsonThatIsNotAJsonFeedSaysWhatIsMissing() {
    byte[] noVersion = "{\"items\": []}".getBytes(StandardCharsets.UTF_8);
    byte[] array = "[1, 2]".getBytes(StandardCharsets.UTF_8);
    byte[] otherVersion = "{\"version\": \"2.0\", \"items\": []}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> parser.parse(noVersion, at(FEED_URL)))
        .hasMessageContaining("not a JSON Feed")
        .hasMessageContaining("$.version");
    assertThatThrownBy(() -> parser.parse(array, at(FEED_URL)))
        .hasMessage("not a JSON Feed: the document is an array, not an object");
    assertThatThrownBy(() -> parser.parse(otherVersion, at(FEED_URL)))
        .hasMessageContaining("$.version is \"2.0\"");
  }

  @Test
  void itemsThatAreNotAnArrayAreAnError() {
    byte[] body =
        "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": {\"id\": \"1\"}}"
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> parser.parse(body, at(FEED_URL)))
        .isInstanceOf(FeedParseException.class)
        .hasMessage("not a JSON Feed: \"items\" at $.items is an object, not an array");
  }

  @Test
  void feedWithoutItemsIsEmptyAndSaysSo() throws Exception {
    byte[] body =
        "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Quiet\"}"
            .getBytes(StandardCharsets.UTF_8);
    FeedSnapshot snapshot = parser.parse(body, at(FEED_URL));
    assertThat(snapshot.updates()).isEmpty();
    assertThat(snapshot.problems()).containsExactly("the feed has no \"items\" array");
  }

  @Test
  void repeatedIdWithoutModifiedTimesKeepsTheFirstAndReportsIt() throws Exception {
    String json =
        "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": ["
            + "{\"id\": \"a\", \"title\": \"first\", \"date_published\": \"2025-08-07T10:00:00Z\"},"
            + "{\"id\": \"a\", \"title\": \"second\", \"date_published\": \"2025-08-07T11:00:00Z\"}]}";
    // Repeats are settled in the shared step every format goes through.
    FeedSnapshot snapshot =
        org.wirewatch.format.DuplicateIds.resolve(
            parser.parse(json.getBytes(StandardCharsets.UTF_8), at(FEED_URL)));
    assertThat(snapshot.updates()).extracting(LiveUpdate::headline).containsExactly("first");
    assertThat(snapshot.problems())
        .containsExactly("2 different items share the id \"a\"; kept the first");
  }

  @Test
  void unknownWirewatchPriorityIsReportedAndIgnored() throws Exception {
    String json =
        "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": ["
            + "{\"id\": \"a\", \"title\": \"t\", \"_wirewatch\": {\"priority\": \"urgent\"}}]}";
    FeedSnapshot snapshot = parser.parse(json.getBytes(StandardCharsets.UTF_8), at(FEED_URL));
    assertThat(snapshot.updates().get(0).priority()).isEqualTo(Priority.NORMAL);
    assertThat(snapshot.problems()).singleElement().asString().contains("\"urgent\"");
  }

  @Test
  void aRelaysSourceNameAndIdBecomeTheUpdatesOrigin() throws Exception {
    String json =
        "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": ["
            + "{\"id\": \"rediff/1807\", \"title\": \"t\","
            + " \"_wirewatch\": {\"source\": \" Rediff\\n live \", \"source_id\": \"rediff\"}},"
            + "{\"id\": \"wire/w1\", \"title\": \"t\", \"_wirewatch\": {\"source_id\": \"wire\"}},"
            + "{\"id\": \"x\", \"title\": \"t\", \"_wirewatch\": {\"source\": \"Claims a name\"}},"
            + "{\"id\": \"y\", \"title\": \"t\", \"_wirewatch\": {\"source_id\": {\"no\": 1}}},"
            + "{\"id\": \"z\", \"title\": \"t\", \"_wirewatch\": {\"source_id\": \"long\","
            + " \"source\": \""
            + "N".repeat(5_000)
            + "\"}}]}";
    Map<String, LiveUpdate> items =
        byId(parser.parse(json.getBytes(StandardCharsets.UTF_8), at(FEED_URL)));
    assertThat(items.get("rediff/1807").origin()).isEqualTo(new Origin("rediff", "Rediff live"));
    assertThat(items.get("wire/w1").origin())
        .as("no name: the id stands in")
        .isEqualTo(new Origin("wire", "wire"));
    assertThat(items.get("x").origin()).as("a name without an id is no origin").isNull();
    assertThat(items.get("y").origin()).as("an id that is not text is no origin").isNull();
    assertThat(items.get("z").origin().name()).hasSize(120);
  }

  @Test
  void utf16WithByteOrderMarkAndLatin1FromContentTypeAreDecoded() throws Exception {
    String json =
        "{\"version\": \"https://jsonfeed.org/version/1\", \"items\": ["
            + "{\"id\": \"1\", \"title\": \"Café in Zürich — 18:07\"}]}";
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    byte[] utf16 = json.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[bom.length + utf16.length];
    System.arraycopy(bom, 0, withBom, 0, 2);
    System.arraycopy(utf16, 0, withBom, 2, utf16.length);
    String latin1Json = json.replace(" — ", " - ");

    assertThat(parser.parse(withBom, at(FEED_URL)).updates().get(0).headline())
        .isEqualTo("Café in Zürich — 18:07");
    assertThat(
            parser
                .parse(
                    latin1Json.getBytes(StandardCharsets.ISO_8859_1),
                    org.wirewatch.format.TestContexts.at(
                        FEED_URL, "application/feed+json; charset=ISO-8859-1"))
                .updates()
                .get(0)
                .headline())
        .isEqualTo("Café in Zürich - 18:07");
  }
}

package org.wirewatch.format.jsonfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wirewatch.format.TestContexts.FETCHED_AT;
import static org.wirewatch.format.TestContexts.at;
import static org.wirewatch.format.TestContexts.resource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewatch.format.FeedParseException;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.UpdateFlag;

/**
 * The JSON Feed documents from miniflux's parser tests, against the expectations extracted from
 * them ({@code expectations_parser_test.json}). Fields miniflux has and Wirewatch does not (icon,
 * language, enclosures, its own hash) are not checked.
 */
class MinifluxJsonFeedConformanceTest {
  private static final String DIR = "/fixtures/miniflux/_extracted/internal/reader/json/";

  /**
   * Where Wirewatch deliberately differs: a body of {@code null} is a broken source, so it is an
   * error rather than miniflux's empty feed.
   */
  private static final Map<String, String> DEVIATIONS =
      Map.of("TestParseNullJSONFeed", "a null document is an error, not an empty feed");

  private final JsonFeedParser parser = new JsonFeedParser();

  static Stream<Arguments> expectations() {
    JsonObject tests =
        JsonParser.parseString(
                new String(resource(DIR + "expectations_parser_test.json"), StandardCharsets.UTF_8))
            .getAsJsonObject()
            .getAsJsonObject("tests");
    List<Arguments> all = new ArrayList<>();
    tests
        .entrySet()
        .forEach(
            e -> {
              JsonObject t = e.getValue().getAsJsonObject();
              boolean mustFail = t.get("expect").toString().contains("must return an error");
              all.add(Arguments.of(e.getKey(), t.get("base_url").getAsString(), mustFail));
            });
    return all.stream();
  }

  private FeedSnapshot parse(String test, String baseUrl) throws FeedParseException {
    return parser.parse(resource(DIR + test + ".json"), at(baseUrl));
  }

  private LiveUpdate only(String test) throws FeedParseException {
    FeedSnapshot snapshot = parse(test, "https://example.org/feed.json");
    assertThat(snapshot.updates()).hasSize(1);
    return snapshot.updates().get(0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectations")
  void succeedsOrFailsAsMinifluxExpects(String test, String baseUrl, boolean mustFail) {
    if (mustFail || DEVIATIONS.containsKey(test)) {
      assertThatThrownBy(() -> parse(test, baseUrl)).isInstanceOf(FeedParseException.class);
    } else {
      assertThatCode(() -> parse(test, baseUrl)).doesNotThrowAnyException();
    }
  }

  @Test
  void version1FeedHasTwoEntriesWithUrlsTitlesAndContent() throws Exception {
    FeedSnapshot snapshot = parse("TestParseJsonFeedVersion1", "https://example.org/feed.json");

    assertThat(snapshot.title()).isEqualTo("My Example Feed");
    assertThat(snapshot.updates()).hasSize(2);
    LiveUpdate second = snapshot.updates().get(0);
    LiveUpdate hello = snapshot.updates().get(1);
    assertThat(second.permalink()).isEqualTo(URI.create("https://example.org/second-item"));
    assertThat(second.headline()).isEqualTo("This is a second item.");
    assertThat(second.text()).isEqualTo("This is a second item.");
    assertThat(hello.permalink()).isEqualTo(URI.create("https://example.org/initial-post"));
    assertThat(hello.headline()).isEqualTo("Hello, world!");
    assertThat(hello.html()).isEqualTo("<p>Hello, world!</p>");
  }

  @Test
  void podcastEntryHasItsUrlTitleContentAndDate() throws Exception {
    FeedSnapshot snapshot = parse("TestParsePodcast", "http://therecord.co/feed.json");
    LiveUpdate entry = snapshot.updates().get(0);

    assertThat(snapshot.title()).isEqualTo("The Record");
    assertThat(snapshot.updates()).hasSize(1);
    assertThat(entry.permalink()).isEqualTo(URI.create("http://therecord.co/chris-parrish"));
    assertThat(entry.headline()).isEqualTo("Special #1 - Chris Parrish");
    assertThat(entry.html())
        .startsWith("Chris has worked at <a href=\"http://adobe.com/\"")
        .contains(">Adobe</a>")
        .endsWith("a quick ferry ride from Seattle.");
    assertThat(entry.published()).isEqualTo(OffsetDateTime.parse("2014-05-09T14:04:00-07:00"));
  }

  @Test
  void invalidDateIsFlaggedAndStandsInAtFetchTime() throws Exception {
    LiveUpdate entry = only("TestParseItemWithInvalidDate");
    assertThat(entry.flags()).contains(UpdateFlag.UNREADABLE_DATE);
    assertThat(entry.published().toInstant()).isEqualTo(FETCHED_AT);
  }

  @Test
  void itemUrlsResolveAgainstTheFeedUrl() throws Exception {
    assertThat(only("TestParseItemWithRelativeURL").permalink())
        .isEqualTo(URI.create("https://example.org/something.html"));
    assertThat(only("TestParseItemWithExternalURLAndNoURL").permalink())
        .isEqualTo(URI.create("https://example.org/some_page.html"));
    assertThat(only("TestParseItemWithExternalURLAndURL").permalink())
        .isEqualTo(URI.create("https://example.org/article"));
  }

  @Test
  void authorsFromLegacyFieldAndAuthorsObject() throws Exception {
    assertThat(only("TestParseItemWithLegacyAuthorField").author()).isEqualTo("Brent Simmons");
    assertThat(only("TestParseItemWithAuthorsObject").author()).isEqualTo("Example Author");
    // miniflux sorts the names ("Author A, Author B"); Wirewatch keeps the publisher's order.
    assertThat(only("TestParseItemWithMultipleDuplicateAuthors").author())
        .isEqualTo("Author B, Author A");
  }

  @Test
  void missingTitleFallsBackToTextHtmlSummaryThenUrlAndIsFlagged() throws Exception {
    assertThat(only("TestParseItemWithMissingTitleUsesContentTextFallback").headline())
        .isEqualTo("Content text title");
    assertThat(only("TestParseItemWithMissingTitleUsesHTMLFallback").headline())
        .isEqualTo("HTML title");
    assertThat(only("TestParseItemWithMissingTitleUsesSummaryFallback").headline())
        .isEqualTo("Summary title");
    assertThat(only("TestParseItemWithMissingTitleUsesURLFallback").headline())
        .isEqualTo("https://example.org/item");
    assertThat(only("TestParseItemWithMissingTitleUsesURLFallback").flags())
        .contains(UpdateFlag.MISSING_HEADLINE);
  }

  @Test
  void titlesKeepMarkupCharactersAndLongUnicode() throws Exception {
    assertThat(only("TestParseItemTitleWithXMLTags").headline()).isEqualTo("</example>");
    String longTitle = only("TestParseItemWithTooLongUnicodeTitle").headline();
    assertThat(longTitle.codePointCount(0, longTitle.length())).isEqualTo(93);
    assertThat(longTitle.getBytes(StandardCharsets.UTF_8)).hasSize(110);
  }

  @Test
  void tagsAndPlainTextWithHtmlCharacters() throws Exception {
    // Trimmed and de-duplicated like miniflux, but in the publisher's order, not sorted.
    assertThat(only("TestParseItemTags").tags()).containsExactly("tag 1", "tag 2", "aaa");
    LiveUpdate plain = only("TestParseItemWithPlainTextContentContainingHTMLCharacters");
    assertThat(plain.text()).isEqualTo("Use <div> literally: a & b < c");
    assertThat(plain.html()).isNull();
  }

  @Test
  void itemIdPrefersIdThenUrl() throws Exception {
    assertThat(only("TestParseItemHashPrefersIDOverURL").id()).isEqualTo("id-value");
    assertThat(only("TestParseItemHashUsesURLWhenNoID").id())
        .isEqualTo("https://example.org/article");
  }
}

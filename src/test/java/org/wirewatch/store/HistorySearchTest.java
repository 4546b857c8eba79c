package org.wirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewatch.model.Updates.update;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceId;
import org.wirewatch.timeline.Timeline;

class HistorySearchTest {
  private static final Instant T0 = Instant.parse("2025-08-07T12:40:00Z");
  private static final SourceId REDIFF = SourceId.of("rediff");
  private static final SourceId WIRE = SourceId.of("wire");

  @TempDir Path dir;
  private HistoryStore store;

  @BeforeEach
  void fill() throws Exception {
    store =
        HistoryStore.openForWriting(dir, StoreSettings.defaults(Clock.fixed(T0, ZoneOffset.UTC)));
    Timeline timeline = new Timeline();
    SourceDirectory names =
        new SourceDirectory() {
          @Override
          public String name(SourceId source) {
            return source.equals(REDIFF) ? "Rediff live" : "Agency wire";
          }

          @Override
          public java.net.URI configuredUrl(SourceId source) {
            return null;
          }
        };
    timeline.subscribe(new HistoryWriter(store, names, s -> {}), Runnable::run);
    ingest(
        timeline,
        REDIFF,
        update()
            .id("1807")
            .published("2025-08-07T18:07:00+05:30")
            .headline("Putin-Trump summit likely next week: Kremlin envoy")
            .text("Kirill Dmitriev confirmed preparations are underway.")
            .build(),
        update()
            .id("1432")
            .published("2025-08-07T14:32:00+05:30")
            .headline("Zelenskyy to speak with European leaders")
            .text("A call is planned for the evening.")
            .build(),
        update()
            .id("1105")
            .published("2025-08-06T11:05:00+05:30")
            .headline("Café owners in Mumbai protest new tariff")
            .text("Traders gathered at Azad Maidan.")
            .build());
    ingest(
        timeline,
        WIRE,
        update()
            .source("wire")
            .id("w1")
            .published("2025-08-07T18:30:00+05:30")
            .headline("Summit venue not yet chosen, officials say")
            .text("Both sides are weighing options.")
            .build());
  }

  private static void ingest(Timeline t, SourceId source, LiveUpdate... updates) {
    t.ingest(source, FeedSnapshot.of(List.of(updates)), T0);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private List<String> ids(HistoryQuery q) throws Exception {
    return store.search(q).stream().map(u -> u.entry().update().id()).toList();
  }

  private List<String> ids(String text) throws Exception {
    return ids(HistoryQuery.text(text));
  }

  @Test
  void wordsMatchInAnyColumnNewestFirst() throws Exception {
    assertThat(ids("summit")).containsExactly("w1", "1807");
    assertThat(ids("dmitriev")).containsExactly("1807"); // the body
    assertThat(ids("ANI")).contains("1807"); // the credit
    assertThat(ids("agency")).containsExactly("w1"); // the source's name
  }

  @Test
  void everyWordMustMatch() throws Exception {
    assertThat(ids("summit kremlin")).containsExactly("1807");
  }

  @Test
  void quotedPhraseMatchesOnlyInOrder() throws Exception {
    assertThat(ids("\"kremlin envoy\"")).containsExactly("1807");
    assertThat(ids("\"envoy kremlin\"")).isEmpty();
  }

  @Test
  void trailingStarSearchesByPrefix() throws Exception {
    assertThat(ids("summ*")).containsExactly("w1", "1807");
    assertThat(ids("summ")).isEmpty();
  }

  @Test
  void orBetweenTwoTermsMatchesEither() throws Exception {
    assertThat(ids("zelenskyy OR tariff")).containsExactly("1432", "1105");
  }

  @Test
  void accentsAndCaseAreIgnored() throws Exception {
    assertThat(ids("cafe")).containsExactly("1105");
    assertThat(ids("CAFÉ")).containsExactly("1105");
  }

  @Test
  void timeRangeAndSourceFilterNarrowTheResults() throws Exception {
    Instant since = Instant.parse("2025-08-07T00:00:00Z");
    Instant until = Instant.parse("2025-08-07T12:50:00Z"); // 18:20 IST
    assertThat(ids(new HistoryQuery("summit", since, until, Set.of(), 0))).containsExactly("1807");
    assertThat(ids(new HistoryQuery("summit", null, null, Set.of(WIRE), 0))).containsExactly("w1");
    assertThat(ids(new HistoryQuery("", since, null, Set.of(REDIFF), 0)))
        .containsExactly("1807", "1432");
  }

  @Test
  void emptyQueryWithARangeListsTheRange() throws Exception {
    Instant since = Instant.parse("2025-08-06T00:00:00Z");
    Instant until = Instant.parse("2025-08-07T00:00:00Z");
    assertThat(ids(new HistoryQuery("", since, until, Set.of(), 0))).containsExactly("1105");
    assertThat(ids(HistoryQuery.text("").limitedTo(2))).containsExactly("w1", "1807");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"unbalanced",
        "summit AND",
        "OR",
        "NEAR(summit kremlin)",
        "summit NOT",
        "*",
        "-",
        "^summit",
        "col:summit",
        "(((",
        "\"\"",
        "summit\"\"kremlin",
        "' OR 1=1 --"
      })
  void whateverIsTypedNeverRaisesAnError(String typed) throws Exception {
    // Nothing thrown is the point; what matches is the words' business.
    assertThat(store.search(HistoryQuery.text(typed))).isNotNull();
  }
}

package org.wirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wirewatch.model.Updates.update;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.ingest.UpdateChange;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.HistoryStatus;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceCursor;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;
import org.wirewatch.timeline.ChangeStream;
import org.wirewatch.timeline.SourceBatch;
import org.wirewatch.timeline.Timeline;

class HistoryStoreTest {
  private static final SourceId REDIFF = SourceId.of("rediff");
  private static final SourceId WIRE = SourceId.of("wire");
  private static final URI REDIFF_URL = URI.create("https://www.rediff.com/live.json");
  private static final URI WIRE_URL = URI.create("https://wire.example/feed.xml");
  private static final Instant T0 = Instant.parse("2025-08-07T12:40:00Z");
  private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

  @TempDir Path dir;

  private final List<AutoCloseable> open = new ArrayList<>();
  private final List<HistoryStatus> statuses = new ArrayList<>();

  private static final SourceDirectory NAMES =
      new SourceDirectory() {
        @Override
        public String name(SourceId source) {
          return source.equals(REDIFF) ? "Rediff live" : "Agency wire";
        }

        @Override
        public URI configuredUrl(SourceId source) {
          return source.equals(REDIFF) ? REDIFF_URL : WIRE_URL;
        }
      };

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  private HistoryStore openStore() throws StoreUnavailableException {
    HistoryStore store = HistoryStore.openForWriting(dir, StoreSettings.defaults(CLOCK));
    open.add(store);
    return store;
  }

  /** A timeline whose every delta is written to {@code store}, on the calling thread. */
  private Timeline recordedInto(HistoryStore store, Runnable between) {
    Timeline timeline = new Timeline(100);
    ChangeStream.Subscription s =
        timeline.subscribe(new HistoryWriter(store, NAMES, statuses::add, between), Runnable::run);
    open.add(s);
    return timeline;
  }

  private Timeline recordedInto(HistoryStore store) {
    return recordedInto(store, () -> {});
  }

  private static SourceCursor cursor(SourceId source, URI url, String etag) {
    return new SourceCursor(source, url, etag, null, T0);
  }

  private static void fetch(
      Timeline timeline, SourceId source, Instant at, String etag, LiveUpdate... updates) {
    URI url = source.equals(REDIFF) ? REDIFF_URL : WIRE_URL;
    timeline.ingest(
        new SourceBatch(
            source, FeedSnapshot.of(List.of(updates)), at, null, cursor(source, url, etag)),
        id -> true);
  }

  private static RestoreRequest everything() {
    return new RestoreRequest(Map.of(REDIFF, REDIFF_URL, WIRE, WIRE_URL), null, 100, 100);
  }

  private static LiveUpdate summit() {
    return update().id("1807").headline("Putin-Trump summit likely next week").build();
  }

  private static LiveUpdate tariff() {
    return update()
        .id("1744")
        .published("2025-08-07T17:44:00+05:30")
        .headline("Tariff talks resume in Delhi")
        .text("Officials met for a second round.")
        .build();
  }

  @Test
  void restartShowsWhatWasShownAndAnnouncesNothingTwice() throws Exception {
    HistoryStore first = openStore();
    fetch(recordedInto(first), REDIFF, T0, "\"v1\"", summit(), tariff());
    first.close();

    HistoryStore second = openStore();
    RestoredHistory restored = second.restore(everything());
    Timeline timeline = new Timeline(100);
    timeline.restore(restored.shown(), restored.knownOnly(), restored.cursors());
    assertThat(timeline.snapshot())
        .extracting(e -> e.update().id())
        .containsExactly("1807", "1744");
    assertThat(timeline.snapshot().get(0).update().firstSeen()).isEqualTo(T0);

    List<UpdateChange> announced = new ArrayList<>();
    timeline.subscribe(delta -> announced.addAll(delta.changes()), Runnable::run);
    fetch(timeline, REDIFF, T0.plusSeconds(60), "\"v2\"", summit(), tariff());
    assertThat(announced).isEmpty();
  }

  @Test
  void restoredUpdateTheSourceEditedSinceComesInAsAnEdit() throws Exception {
    HistoryStore store = openStore();
    fetch(recordedInto(store), REDIFF, T0, "\"v1\"", summit());
    RestoredHistory restored = store.restore(everything());
    Timeline timeline = new Timeline(100);
    timeline.restore(restored.shown(), restored.knownOnly(), restored.cursors());

    List<UpdateChange> announced = new ArrayList<>();
    timeline.subscribe(delta -> announced.addAll(delta.changes()), Runnable::run);
    LiveUpdate corrected =
        update().id("1807").headline("Putin-Trump summit confirmed for next week").build();
    fetch(timeline, REDIFF, T0.plusSeconds(60), "\"v2\"", corrected);
    assertThat(announced).singleElement().isInstanceOf(UpdateChange.Edited.class);
  }

  @Test
  void knownOnlyUpdatesAreRememberedButNotShown() throws Exception {
    HistoryStore store = openStore();
    // Seen two days before the restart; only the 18:07 item was published in the last hour.
    fetch(
        recordedInto(store),
        REDIFF,
        Instant.parse("2025-08-05T12:00:00Z"),
        "\"v1\"",
        summit(),
        tariff());
    RestoreRequest lastHourOnly =
        new RestoreRequest(
            Map.of(REDIFF, REDIFF_URL), Instant.parse("2025-08-07T12:30:00Z"), 100, 100);
    RestoredHistory restored = store.restore(lastHourOnly);
    assertThat(restored.shown()).extracting(e -> e.update().id()).containsExactly("1807");

    Timeline timeline = new Timeline(100);
    timeline.restore(restored.shown(), restored.knownOnly(), restored.cursors());
    List<UpdateChange> announced = new ArrayList<>();
    timeline.subscribe(delta -> announced.addAll(delta.changes()), Runnable::run);
    fetch(timeline, REDIFF, T0.plusSeconds(60), "\"v2\"", summit(), tariff());
    assertThat(announced).isEmpty();
    assertThat(timeline.snapshot()).hasSize(1);
  }

  @Test
  void anOldItemSeenWithinTheWindowComesBackAsItWasOnScreen() throws Exception {
    HistoryStore store = openStore();
    LiveUpdate lastYear = update().id("old").published("2024-08-07T10:00:00+05:30").build();
    fetch(recordedInto(store), REDIFF, T0, "\"v1\"", lastYear);
    RestoreRequest lastHour =
        new RestoreRequest(Map.of(REDIFF, REDIFF_URL), T0.minusSeconds(3600), 100, 100);
    assertThat(store.restore(lastHour).shown())
        .extracting(e -> e.key().id())
        .containsExactly("old");
  }

  @Test
  void onlyConfiguredSourcesComeBack() throws Exception {
    HistoryStore store = openStore();
    Timeline timeline = recordedInto(store);
    fetch(timeline, REDIFF, T0, "\"r\"", summit());
    fetch(timeline, WIRE, T0, "\"w\"", update().source("wire").id("w1").build());
    RestoredHistory restored =
        store.restore(new RestoreRequest(Map.of(WIRE, WIRE_URL), null, 100, 100));
    assertThat(restored.shown()).extracting(e -> e.key().source()).containsOnly(WIRE);
    assertThat(restored.cursors()).extracting(SourceCursor::source).containsExactly(WIRE);
  }

  @Test
  void cursorIsStoredWithItsUpdatesAndResumedOnlyForTheSameUrl() throws Exception {
    HistoryStore store = openStore();
    fetch(recordedInto(store), REDIFF, T0, "\"v1\"", summit());

    assertThat(store.restore(everything()).cursors())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.etag()).isEqualTo("\"v1\"");
              assertThat(c.url()).isEqualTo(REDIFF_URL);
              assertThat(c.servedAt()).isEqualTo(T0);
            });
    RestoreRequest editedUrl =
        new RestoreRequest(
            Map.of(REDIFF, URI.create("https://www.rediff.com/other.json")), null, 100, 100);
    assertThat(store.restore(editedUrl).cursors()).isEmpty();
    assertThat(store.restore(editedUrl).shown()).hasSize(1);
  }

  @Test
  void aFailureBetweenUpdatesAndCursorRollsBackBoth() throws Exception {
    HistoryStore store = openStore();
    fetch(recordedInto(store), REDIFF, T0, "\"v1\"", summit());

    boolean[] armed = {true};
    Timeline failing =
        recordedInto(
            store,
            () -> {
              if (armed[0]) {
                throw new IllegalStateException("injected: power cut between the two writes");
              }
            });
    fetch(failing, REDIFF, T0.plusSeconds(60), "\"v2\"", summit(), tariff());

    assertThat(store.search(HistoryQuery.text("")))
        .extracting(u -> u.entry().update().id())
        .containsExactly("1807");
    assertThat(store.restore(everything()).cursors())
        .extracting(SourceCursor::etag)
        .containsExactly("\"v1\"");
    assertThat(statuses).singleElement().satisfies(s -> assertThat(s.on()).isFalse());
  }

  @Test
  void everyRevisionIsKeptWithItsTime() throws Exception {
    HistoryStore store = openStore();
    Timeline timeline = recordedInto(store);
    fetch(timeline, REDIFF, T0, "\"v1\"", summit());
    fetch(
        timeline,
        REDIFF,
        T0.plusSeconds(60),
        "\"v2\"",
        update().id("1807").headline("Summit likely in Alaska").build());
    fetch(
        timeline,
        REDIFF,
        T0.plusSeconds(120),
        "\"v3\"",
        update().id("1807").headline("Summit confirmed in Alaska").build());

    UpdateKey key = new UpdateKey(REDIFF, "1807");
    assertThat(store.revisions(key))
        .extracting(r -> r.update().headline(), r -> r.replacedAt())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Putin-Trump summit likely next week", T0.plusSeconds(60)),
            org.assertj.core.groups.Tuple.tuple("Summit likely in Alaska", T0.plusSeconds(120)));
    TimelineEntry restored = store.restore(everything()).shown().get(0);
    assertThat(restored.update().headline()).isEqualTo("Summit confirmed in Alaska");
    assertThat(restored.revisions()).hasSize(2);
    assertThat(restored.editedAt()).isEqualTo(T0.plusSeconds(120));
  }

  @Test
  void anEditThatMovesThePublishedTimeMovesTheRowAndKeepsItsRevisions() throws Exception {
    HistoryStore store = openStore();
    Timeline timeline = recordedInto(store);
    LiveUpdate other =
        update()
            .id("1810")
            .published("2025-08-07T18:10:00+05:30")
            .headline("Markets close")
            .build();
    fetch(timeline, REDIFF, T0, "\"v1\"", summit(), other);
    LiveUpdate moved =
        update()
            .id("1807")
            .published("2025-08-07T18:20:00+05:30")
            .headline("Putin-Trump summit: time corrected")
            .build();
    fetch(timeline, REDIFF, T0.plusSeconds(60), "\"v2\"", moved, other);

    assertThat(store.search(HistoryQuery.text("")))
        .extracting(u -> u.entry().update().id())
        .containsExactly("1807", "1810");
    assertThat(store.search(HistoryQuery.text("corrected"))).hasSize(1);
    assertThat(store.search(HistoryQuery.text("likely"))).isEmpty();
    assertThat(store.revisions(new UpdateKey(REDIFF, "1807"))).hasSize(1);
    assertThat(store.integrityCheck()).isEqualTo("ok");
  }

  @Test
  void updatesStoredButNotYetIndexedAreIndexedLaterAndEditsMeanwhileStayConsistent()
      throws Exception {
    HistoryStore store = openStore();
    SourceCursor c = cursor(REDIFF, REDIFF_URL, "\"v1\"");
    TimelineEntry first = TimelineEntry.first(summit());
    store.write(
        List.of(
            new org.wirewatch.timeline.TimelineDelta(
                1, List.of(new UpdateChange.Added(first)), List.of(), c)),
        NAMES);
    assertThat(store.pendingIndex()).isEqualTo(1);
    assertThat(store.search(HistoryQuery.text("summit"))).isEmpty();
    TimelineEntry edited =
        first.revisedBy(update().id("1807").headline("Summit in Alaska").build(), T0);
    store.write(
        List.of(
            new org.wirewatch.timeline.TimelineDelta(
                2, List.of(new UpdateChange.Edited(edited)), List.of(), c)),
        NAMES);
    assertThat(store.indexAllPending()).isEqualTo(1);
    assertThat(store.search(HistoryQuery.text("alaska"))).hasSize(1);
    assertThat(store.search(HistoryQuery.text("likely"))).isEmpty();
    assertThat(store.integrityCheck()).isEqualTo("ok");
  }

  @Test
  void withdrawalIsStoredAndSurvivesRestart() throws Exception {
    HistoryStore store = openStore();
    Timeline timeline = recordedInto(store);
    fetch(timeline, REDIFF, T0, "\"v1\"", summit());
    timeline.ingest(
        new SourceBatch(
            REDIFF,
            new FeedSnapshot("", List.of(), Set.of("1807")),
            T0.plusSeconds(30),
            null,
            cursor(REDIFF, REDIFF_URL, "\"v2\"")),
        id -> true);
    TimelineEntry restored = store.restore(everything()).shown().get(0);
    assertThat(restored.withdrawnAt()).isEqualTo(T0.plusSeconds(30));
  }

  @Test
  void pruneDropsWhatIsPastTheHorizonAndKeepsCursors() throws Exception {
    HistoryStore store = openStore();
    Timeline timeline = recordedInto(store);
    fetch(timeline, REDIFF, T0, "\"v1\"", summit(), tariff());
    int pruned = store.prune(Instant.parse("2025-08-07T12:20:00Z")); // 17:50 IST
    assertThat(pruned).isEqualTo(0); // both were first seen at 12:40 UTC
    pruned = store.prune(T0.plusSeconds(1));
    assertThat(pruned).isEqualTo(2);
    assertThat(store.count()).isZero();
    assertThat(store.search(HistoryQuery.text("summit"))).isEmpty();
    assertThat(store.restore(everything()).cursors()).hasSize(1);
  }

  @Test
  void secondWriterOnTheSameDirectoryIsToldAndTouchesNothing() throws Exception {
    HistoryStore first = openStore();
    fetch(recordedInto(first), REDIFF, T0, "\"v1\"", summit());
    assertThatThrownBy(() -> HistoryStore.openForWriting(dir, StoreSettings.defaults(CLOCK)))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining("another Wirewatch")
        .hasMessageContaining(dir.toString());
    assertThat(first.count()).isEqualTo(1);
  }

  @Test
  void readerSearchesWhileTheWriterWrites() throws Exception {
    HistoryStore writer = openStore();
    Timeline timeline = recordedInto(writer);
    fetch(timeline, REDIFF, T0, "\"v1\"", summit());
    try (HistoryStore reader = HistoryStore.openForReading(dir, StoreSettings.defaults(CLOCK))) {
      assertThat(reader.search(HistoryQuery.text("summit"))).hasSize(1);
      fetch(timeline, REDIFF, T0.plusSeconds(60), "\"v2\"", summit(), tariff());
      assertThat(reader.search(HistoryQuery.text("tariff"))).hasSize(1);
    }
  }

  @Test
  void corruptFileIsReportedAndLeftByteForByte() throws Exception {
    Path file = dir.resolve("history.db");
    byte[] garbage = "this is not a database, it is a journalist's notes\n".repeat(200).getBytes();
    Files.write(file, garbage);
    assertThatThrownBy(this::openStore)
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining("damaged or not a Wirewatch database");
    assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    assertThatThrownBy(() -> HistoryStore.openForReading(dir, StoreSettings.defaults(CLOCK)))
        .isInstanceOf(StoreUnavailableException.class);
    assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
  }

  @Test
  void readOnlyFileIsReportedAndLeftAlone() throws Exception {
    HistoryStore store = openStore();
    fetch(recordedInto(store), REDIFF, T0, "\"v1\"", summit());
    store.close();
    open.remove(store);
    Path file = dir.resolve("history.db");
    assertThat(file.toFile().setWritable(false, false)).isTrue();
    try {
      // root writes anything: there the permission case cannot be shown (reported as skipped)
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(file), "running as root");
      assertThatThrownBy(this::openStore)
          .isInstanceOf(StoreUnavailableException.class)
          .hasMessageContaining("read-only");
    } finally {
      file.toFile().setWritable(true, false);
    }
  }

  @Test
  void sqliteReadOnlyErrorIsDescribedAsSuch() throws Exception {
    Path file = dir.resolve("history.db");
    openStore().close();
    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
    config.setReadOnly(true);
    try (var c = config.createConnection("jdbc:sqlite:" + file);
        var s = c.createStatement()) {
      java.sql.SQLException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              java.sql.SQLException.class, () -> s.execute("DELETE FROM updates"));
      assertThat(StoreDatabase.describe(file, e)).startsWith("cannot write " + file);
    }
  }

  @Test
  void fullDiskTurnsHistoryOffAndKeepsWhatWasStored() throws Exception {
    HistoryStore store =
        HistoryStore.openForWriting(dir, new StoreSettings(Duration.ofDays(30), CLOCK, 40));
    open.add(store);
    Timeline timeline = recordedInto(store);
    fetch(timeline, REDIFF, T0, "\"v1\"", summit());
    List<LiveUpdate> burst = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      burst.add(update().id("b" + i).headline("Burst " + i).text("x".repeat(2_000)).build());
    }
    fetch(timeline, REDIFF, T0.plusSeconds(60), "\"v2\"", burst.toArray(LiveUpdate[]::new));

    assertThat(statuses)
        .singleElement()
        .satisfies(s -> assertThat(s.message()).contains("history off").contains("full"));
    assertThat(store.count()).isEqualTo(1);
    assertThat(store.integrityCheck()).isEqualTo("ok");
    assertThat(store.restore(everything()).cursors())
        .extracting(SourceCursor::etag)
        .containsExactly("\"v1\"");
    assertThat(timeline.size()).isEqualTo(100); // the live timeline never noticed
  }

  @Test
  void databaseFromANewerWirewatchIsRefusedUntouched() throws Exception {
    HistoryStore store = openStore();
    store.close();
    open.remove(store);
    Path file = dir.resolve("history.db");
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
        var s = c.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    byte[] before = Files.readAllBytes(file);
    assertThatThrownBy(this::openStore)
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining("newer Wirewatch");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }
}

package org.wirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewatch.model.Updates.update;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Origin;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.timeline.Timeline;

/** A screen fed by a relay keeps, across restarts, which source the relay read each update from. */
class RelayedOriginStoreTest {
  private static final SourceId RELAY = SourceId.of("relay");
  private static final URI RELAY_URL = URI.create("http://127.0.0.1:8088/feed.json");
  private static final Instant T0 = Instant.parse("2025-08-07T12:40:00Z");
  private static final Origin REDIFF = new Origin("rediff", "Rediff live");

  @TempDir Path dir;

  private static final SourceDirectory NAMES =
      new SourceDirectory() {
        @Override
        public String name(SourceId source) {
          return "Newsroom relay";
        }

        @Override
        public URI configuredUrl(SourceId source) {
          return RELAY_URL;
        }
      };

  private HistoryStore open() throws StoreUnavailableException {
    return HistoryStore.openForWriting(
        dir, StoreSettings.defaults(Clock.fixed(T0, ZoneOffset.UTC)));
  }

  private static LiveUpdate relayed(String id, String headline, Origin origin) {
    return update().source("relay").id(id).headline(headline).build().withOrigin(origin);
  }

  private static RestoreRequest everything() {
    return new RestoreRequest(Map.of(RELAY, RELAY_URL), null, 100, 100);
  }

  @Test
  void aRelayedUpdateComesBackWithItsOriginAndIsFoundUnderItsName() throws Exception {
    try (HistoryStore store = open()) {
      Timeline timeline = new Timeline(100);
      timeline.subscribe(new HistoryWriter(store, NAMES, s -> {}), Runnable::run);
      timeline.ingest(
          RELAY,
          FeedSnapshot.of(
              List.of(
                  relayed("rediff/1807", "Summit likely next week", REDIFF),
                  relayed("wire/w1", "Venue not chosen", null))),
          T0);
      store.indexAllPending();
    }
    try (HistoryStore store = open()) {
      RestoredHistory restored = store.restore(everything());
      assertThat(restored.shown())
          .extracting(TimelineEntry::update)
          .extracting(LiveUpdate::id, LiveUpdate::origin)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("rediff/1807", REDIFF),
              org.assertj.core.groups.Tuple.tuple("wire/w1", null));
      assertThat(store.search(HistoryQuery.text("rediff")))
          .extracting(u -> u.entry().update().id(), StoredUpdate::sourceName)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("rediff/1807", "Rediff live"));
    }
  }

  @Test
  void anEditKeepsTheOriginOnBothVersions() throws Exception {
    try (HistoryStore store = open()) {
      Timeline timeline = new Timeline(100);
      timeline.subscribe(new HistoryWriter(store, NAMES, s -> {}), Runnable::run);
      timeline.ingest(
          RELAY, FeedSnapshot.of(List.of(relayed("rediff/1807", "Summit likely", REDIFF))), T0);
      timeline.ingest(
          RELAY,
          FeedSnapshot.of(List.of(relayed("rediff/1807", "Summit next week", REDIFF))),
          T0.plusSeconds(60));
    }
    try (HistoryStore store = open()) {
      TimelineEntry e = store.restore(everything()).shown().get(0);
      assertThat(e.update().origin()).isEqualTo(REDIFF);
      assertThat(e.revisions()).hasSize(1);
      assertThat(e.revisions().get(0).update().origin()).isEqualTo(REDIFF);
    }
  }

  @Test
  void aVersionOneDatabaseIsUpgradedWithItsRowsReadAsUnrelayed() throws Exception {
    Path file = dir.resolve("history.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      String v1;
      try (var in = Migrations.class.getResourceAsStream("migrations/V1__history.sql")) {
        v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      for (String statement : Migrations.statements(v1)) {
        s.execute(statement);
      }
      s.execute("PRAGMA user_version = 1");
      s.execute(
          "INSERT INTO updates (row_id, source, id, source_name, published, published_ms,"
              + " headline, body, priority, first_seen_ms) VALUES (1, 'relay', 'old', 'Newsroom"
              + " relay', '2025-08-07T12:00:00Z', 1754568000000, 'Stored before', '', 'NORMAL',"
              + " 1754568000000)");
    }
    try (HistoryStore store = open()) {
      RestoredHistory restored = store.restore(everything());
      assertThat(restored.shown()).hasSize(1);
      LiveUpdate old = restored.shown().get(0).update();
      assertThat(old.headline()).isEqualTo("Stored before");
      assertThat(old.origin()).isNull();
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(Migrations.latest()).isGreaterThanOrEqualTo(2);
    }
  }
}

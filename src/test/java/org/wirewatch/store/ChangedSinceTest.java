package org.wirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewatch.model.Updates.update;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.timeline.Timeline;

/** What a relay replays from history to a screen that was away: every change since a moment. */
class ChangedSinceTest {
  private static final SourceId WIRE = SourceId.of("wire");
  private static final SourceId OTHER = SourceId.of("other");
  private static final Instant T0 = Instant.parse("2025-08-07T12:40:00Z");

  @TempDir Path dir;

  private static final SourceDirectory NAMES =
      new SourceDirectory() {
        @Override
        public String name(SourceId source) {
          return source.value();
        }

        @Override
        public URI configuredUrl(SourceId source) {
          return URI.create("http://127.0.0.1:8088/" + source.value());
        }
      };

  private static LiveUpdate u(SourceId source, String id, String headline) {
    return update().source(source.value()).id(id).headline(headline).build();
  }

  private HistoryStore filled() throws Exception {
    HistoryStore store =
        HistoryStore.openForWriting(dir, StoreSettings.defaults(Clock.fixed(T0, ZoneOffset.UTC)));
    Timeline timeline = new Timeline(100);
    timeline.subscribe(new HistoryWriter(store, NAMES, s -> {}), Runnable::run);
    LiveUpdate a = u(WIRE, "a", "Summit likely");
    LiveUpdate b = u(WIRE, "b", "Sensex falls");
    LiveUpdate c = u(WIRE, "c", "Venue not chosen");
    timeline.ingest(WIRE, FeedSnapshot.of(List.of(a, b, c)), T0);
    timeline.ingest(OTHER, FeedSnapshot.of(List.of(u(OTHER, "o", "Elsewhere"))), T0);
    // Five minutes later a is edited; at ten, b is withdrawn; at fifteen, d is new.
    timeline.ingest(
        WIRE,
        FeedSnapshot.of(List.of(u(WIRE, "a", "Summit next week"), b, c)),
        T0.plusSeconds(300));
    timeline.ingest(
        WIRE,
        new FeedSnapshot(null, List.of(u(WIRE, "a", "Summit next week"), c), Set.of("b")),
        T0.plusSeconds(600));
    timeline.ingest(
        WIRE,
        FeedSnapshot.of(
            List.of(u(WIRE, "a", "Summit next week"), c, u(WIRE, "d", "RBI holds rates"))),
        T0.plusSeconds(900));
    return store;
  }

  @Test
  void editsWithdrawalsAndNewUpdatesSinceAMomentComeInTheOrderTheyHappened() throws Exception {
    try (HistoryStore store = filled()) {
      List<TimelineEntry> changed = store.changedSince(T0.plusSeconds(60), List.of(WIRE), 100);

      assertThat(changed).extracting(e -> e.key().id()).containsExactly("a", "b", "d");
      assertThat(changed.get(0).update().headline()).isEqualTo("Summit next week");
      assertThat(changed.get(0).revisions()).hasSize(1);
      assertThat(changed.get(1).withdrawnAt()).isEqualTo(T0.plusSeconds(600));
      assertThat(changed.get(2).withdrawnAt()).isNull();
    }
  }

  @Test
  void onlyTheAskedSourcesAndAtMostTheLimitComeBack() throws Exception {
    try (HistoryStore store = filled()) {
      assertThat(store.changedSince(T0, List.of(WIRE), 100))
          .extracting(e -> e.key().id())
          .containsExactlyInAnyOrder("a", "b", "c", "d");
      assertThat(store.changedSince(T0, List.of(OTHER), 100))
          .extracting(e -> e.key().id())
          .containsExactly("o");
      assertThat(store.changedSince(T0.plusSeconds(60), List.of(WIRE), 2))
          .extracting(e -> e.key().id())
          .containsExactly("a", "b");
      assertThat(store.changedSince(T0.plusSeconds(901), List.of(WIRE), 100)).isEmpty();
      assertThat(store.changedSince(T0, List.of(), 100)).isEmpty();
    }
  }
}

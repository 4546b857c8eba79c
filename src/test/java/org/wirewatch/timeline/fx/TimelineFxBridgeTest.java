package org.wirewatch.timeline.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewatch.model.Updates.update;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.SourceState;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.timeline.Timeline;

/** The FX thread is simulated by a queue the test drains, so no toolkit is needed. */
class TimelineFxBridgeTest {
  private static final SourceId REDIFF = SourceId.of("rediff");
  private static final Instant T0 = Instant.parse("2025-08-07T12:40:00Z");

  private final Queue<Runnable> fxQueue = new ArrayDeque<>();
  private final Timeline timeline = new Timeline();
  private final TimelineFxBridge bridge = new TimelineFxBridge(fxQueue::add).attach(timeline);
  private final List<ListChangeListener.Change<?>> changes = new ArrayList<>();

  {
    bridge.entries().addListener((ListChangeListener<Object>) changes::add);
  }

  private void runFx() {
    while (!fxQueue.isEmpty()) {
      fxQueue.poll().run();
    }
  }

  private static List<LiveUpdate> burst(int n) {
    List<LiveUpdate> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          update()
              .id("u" + i)
              .published("2025-08-07T12:00:00Z")
              .build()
              .withPublished(
                  java.time.OffsetDateTime.parse("2025-08-07T12:00:00Z").plusSeconds(i)));
    }
    return out;
  }

  @Test
  void deltasQueuedTogetherShareOneHop() {
    runFx();
    changes.clear();
    timeline.ingest(REDIFF, FeedSnapshot.of(burst(30)), T0);
    timeline.ingest(REDIFF, FeedSnapshot.of(burst(60)), T0);

    assertThat(fxQueue).as("one pending hop, however many deltas").hasSize(1);
    runFx();
    assertThat(changes).hasSize(1);
    assertThat(bridge.entries()).hasSize(60);
    assertThat(bridge.entries().get(0).key().id()).isEqualTo("u59");
  }

  @Test
  void aBurstOf1000IsAppliedAHundredAHop() {
    runFx();
    List<Integer> addedPerHop = new ArrayList<>();
    bridge
        .entries()
        .addListener(
            (ListChangeListener<Object>)
                c -> {
                  int added = 0;
                  while (c.next()) {
                    added += c.getAddedSize();
                  }
                  addedPerHop.add(added);
                });
    timeline.ingest(REDIFF, FeedSnapshot.of(burst(1000)), T0);

    int hops = 0;
    while (!fxQueue.isEmpty()) {
      assertThat(fxQueue).as("never more than one hop pending").hasSize(1);
      fxQueue.poll().run();
      hops++;
    }
    assertThat(hops).isEqualTo(10);
    assertThat(addedPerHop).hasSize(10).allSatisfy(n -> assertThat(n).isEqualTo(100));
    assertThat(bridge.entries()).hasSize(1000);
    assertThat(bridge.entries().get(0).key().id()).isEqualTo("u999");
    assertThat(bridge.entries().get(999).key().id()).isEqualTo("u0");
  }

  @Test
  void editReplacesTheRowInPlace() {
    timeline.ingest(REDIFF, FeedSnapshot.of(burst(3)), T0);
    runFx();
    changes.clear();
    LiveUpdate edited = burst(3).get(1);
    edited =
        new LiveUpdate(
            edited.source(),
            edited.id(),
            edited.published(),
            null,
            "Edited headline",
            edited.text(),
            null,
            null,
            null,
            null,
            null,
            edited.firstSeen(),
            null);
    timeline.ingest(REDIFF, FeedSnapshot.of(List.of(edited)), T0.plusSeconds(60));
    runFx();

    assertThat(bridge.entries().get(1).update().headline()).isEqualTo("Edited headline");
    assertThat(bridge.entries().get(1).edited()).isTrue();
    ListChangeListener.Change<?> c = changes.get(0);
    c.next();
    assertThat(c.wasReplaced()).isTrue();
    assertThat(c.getFrom()).isEqualTo(1);
  }

  @Test
  void existingEntriesAreLoadedOnAttach() {
    Timeline filled = new Timeline();
    filled.ingest(REDIFF, FeedSnapshot.of(burst(4)), T0);
    Queue<Runnable> queue = new ArrayDeque<>();
    TimelineFxBridge late = new TimelineFxBridge(queue::add).attach(filled);
    queue.poll().run();
    assertThat(late.entries()).hasSize(4);
  }

  @Test
  void evictedEntriesLeaveTheList() {
    Timeline small = new Timeline(2);
    Queue<Runnable> queue = new ArrayDeque<>();
    TimelineFxBridge b = new TimelineFxBridge(queue::add).attach(small);
    small.ingest(REDIFF, FeedSnapshot.of(burst(5)), T0);
    while (!queue.isEmpty()) {
      queue.poll().run();
    }
    assertThat(b.entries()).extracting(e -> e.key().id()).containsExactly("u4", "u3");
  }

  @Test
  void tombstoneStaysInTheList() {
    timeline.ingest(REDIFF, FeedSnapshot.of(burst(2)), T0);
    timeline.ingest(REDIFF, new FeedSnapshot(null, List.of(), Set.of("u0")), T0.plusSeconds(9));
    runFx();
    assertThat(bridge.entries()).hasSize(2);
    assertThat(bridge.entries().get(1).withdrawn()).isTrue();
  }

  @Test
  void statusesAreOnePerSourceUpdatedInPlace() {
    bridge.onStatus(status(SourceState.STARTING));
    bridge.onStatus(status(SourceState.LIVE));
    bridge.onStatus(
        new SourceStatus(
            SourceId.of("wire"),
            "Wire",
            null,
            SourceState.FAILING,
            "HTTP 503 Service Unavailable",
            null,
            null,
            T0,
            T0.plusSeconds(40),
            List.of()));
    runFx();
    assertThat(bridge.statuses())
        .extracting(SourceStatus::state)
        .containsExactly(SourceState.LIVE, SourceState.FAILING);
  }

  private static SourceStatus status(SourceState state) {
    return new SourceStatus(REDIFF, "Rediff", null, state, null, null, null, null, null, List.of());
  }
}

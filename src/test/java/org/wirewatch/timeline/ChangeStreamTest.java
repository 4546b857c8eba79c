package org.wirewatch.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewatch.model.Updates.update;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceCursor;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;

class ChangeStreamTest {
  private static final SourceId REDIFF = SourceId.of("rediff");
  private static final SourceId WIRE = SourceId.of("wire");
  private static final Instant T0 = Instant.parse("2025-08-07T12:40:00Z");

  private final Timeline timeline = new Timeline();
  private final ExecutorService own = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    own.shutdownNow();
  }

  private void ingest(SourceId source, LiveUpdate... updates) {
    timeline.ingest(source, FeedSnapshot.of(List.of(updates)), T0);
  }

  @Test
  void subscriberRunsAfterTheTimelinesLockIsReleased() throws Exception {
    List<Integer> sizesSeenByAnotherThread = new ArrayList<>();
    timeline.subscribe(
        delta -> {
          // Were the lock still held, another thread asking the timeline anything would block.
          sizesSeenByAnotherThread.add(
              CompletableFuture.supplyAsync(timeline::size).orTimeout(10, TimeUnit.SECONDS).join());
        },
        Runnable::run);
    ingest(REDIFF, update().id("a").build());
    assertThat(sizesSeenByAnotherThread).containsExactly(1);
  }

  @Test
  void slowSubscriberDelaysNeitherIngestNorOtherSubscribers() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ConcurrentLinkedQueue<Long> slowSaw = new ConcurrentLinkedQueue<>();
    CountDownLatch slowDone = new CountDownLatch(2);
    timeline.subscribe(
        delta -> {
          await(release);
          slowSaw.add(delta.sequence());
          slowDone.countDown();
        },
        own);
    List<Long> fastSaw = new ArrayList<>();
    timeline.subscribe(delta -> fastSaw.add(delta.sequence()), Runnable::run);

    ingest(REDIFF, update().id("a").build());
    ingest(WIRE, update().id("b").build());

    assertThat(fastSaw)
        .as("ingest returned and the fast subscriber was told")
        .containsExactly(1L, 2L);
    assertThat(slowSaw).isEmpty();
    release.countDown();
    assertThat(slowDone.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(slowSaw).containsExactly(1L, 2L);
  }

  @Test
  void subscriberThatThrowsKeepsItsSubscription() {
    List<Long> seen = new ArrayList<>();
    timeline.subscribe(
        delta -> {
          seen.add(delta.sequence());
          throw new IllegalStateException("disk full");
        },
        Runnable::run);
    ingest(REDIFF, update().id("a").build());
    ingest(REDIFF, update().id("b").build());
    assertThat(seen).containsExactly(1L, 2L);
  }

  @Test
  void deltasFromConcurrentSourcesArriveInTheOrderTheTimelineDecidedThem() throws Exception {
    ConcurrentLinkedQueue<Long> seen = new ConcurrentLinkedQueue<>();
    CountDownLatch all = new CountDownLatch(200);
    timeline.subscribe(
        delta -> {
          seen.add(delta.sequence());
          all.countDown();
        },
        own);
    ExecutorService pollers = Executors.newFixedThreadPool(4);
    try {
      for (int i = 0; i < 200; i++) {
        SourceId source = i % 2 == 0 ? REDIFF : WIRE;
        String id = "u" + i;
        pollers.execute(() -> ingest(source, update().id(id).build()));
      }
      assertThat(all.await(20, TimeUnit.SECONDS)).isTrue();
    } finally {
      pollers.shutdownNow();
    }
    List<Long> expected = new ArrayList<>();
    for (long i = 1; i <= 200; i++) {
      expected.add(i);
    }
    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void subscribingWithCurrentHandsWhatIsHeldFirstThenOnlyNewDeltas() {
    ingest(REDIFF, update().id("a").build());
    List<String> calls = new ArrayList<>();
    timeline.subscribeWithCurrent(
        new ChangeSubscriber() {
          @Override
          public void onCurrent(List<TimelineEntry> entries) {
            calls.add("current " + entries.size());
          }

          @Override
          public void onDelta(TimelineDelta delta) {
            calls.add("delta " + delta.changes().size());
          }
        },
        Runnable::run);
    ingest(REDIFF, update().id("b").build());
    assertThat(calls).containsExactly("current 1", "delta 1");
  }

  @Test
  void closedSubscriptionHearsNothingMore() {
    List<Long> seen = new ArrayList<>();
    ChangeStream.Subscription subscription =
        timeline.subscribe(delta -> seen.add(delta.sequence()), Runnable::run);
    ingest(REDIFF, update().id("a").build());
    subscription.close();
    ingest(REDIFF, update().id("b").build());
    assertThat(seen).containsExactly(1L);
  }

  @Test
  void validatorsTravelWithTheirFetchsChangesAndANewCursorAloneIsPublished() {
    List<TimelineDelta> seen = new ArrayList<>();
    timeline.subscribe(seen::add, Runnable::run);
    SourceCursor v1 = new SourceCursor(REDIFF, null, "\"v1\"", null, null);
    SourceCursor v2 = new SourceCursor(REDIFF, null, "\"v2\"", null, null);
    FeedSnapshot one = FeedSnapshot.of(List.of(update().id("a").build()));

    timeline.ingest(new SourceBatch(REDIFF, one, T0, null, v1), id -> true);
    timeline.ingest(new SourceBatch(REDIFF, one, T0.plusSeconds(15), null, v1), id -> true);
    timeline.ingest(new SourceBatch(REDIFF, one, T0.plusSeconds(30), null, v2), id -> true);

    assertThat(seen).hasSize(2);
    assertThat(seen.get(0).changes()).hasSize(1);
    assertThat(seen.get(0).cursor()).isEqualTo(v1);
    assertThat(seen.get(1).changes()).as("same updates, new validators").isEmpty();
    assertThat(seen.get(1).cursor()).isEqualTo(v2);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

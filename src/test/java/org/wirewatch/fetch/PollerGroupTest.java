package org.wirewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wirewatch.exec.ManualTaskScheduler;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.SourceState;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.model.UpdateKey;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.timeline.Timeline;

class PollerGroupTest {
  private static final Duration INTERVAL = Duration.ofSeconds(10);
  private static final SourceId AGENCY = SourceId.of("agency");
  private static final SourceId BLOG = SourceId.of("blog");
  private static final SourceId BROKEN = SourceId.of("broken");

  @StartStop private final MockWebServer server = new MockWebServer();

  private final ManualTaskScheduler scheduler = new ManualTaskScheduler();
  private final Timeline timeline = new Timeline();
  private final List<SourceStatus> published = new ArrayList<>();
  private final ConcurrentHashMap<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private PollingContext context;

  @BeforeEach
  void serveThreeSources() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = request.getTarget();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            return switch (path) {
              case "/agency" -> ok("a1|Kremlin envoy confirms summit");
              case "/blog" -> ok("b1|Live: summit talks");
              case "/broken" -> ok("<html>not the feed you were looking for");
              default -> new MockResponse.Builder().code(500).build();
            };
          }
        });
    context =
        new PollingContext(
            new ConditionalFetcher(HttpClientFactory.create(), 1024 * 1024, scheduler.clock()),
            new LineFeedHandler(timeline),
            published::add,
            scheduler,
            scheduler.clock(),
            new FixedRandom(0),
            PollingPolicy.defaults());
  }

  private static MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).body(body).build();
  }

  private SourceConfig source(SourceId id, String path, boolean enabled) {
    return new SourceConfig(
        id, id.value(), server.url(path).uri(), null, INTERVAL, ZoneOffset.UTC, null, enabled);
  }

  private int hits(String path) {
    AtomicInteger count = hits.get(path);
    return count == null ? 0 : count.get();
  }

  private PollerGroup group() {
    return new PollerGroup(
        List.of(source(AGENCY, "/agency", true), source(BROKEN, "/broken", true)), context);
  }

  private SourceState state(PollerGroup group, SourceId id) {
    return group.poller(id).orElseThrow().status().state();
  }

  @Test
  void startPollsEverySourceOnItsOwnInterval() {
    PollerGroup group = group();

    group.start();
    scheduler.runPending();
    scheduler.advance(INTERVAL.multipliedBy(3));

    assertThat(hits("/agency")).isEqualTo(4);
    assertThat(group.statuses()).extracting(SourceStatus::source).containsExactly(AGENCY, BROKEN);
  }

  @Test
  void aSourceThatCannotBeParsedDoesNotHurtTheOthers() {
    PollerGroup group = group();

    group.start();
    scheduler.runPending();

    assertThat(state(group, AGENCY)).isEqualTo(SourceState.LIVE);
    assertThat(state(group, BROKEN)).isEqualTo(SourceState.FAILING);
    assertThat(group.poller(BROKEN).orElseThrow().status().lastError())
        .isEqualTo("line 1: expected id|headline");
    assertThat(timeline.find(new UpdateKey(AGENCY, "a1"))).isPresent();
  }

  @Test
  void pollNowRefreshesOnlyThatSource() {
    PollerGroup group = group();
    group.start();
    scheduler.runPending();

    assertThat(group.pollNow(AGENCY)).isTrue();
    scheduler.runPending();

    assertThat(hits("/agency")).isEqualTo(2);
    assertThat(hits("/broken")).isEqualTo(1);
    assertThat(group.pollNow(SourceId.of("unknown"))).isFalse();
  }

  @Test
  void stopCancelsEveryPendingPoll() {
    PollerGroup group = group();
    group.start();
    scheduler.runPending();
    assertThat(scheduler.pendingDelays()).hasSize(2);

    group.stop();

    assertThat(scheduler.pendingDelays()).isEmpty();
    scheduler.advance(Duration.ofMinutes(10));
    assertThat(hits("/agency")).isEqualTo(1);
    assertThat(group.statuses()).extracting(SourceStatus::state).containsOnly(SourceState.STOPPED);
    assertThat(group.pollNow(AGENCY)).isFalse();
  }

  @Test
  void closingStopsAndAStoppedGroupCanStartAgain() {
    PollerGroup group = group();
    try (group) {
      group.start();
      scheduler.runPending();
    }
    assertThat(scheduler.pendingDelays()).isEmpty();

    group.start();
    scheduler.runPending();

    assertThat(hits("/agency")).isEqualTo(2);
    assertThat(state(group, AGENCY)).isEqualTo(SourceState.LIVE);
    group.close();
  }

  @Test
  void aDisabledSourceStaysStoppedWhileTheOthersRun() {
    PollerGroup group =
        new PollerGroup(
            List.of(source(AGENCY, "/agency", true), source(BLOG, "/blog", false)), context);

    group.start();
    scheduler.advance(INTERVAL);

    assertThat(hits("/blog")).isZero();
    assertThat(state(group, BLOG)).isEqualTo(SourceState.STOPPED);
    assertThat(state(group, AGENCY)).isEqualTo(SourceState.LIVE);
  }

  @Test
  void duplicateIdsAreRejected() {
    List<SourceConfig> twice = List.of(source(AGENCY, "/agency", true), source(AGENCY, "/b", true));

    assertThatThrownBy(() -> new PollerGroup(twice, context))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agency");
  }

  @Test
  void editingOneSourceLeavesEveryOtherRunnerAlone() {
    PollerGroup group = group();
    group.start();
    scheduler.runPending();
    SourceRunner agency = group.poller(AGENCY).orElseThrow();
    int agencyHits = hits("/agency");
    SourceId blog = SourceId.of("blog");

    group.reconcile(
        List.of(
            source(AGENCY, "/agency", true),
            new SourceConfig(
                BROKEN,
                "Renamed",
                server.url("/broken").uri(),
                null,
                INTERVAL,
                ZoneOffset.UTC,
                null,
                true),
            source(blog, "/blog", true)));
    scheduler.runPending();

    assertThat(group.poller(AGENCY).orElseThrow()).as("same runner, not rebuilt").isSameAs(agency);
    assertThat(hits("/agency")).as("no extra poll of an untouched source").isEqualTo(agencyHits);
    assertThat(group.poller(BROKEN).orElseThrow().status().name()).isEqualTo("Renamed");
    assertThat(hits("/blog")).as("the added source starts at once").isEqualTo(1);
    assertThat(group.statuses())
        .extracting(SourceStatus::source)
        .containsExactly(AGENCY, BROKEN, blog);

    group.reconcile(List.of(source(blog, "/blog", true)));
    scheduler.advance(INTERVAL.multipliedBy(2));
    assertThat(hits("/agency")).as("a removed source stops").isEqualTo(agencyHits);
  }

  @Test
  void aSourceEditedWithoutChangingItsUrlKeepsItsValidators() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            hits.computeIfAbsent(request.getTarget(), p -> new AtomicInteger()).incrementAndGet();
            return request.getHeaders().get("If-None-Match") != null
                ? new MockResponse.Builder().code(304).build()
                : new MockResponse.Builder()
                    .code(200)
                    .setHeader("ETag", "\"v1\"")
                    .body("a1|Summit")
                    .build();
          }
        });
    PollerGroup group = new PollerGroup(List.of(source(AGENCY, "/agency", true)), context);
    group.start();
    scheduler.runPending();
    group.reconcile(
        List.of(
            new SourceConfig(
                AGENCY,
                "Agency wire",
                server.url("/agency").uri(),
                null,
                INTERVAL,
                ZoneOffset.UTC,
                null,
                true)));
    group.pollNow(AGENCY);
    scheduler.runPending();

    server.takeRequest();
    assertThat(server.takeRequest().getHeaders().get("If-None-Match"))
        .as("the edited source's next poll is still conditional")
        .isEqualTo("\"v1\"");
  }
}

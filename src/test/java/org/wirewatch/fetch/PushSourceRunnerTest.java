package org.wirewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wirewatch.exec.ManualTaskScheduler;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.SourceState;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.source.PushSettings;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.timeline.Timeline;

/**
 * A push source follows its stream, reconnects as the server asks with the last event's id, and
 * polls while the stream is down, showing nothing twice. The stream's reads are real (MockWebServer
 * on loopback, a thread per connection); every delay is the manual scheduler's.
 */
class PushSourceRunnerTest {
  private static final Duration INTERVAL = Duration.ofSeconds(15);

  @StartStop private final MockWebServer server = new MockWebServer();

  private final ManualTaskScheduler scheduler = new ManualTaskScheduler();
  private final Timeline timeline = new Timeline();
  private final LineFeedHandler polls = new LineFeedHandler(timeline);
  private final List<SourceStatus> published = new CopyOnWriteArrayList<>();
  private final List<StreamEvent> events = new CopyOnWriteArrayList<>();
  private final List<RecordedRequest> streamRequests = new CopyOnWriteArrayList<>();
  private final List<RecordedRequest> pollRequests = new CopyOnWriteArrayList<>();
  private final Deque<MockResponse> streamAnswers = new ArrayDeque<>();
  private volatile String page; // what the poll URL serves now
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private Duration stall = Duration.ofSeconds(30);
  private PushSourceRunner runner;

  PushSourceRunnerTest() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            boolean stream = request.getUrl().encodedPath().equals("/events");
            (stream ? streamRequests : pollRequests).add(request);
            synchronized (PushSourceRunnerTest.this) {
              if (!stream) {
                return page == null ? new MockResponse.Builder().code(404).build() : lines(page);
              }
              MockResponse next = streamAnswers.poll();
              return next != null ? next : new MockResponse.Builder().code(404).build();
            }
          }
        });
  }

  @AfterEach
  void stop() {
    if (runner != null) {
      runner.stop();
    }
    threads.shutdownNow();
  }

  private synchronized void stream(MockResponse... answers) {
    streamAnswers.addAll(List.of(answers));
  }

  private static MockResponse events(String body) {
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "text/event-stream")
        .body(body)
        .build();
  }

  private static MockResponse lines(String body) {
    return new MockResponse.Builder().code(200).body(body).build();
  }

  /** Events carry the toy feed's {@code id|headline}; "garbage" is unreadable. */
  private BodyHandler.Handled handle(SourceConfig source, StreamEvent event) throws Exception {
    events.add(event);
    String[] parts = event.data().split("\\|", 2);
    if (parts.length != 2) {
      throw new org.wirewatch.format.FeedParseException("expected id|headline");
    }
    LiveUpdate update =
        new LiveUpdate(
            source.id(),
            parts[0],
            LineFeedHandler.PUBLISHED,
            null,
            parts[1],
            "",
            null,
            null,
            null,
            null,
            null,
            scheduler.now(),
            null);
    return BodyHandler.Handled.changes(
        timeline.ingest(source.id(), FeedSnapshot.of(List.of(update)), scheduler.now()).size());
  }

  private PushSourceRunner start(boolean withPolling) {
    URI streamUrl = server.url("/events").uri();
    SourceConfig source =
        new SourceConfig(
            SourceId.of("wire"),
            "Wire",
            withPolling ? server.url("/poll").uri() : streamUrl,
            null,
            INTERVAL,
            ZoneOffset.UTC,
            null,
            true,
            PushSettings.of(streamUrl));
    OkHttpClient client = PushContext.streamClient(HttpClientFactory.create(), stall);
    PollingContext polling =
        new PollingContext(
            new ConditionalFetcher(HttpClientFactory.create(), 1 << 20, scheduler.clock()),
            polls,
            published::add,
            scheduler,
            scheduler.clock(),
            new FixedRandom(0),
            PollingPolicy.defaults());
    runner =
        new PushSourceRunner(
            source, polling, new PushContext(client, this::handle, threads, Duration.ofSeconds(3)));
    runner.start();
    scheduler.runPending(); // the first connect
    return runner;
  }

  private void awaitDown() {
    await().atMost(10, TimeUnit.SECONDS).until(() -> !runner.streaming() && streamEnded());
  }

  private boolean streamEnded() {
    // The runner has scheduled its reconnect: the stream's end was handled.
    return !scheduler.pendingDelays().isEmpty();
  }

  private List<String> headlines() {
    return timeline.snapshot().stream().map(TimelineEntry::update).map(LiveUpdate::id).toList();
  }

  @Test
  void eachReconnectSendsTheLastEventsIdAndWaitsTheServersRetry() throws Exception {
    stream(
        events("retry: 10000\nid: 1\ndata: a|Alpha\n\nid: 2\ndata: b|Beta\n\n"),
        events(": heartbeat\n\n"));
    start(false);
    await().atMost(10, TimeUnit.SECONDS).until(() -> events.size() == 2);
    awaitDown();
    assertThat(runner.lastEventId()).isEqualTo("2");
    assertThat(scheduler.pendingDelays()).containsExactly(Duration.ofSeconds(10));

    scheduler.advance(Duration.ofSeconds(9));
    assertThat(streamRequests).hasSize(1);
    scheduler.advance(Duration.ofSeconds(1));
    await().atMost(10, TimeUnit.SECONDS).until(() -> streamRequests.size() == 2);
    assertThat(streamRequests.get(0).getHeaders().get("Last-Event-ID")).isNull();
    assertThat(streamRequests.get(1).getHeaders().get("Last-Event-ID")).isEqualTo("2");
    assertThat(streamRequests.get(1).getHeaders().get("Accept")).isEqualTo("text/event-stream");
  }

  @Test
  void anEventCutOffMidwayIsNotTakenAndItsIdIsNotKept() {
    stream(events("id: 1\ndata: a|Alpha\n\nid: 2\ndata: b|Be"));
    start(false);
    awaitDown();
    assertThat(events).extracting(StreamEvent::id).containsExactly("1");
    assertThat(runner.lastEventId()).isEqualTo("1");
  }

  @Test
  void unreadableDataIsSkippedAndReportedAndTheLastGoodIdStays() {
    stream(events("id: 1\ndata: a|Alpha\n\nid: 2\ndata: garbage\n\n"));
    start(false);
    awaitDown();
    assertThat(headlines()).containsExactly("a");
    assertThat(runner.lastEventId()).isEqualTo("1");
    assertThat(runner.status().problems())
        .anySatisfy(p -> assertThat(p).contains("1 unreadable events skipped"));
    assertThat(runner.status().recentErrors())
        .anySatisfy(e -> assertThat(e.message()).contains("id 2").contains("id|headline"));
  }

  @Test
  void whileTheStreamIsDownThePageIsPolledAndNothingShowsTwiceAcrossTheSwitch() {
    stream(events("retry: 60000\nid: 1\ndata: a|Alpha\n\n"), events("id: 3\ndata: c|Gamma\n\n"));
    page = "a|Alpha\n";
    start(true);
    awaitDown();
    scheduler.runPending(); // the catch-up poll, and polling goes on while the stream is down
    assertThat(headlines()).containsExactly("a");

    page = "a|Alpha\nb|Beta\n"; // the stream missed b
    scheduler.advance(INTERVAL);
    assertThat(headlines()).containsExactlyInAnyOrder("a", "b");
    assertThat(runner.status().problems())
        .anySatisfy(
            p -> assertThat(p).startsWith("push stream down").contains("polling every 15 s"));

    page = "a|Alpha\nb|Beta\nc|Gamma\n";
    scheduler.advance(Duration.ofSeconds(45)); // polls, then the reconnect at 60 s
    await().atMost(10, TimeUnit.SECONDS).until(() -> events.size() == 2);
    scheduler.runPending();
    assertThat(headlines()).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(timeline.snapshot()).hasSize(3);
    assertThat(timeline.snapshot()).allMatch(e -> e.revisions().isEmpty());
  }

  @Test
  void whenTheStreamIsUpTheSourceIsPolledOnceAndThenNoMore() {
    stream(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "text/event-stream")
            .body(": quiet\n\n")
            .bodyDelay(20, TimeUnit.SECONDS)
            .build());
    page = "a|Alpha\n";
    start(true);
    await().atMost(10, TimeUnit.SECONDS).until(runner::streaming);
    scheduler.runPending();
    assertThat(pollRequests).hasSize(1);
    assertThat(scheduler.pendingDelays()).as("no poll at the interval").isEmpty();
    assertThat(runner.status().state()).isEqualTo(SourceState.LIVE);
    assertThat(runner.status().problems()).contains("live (push)");
    assertThat(headlines()).containsExactly("a");
  }

  @Test
  void aResponseThatIsNotAnEventStreamFallsBackToPolling() {
    stream(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "text/html")
            .body("<p>")
            .build());
    page = "a|Alpha\n";
    start(true);
    awaitDown();
    scheduler.runPending();
    await().atMost(10, TimeUnit.SECONDS).until(() -> pollRequests.size() == 1);
    assertThat(runner.status().state()).isEqualTo(SourceState.LIVE);
    assertThat(runner.status().problems())
        .anySatisfy(p -> assertThat(p).contains("not an event stream (Content-Type text/html)"));
    assertThat(headlines()).containsExactly("a");
  }

  @Test
  void a503WithRetryAfterIsWaitedOut() {
    stream(new MockResponse.Builder().code(503).setHeader("Retry-After", "120").build());
    start(false);
    awaitDown();
    assertThat(runner.status().state()).isEqualTo(SourceState.FAILING);
    assertThat(runner.status().lastError()).contains("503");
    assertThat(scheduler.pendingDelays()).containsExactly(Duration.ofSeconds(120));
  }

  @Test
  void aStreamThatFallsSilentIsTakenForDeadAndReopened() {
    stall = Duration.ofMillis(300);
    stream(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "text/event-stream")
            .body("id: 1\ndata: a|Alpha\n\n")
            .bodyDelay(20, TimeUnit.SECONDS)
            .build());
    start(false);
    awaitDown();
    assertThat(runner.status().lastError()).contains("no data for");
    assertThat(events).isEmpty();
  }

  @Test
  void aRefusedStreamBacksOffWhileItKeepsFailing() {
    stream(
        new MockResponse.Builder().code(500).build(), new MockResponse.Builder().code(500).build());
    start(false);
    awaitDown();
    Duration first = scheduler.pendingDelays().get(0);
    scheduler.advance(first);
    await().atMost(10, TimeUnit.SECONDS).until(() -> streamRequests.size() == 2);
    await().atMost(10, TimeUnit.SECONDS).until(() -> !scheduler.pendingDelays().isEmpty());
    assertThat(scheduler.pendingDelays().get(0)).isGreaterThan(first);
  }

  @Test
  void aConnectionCutInTheMiddleOfAnEventKeepsWhatWasReadAndResumesFromIt() throws Exception {
    stream(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "text/event-stream")
            .body("retry: 1000\nid: 1\ndata: a|Alpha\n\nid: 2\ndata: b|" + "B".repeat(200) + "\n\n")
            // the socket is closed halfway through the body, inside the second event
            .onResponseBody(new mockwebserver3.SocketEffect.CloseSocket())
            .build(),
        events("id: 2\ndata: b|Beta\n\n"));
    start(false);
    awaitDown();
    assertThat(headlines()).containsExactly("a");
    assertThat(runner.lastEventId()).isEqualTo("1");

    scheduler.advance(Duration.ofSeconds(1));
    await().atMost(10, TimeUnit.SECONDS).until(() -> headlines().size() == 2);
    assertThat(streamRequests.get(1).getHeaders().get("Last-Event-ID")).isEqualTo("1");
    assertThat(headlines()).containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void aServerThatIgnoresLastEventIdAndSendsEverythingAgainShowsNothingTwice() {
    stream(
        events("retry: 1000\nid: 1\ndata: a|Alpha\n\nid: 2\ndata: b|Beta\n\n"),
        // a restarted server numbers from 1 again and replays from the start
        events("id: 1\ndata: a|Alpha\n\nid: 2\ndata: b|Beta\n\nid: 3\ndata: c|Gamma\n\n"));
    start(false);
    await().atMost(10, TimeUnit.SECONDS).until(() -> events.size() == 2);
    awaitDown();
    scheduler.advance(Duration.ofSeconds(1));
    await().atMost(10, TimeUnit.SECONDS).until(() -> events.size() == 5);

    assertThat(streamRequests.get(1).getHeaders().get("Last-Event-ID")).isEqualTo("2");
    assertThat(headlines()).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(timeline.snapshot()).hasSize(3).allMatch(e -> e.revisions().isEmpty());
    await().atMost(10, TimeUnit.SECONDS).until(() -> "3".equals(runner.lastEventId()));
  }
}

package org.wirewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.wirewatch.exec.ManualTaskScheduler;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.SourceState;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.timeline.Timeline;

class SourcePollerTest {
  private static final Duration INTERVAL = Duration.ofSeconds(15);

  @StartStop private final MockWebServer server = new MockWebServer();

  private final ManualTaskScheduler scheduler = new ManualTaskScheduler();
  private final Instant t0 = scheduler.now();
  private final List<SourceStatus> published = new ArrayList<>();
  private final Timeline timeline = new Timeline();
  private final LineFeedHandler handler = new LineFeedHandler(timeline);
  private final Fetcher http =
      new ConditionalFetcher(HttpClientFactory.create(), 1024 * 1024, scheduler.clock());

  private SourceConfig source(String path) {
    return new SourceConfig(
        SourceId.of("wire"),
        "Wire",
        server.url(path).uri(),
        null,
        INTERVAL,
        ZoneOffset.UTC,
        null,
        true);
  }

  private SourcePoller poller(String path) {
    return poller(source(path), http, new FixedRandom(0), PollingPolicy.defaults());
  }

  private SourcePoller poller(
      SourceConfig source, Fetcher fetcher, RandomGenerator random, PollingPolicy policy) {
    return new SourcePoller(
        source,
        new PollingContext(
            fetcher, handler, published::add, scheduler, scheduler.clock(), random, policy));
  }

  private static MockResponse feed(String body) {
    return new MockResponse.Builder().code(200).body(body).build();
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).build();
  }

  private RecordedRequest taken() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the server").isNotNull();
    return request;
  }

  private List<SourceState> states() {
    return published.stream().map(SourceStatus::state).toList();
  }

  private SourceStatus last() {
    return published.get(published.size() - 1);
  }

  /** Runs the next pending poll, whenever it is due. */
  private void runNextPoll() {
    scheduler.advance(scheduler.pendingDelays().get(0));
  }

  private SourcePoller resumedPoller(SourceConfig source, ResumePoints resume) {
    return new SourcePoller(
        source,
        new PollingContext(
            http,
            handler,
            published::add,
            scheduler,
            scheduler.clock(),
            new FixedRandom(0),
            PollingPolicy.defaults(),
            null,
            resume));
  }

  @Test
  void firstPollAfterRestartSendsTheStoredValidatorsAndA304CostsNoBody() throws Exception {
    server.enqueue(status(304));
    SourceConfig source = source("/live");
    SourcePoller poller =
        resumedPoller(
            source,
            s ->
                new org.wirewatch.model.SourceCursor(
                    s.id(), s.url(), "\"v7\"", "Thu, 07 Aug 2025 12:37:00 GMT", t0));

    poller.start();
    scheduler.runPending();

    RecordedRequest first = taken();
    assertThat(first.getHeaders().get("If-None-Match")).isEqualTo("\"v7\"");
    assertThat(first.getHeaders().get("If-Modified-Since"))
        .isEqualTo("Thu, 07 Aug 2025 12:37:00 GMT");
    assertThat(poller.status().state()).isEqualTo(SourceState.LIVE);
    assertThat(timeline.size()).isZero();
  }

  @Test
  void aStoredPermanentMoveIsPolledAtOnce() throws Exception {
    server.enqueue(status(304));
    SourceConfig source = source("/old");
    URI moved = server.url("/new").uri();
    SourcePoller poller =
        resumedPoller(
            source, s -> new org.wirewatch.model.SourceCursor(s.id(), moved, "\"v1\"", null, t0));

    poller.start();
    scheduler.runPending();

    assertThat(taken().getTarget()).isEqualTo("/new");
    assertThat(poller.source().url()).isEqualTo(source.url());
  }

  @Test
  void startingPublishesStartingAndPollsAtOnce() {
    server.enqueue(feed("1|Putin-Trump summit likely next week"));
    SourcePoller poller = poller("/live");

    poller.start();

    assertThat(states()).containsExactly(SourceState.STARTING);
    assertThat(server.getRequestCount()).as("nothing fetched on the caller's thread").isZero();
    assertThat(scheduler.pendingDelays()).containsExactly(Duration.ZERO);
  }

  @Test
  void problemsInAReadableDocumentShowWithTheLiveStatusUntilACleanOne() {
    server.enqueue(feed("1|Putin-Trump summit likely next week\n# item 2 has no id"));
    server.enqueue(feed("1|Putin-Trump summit likely next week"));
    SourcePoller poller = poller("/live");

    poller.start();
    scheduler.runPending();
    assertThat(last().state()).isEqualTo(SourceState.LIVE);
    assertThat(last().problems()).containsExactly("line 2 skipped: item 2 has no id");

    runNextPoll();
    assertThat(last().problems()).isEmpty();
  }

  @Test
  void aBodyGoesToTheHandlerAndTheSourceGoesLive() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "text/plain; charset=utf-8")
            .body("1|Putin-Trump summit likely next week")
            .build());
    SourcePoller poller = poller("/live");

    poller.start();
    scheduler.runPending();

    assertThat(handler.calls()).isEqualTo(1);
    FetchedBody body = handler.bodies().get(0);
    assertThat(body.contentType()).isEqualTo("text/plain; charset=utf-8");
    assertThat(body.finalUrl()).isEqualTo(server.url("/live").uri());
    assertThat(body.fetchedAt()).isEqualTo(t0);
    assertThat(timeline.size()).isEqualTo(1);
    SourceStatus status = poller.status();
    assertThat(status.state()).isEqualTo(SourceState.LIVE);
    assertThat(status.lastSuccess()).isEqualTo(t0);
    assertThat(status.lastUpdate()).isEqualTo(t0);
    assertThat(status.lastError()).isNull();
    assertThat(status.nextAttempt()).isEqualTo(t0.plus(INTERVAL));
    assertThat(scheduler.pendingDelays()).containsExactly(INTERVAL);
    assertThat(last()).isEqualTo(status);
  }

  @Test
  void notModifiedSkipsTheHandlerAndSendsBothValidatorsBack() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("ETag", "\"rev-7\"")
            .setHeader("Last-Modified", "Thu, 07 Aug 2025 11:59:00 GMT")
            .body("1|Summit likely")
            .build());
    server.enqueue(status(304));
    SourcePoller poller = poller("/live");

    poller.start();
    scheduler.runPending();
    scheduler.advance(INTERVAL);

    assertThat(handler.calls()).as("a 304 is not parsed").isEqualTo(1);
    RecordedRequest first = taken();
    assertThat(first.getHeaders().get("If-None-Match")).isNull();
    RecordedRequest second = taken();
    assertThat(second.getHeaders().get("If-None-Match")).isEqualTo("\"rev-7\"");
    assertThat(second.getHeaders().get("If-Modified-Since"))
        .isEqualTo("Thu, 07 Aug 2025 11:59:00 GMT");
    SourceStatus status = poller.status();
    assertThat(status.state()).as("a 304 counts as success").isEqualTo(SourceState.LIVE);
    assertThat(status.lastSuccess()).isEqualTo(t0.plus(INTERVAL));
    assertThat(status.lastUpdate()).as("a 304 brings nothing new").isEqualTo(t0);
  }

  @Test
  void anUnchangedBodyDoesNotMoveLastUpdate() {
    server.enqueue(feed("1|Summit likely"));
    server.enqueue(feed("1|Summit likely"));
    server.enqueue(feed("1|Summit likely next week"));
    SourcePoller poller = poller("/live");

    poller.start();
    scheduler.runPending();
    scheduler.advance(INTERVAL);

    assertThat(poller.status().lastSuccess()).isEqualTo(t0.plus(INTERVAL));
    assertThat(poller.status().lastUpdate()).isEqualTo(t0);

    scheduler.advance(INTERVAL);

    assertThat(poller.status().lastUpdate())
        .as("an edit is a change")
        .isEqualTo(t0.plus(INTERVAL.multipliedBy(2)));
  }

  @Test
  void aHandlerExceptionMakesTheSourceFailingWithItsMessage() {
    server.enqueue(feed("this is not a feed"));
    SourcePoller poller = poller("/live");

    poller.start();
    scheduler.runPending();

    SourceStatus status = poller.status();
    assertThat(status.state()).isEqualTo(SourceState.FAILING);
    assertThat(status.lastError()).isEqualTo("line 1: expected id|headline");
    assertThat(status.recentErrors())
        .containsExactly(new SourceStatus.SourceError(t0, "line 1: expected id|headline"));
    assertThat(status.staleSince()).isEqualTo(t0);
    assertThat(status.lastSuccess()).isNull();
    assertThat(status.nextAttempt()).isEqualTo(t0.plus(INTERVAL));
  }

  @Test
  void validatorsAreKeptOnlyOnceTheHandlerAcceptedTheBody() throws Exception {
    // Had we kept the ETag of a body we failed to handle, the server would answer 304 from then
    // on and the updates in that body would never reach the timeline.
    MockResponse v1 =
        new MockResponse.Builder()
            .code(200)
            .setHeader("ETag", "\"v1\"")
            .body("1|Summit likely")
            .build();
    server.enqueue(v1);
    server.enqueue(v1);
    server.enqueue(status(304));
    BodyHandler failsOnce =
        new BodyHandler() {
          boolean failed;

          @Override
          public Handled handle(SourceConfig source, FetchedBody body) throws Exception {
            if (!failed) {
              failed = true;
              throw new java.io.IOException("store busy");
            }
            return handler.handle(source, body);
          }
        };
    SourcePoller poller =
        new SourcePoller(
            source("/live"),
            new PollingContext(
                http,
                failsOnce,
                published::add,
                scheduler,
                scheduler.clock(),
                new FixedRandom(0),
                PollingPolicy.defaults()));

    poller.start();
    scheduler.runPending();
    assertThat(poller.status().state()).isEqualTo(SourceState.FAILING);
    assertThat(poller.status().lastError()).isEqualTo("store busy");
    runNextPoll();
    assertThat(poller.status().state()).isEqualTo(SourceState.LIVE);
    runNextPoll();

    assertThat(taken().getHeaders().get("If-None-Match")).isNull();
    assertThat(taken().getHeaders().get("If-None-Match"))
        .as("the ETag of the body that failed was not kept")
        .isNull();
    assertThat(taken().getHeaders().get("If-None-Match"))
        .as("the ETag of the body that was handled is sent back")
        .isEqualTo("\"v1\"");
    assertThat(timeline.size()).isEqualTo(1);
    assertThat(poller.status().state()).isEqualTo(SourceState.LIVE);
  }

  @Test
  void aServerErrorLeavesTheTimelineUntouched() {
    server.enqueue(feed("1|Summit likely\n2|Envoy arrives"));
    server.enqueue(status(500));
    SourcePoller poller = poller("/live");

    poller.start();
    scheduler.runPending();
    List<TimelineEntry> before = timeline.snapshot();
    scheduler.advance(INTERVAL);

    assertThat(poller.status().state()).isEqualTo(SourceState.FAILING);
    assertThat(poller.status().lastError()).isEqualTo("HTTP 500 Internal Server Error");
    assertThat(timeline.snapshot()).hasSize(2).isEqualTo(before);
    assertThat(handler.calls()).isEqualTo(1);
  }

  @Test
  void statusGoesLiveThenFailingThenLiveAgain() {
    server.enqueue(feed("1|Summit likely"));
    server.enqueue(status(503));
    server.enqueue(feed("1|Summit likely"));
    SourcePoller poller = poller("/live");

    poller.start();
    scheduler.runPending();
    scheduler.advance(INTERVAL);
    SourceStatus failing = poller.status();
    runNextPoll();
    SourceStatus recovered = poller.status();

    assertThat(states())
        .containsExactly(
            SourceState.STARTING, SourceState.LIVE, SourceState.FAILING, SourceState.LIVE);
    Instant failedAt = t0.plus(INTERVAL);
    assertThat(failing.lastError()).isEqualTo("HTTP 503 Service Unavailable");
    assertThat(failing.lastSuccess()).as("the last success is still shown").isEqualTo(t0);
    assertThat(failing.staleSince()).isEqualTo(failedAt);
    assertThat(failing.nextAttempt()).isEqualTo(failedAt.plus(INTERVAL));
    assertThat(recovered.lastError()).isNull();
    assertThat(recovered.staleSince()).isNull();
    assertThat(recovered.lastSuccess()).isEqualTo(failedAt.plus(INTERVAL));
    assertThat(recovered.recentErrors())
        .as("history survives recovery")
        .containsExactly(new SourceStatus.SourceError(failedAt, "HTTP 503 Service Unavailable"));
  }

  @Test
  void backoffDoublesFromTheIntervalUpToTheCapWithJitter() {
    server.setDispatcher(always(status(500)));
    SourcePoller poller =
        poller(source("/live"), http, new FixedRandom(0.5), PollingPolicy.defaults());

    poller.start();
    List<Duration> waits = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      runNextPoll();
      waits.add(Duration.between(scheduler.now(), poller.status().nextAttempt()));
    }

    // Nominal 15, 30, 60, 120, 240 s, then the 5 min cap; a draw of 0.5 takes 10 % off each.
    assertThat(waits)
        .containsExactly(
            Duration.ofMillis(13_500),
            Duration.ofSeconds(27),
            Duration.ofSeconds(54),
            Duration.ofMillis(108_000),
            Duration.ofSeconds(216),
            Duration.ofSeconds(270),
            Duration.ofSeconds(270),
            Duration.ofSeconds(270));
    assertThat(poller.status().state()).isEqualTo(SourceState.FAILING);
  }

  @Test
  void randomJitterStaysWithinItsBounds() {
    server.setDispatcher(always(status(502)));
    SourcePoller poller =
        poller(source("/live"), http, new SplittableRandom(2025), PollingPolicy.defaults());

    poller.start();
    Duration nominal = INTERVAL;
    for (int i = 0; i < 10; i++) {
      runNextPoll();
      Duration wait = scheduler.pendingDelays().get(0);
      assertThat(wait)
          .isLessThanOrEqualTo(nominal)
          .isGreaterThanOrEqualTo(Duration.ofMillis(nominal.toMillis() * 8 / 10));
      nominal = nominal.multipliedBy(2);
      if (nominal.compareTo(Duration.ofMinutes(5)) > 0) {
        nominal = Duration.ofMinutes(5);
      }
    }
  }

  @Test
  void retryAfterSecondsOn429IsHonoured() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "120").build());
    server.enqueue(feed("1|Summit likely"));
    SourcePoller poller = poller("/live");

    poller.start();
    scheduler.runPending();

    assertThat(poller.status().lastError()).isEqualTo("HTTP 429 Too Many Requests");
    assertThat(poller.status().nextAttempt()).isEqualTo(t0.plusSeconds(120));
    scheduler.advance(Duration.ofSeconds(119));
    assertThat(server.getRequestCount()).as("no retry before the server allows it").isEqualTo(1);
    scheduler.advance(Duration.ofSeconds(1));
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(poller.status().state()).isEqualTo(SourceState.LIVE);
  }

  @Test
  void retryAfterHttpDateOn503IsHonoured() {
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .setHeader("Retry-After", "Thu, 07 Aug 2025 12:05:00 GMT")
            .build());
    SourcePoller poller = poller("/live");

    poller.start();
    scheduler.runPending();

    assertThat(t0).isEqualTo(Instant.parse("2025-08-07T12:00:00Z"));
    assertThat(poller.status().nextAttempt()).isEqualTo(Instant.parse("2025-08-07T12:05:00Z"));
    assertThat(scheduler.pendingDelays()).containsExactly(Duration.ofMinutes(5));
  }

  @Test
  void aShortRetryAfterDoesNotShortenTheBackoff() {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "1").build());
    SourcePoller poller = poller("/live");

    poller.start();
    scheduler.runPending();

    assertThat(scheduler.pendingDelays()).containsExactly(INTERVAL);
  }

  @Test
  void anAbsurdRetryAfterIsBoundedByThePolicy() {
    server.enqueue(
        new MockResponse.Builder().code(429).setHeader("Retry-After", "31536000").build());
    SourcePoller poller = poller("/live");

    poller.start();
    scheduler.runPending();

    assertThat(scheduler.pendingDelays()).containsExactly(Duration.ofHours(1));
  }

  @Test
  void aPermanentRedirectMovesTheSourceForTheSession() throws Exception {
    server.enqueue(status(301, "Location", "/moved/live"));
    server.enqueue(feed("1|Summit likely"));
    server.enqueue(status(304));
    SourcePoller poller = poller("/live");

    poller.start();
    scheduler.runPending();

    URI moved = server.url("/moved/live").uri();
    assertThat(poller.status().url()).isEqualTo(moved);
    assertThat(poller.currentUrl()).isEqualTo(moved);
    assertThat(poller.status().state()).isEqualTo(SourceState.LIVE);
    assertThat(handler.bodies().get(0).finalUrl()).isEqualTo(moved);
    scheduler.advance(INTERVAL);
    assertThat(taken().getTarget()).isEqualTo("/live");
    assertThat(taken().getTarget()).isEqualTo("/moved/live");
    assertThat(taken().getTarget()).as("later polls go to the new URL").isEqualTo("/moved/live");
    assertThat(poller.source().url())
        .as("the configuration is not rewritten")
        .isEqualTo(server.url("/live").uri());
  }

  @Test
  void aPermanentRedirectLoopEndsInFailing() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String next = request.getTarget().equals("/a") ? "/b" : "/a";
            return status(308, "Location", next);
          }
        });
    SourcePoller poller = poller("/a");

    poller.start();
    scheduler.runPending();

    assertThat(poller.status().state()).isEqualTo(SourceState.FAILING);
    assertThat(poller.status().lastError())
        .isEqualTo(
            "permanent redirect loop: "
                + server.url("/a").uri()
                + " → "
                + server.url("/b").uri()
                + " → "
                + server.url("/a").uri());
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(poller.currentUrl())
        .as("the source keeps the URL the user configured")
        .isEqualTo(server.url("/a").uri());
  }

  @Test
  void aLongPermanentRedirectChainFailsAndKeepsTheConfiguredUrl() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            int hop = Integer.parseInt(request.getTarget().substring(2));
            return status(301, "Location", "/h" + (hop + 1));
          }
        });
    SourcePoller poller = poller("/h0");

    poller.start();
    scheduler.runPending();

    assertThat(poller.status().lastError()).isEqualTo("too many permanent redirects (more than 5)");
    assertThat(poller.currentUrl()).isEqualTo(server.url("/h0").uri());
  }

  @Test
  void aMoveIsAdoptedOnlyOnceTheNewLocationServesAValidDocument() {
    server.enqueue(status(301, "Location", "/moved"));
    server.enqueue(status(500));
    SourcePoller poller = poller("/live");

    poller.start();
    scheduler.runPending();

    assertThat(poller.status().state()).isEqualTo(SourceState.FAILING);
    assertThat(poller.currentUrl())
        .as("the new location failed, so the source stays where the user put it")
        .isEqualTo(server.url("/live").uri());
  }

  @Test
  void goneStopsTheSourceForGood() {
    server.enqueue(feed("1|Summit likely"));
    server.enqueue(status(410));
    SourcePoller poller = poller("/live");

    poller.start();
    scheduler.runPending();
    scheduler.advance(INTERVAL);

    SourceStatus status = poller.status();
    assertThat(status.state()).isEqualTo(SourceState.STOPPED);
    assertThat(status.lastError()).isEqualTo("HTTP 410 Gone");
    assertThat(status.nextAttempt()).isNull();
    assertThat(scheduler.pendingDelays()).isEmpty();
    assertThat(poller.pollNow()).isFalse();
    poller.start();
    scheduler.advance(Duration.ofHours(1));
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(timeline.size()).as("what it brought stays").isEqualTo(1);
  }

  @Test
  void aHangingRequestTurnsLiveIntoStale() {
    // The fake fetcher lets virtual time pass while "the request hangs", the way a worker thread
    // would sit in a blocking read while the scheduler's other threads carry on. (The outer
    // advance resets the virtual clock afterwards, so nothing is asserted after it returns but
    // what was published.)
    List<SourceStatus> seenWhileHanging = new ArrayList<>();
    Fetcher hangsOnSecondCall =
        new Fetcher() {
          int calls;

          @Override
          public FetchOutcome fetch(URI url, Validators validators) {
            if (++calls == 2) {
              scheduler.advance(Duration.ofSeconds(40));
              seenWhileHanging.add(published.get(published.size() - 1));
              return new FetchOutcome.Failed("timed out after 40 s");
            }
            return new FetchOutcome.NotModified();
          }
        };
    SourcePoller poller =
        poller(source("/live"), hangsOnSecondCall, new FixedRandom(0), PollingPolicy.defaults());

    poller.start();
    scheduler.runPending();
    scheduler.advance(INTERVAL);

    // Last success at t0, 3 intervals of 15 s: stale from t0 + 45 s.
    SourceStatus stale = seenWhileHanging.get(0);
    assertThat(stale.state()).isEqualTo(SourceState.STALE);
    assertThat(stale.staleSince()).isEqualTo(t0.plusSeconds(45));
    assertThat(stale.lastSuccess()).isEqualTo(t0);
    assertThat(states())
        .containsExactly(
            SourceState.STARTING, SourceState.LIVE, SourceState.STALE, SourceState.FAILING);
    assertThat(last().staleSince())
        .as("stale since is kept when it fails")
        .isEqualTo(t0.plusSeconds(45));
    assertThat(last().lastError()).isEqualTo("timed out after 40 s");
  }

  @Test
  void aRestartCountsStalenessFromTheRestart() {
    Fetcher hangsAfterRestart =
        new Fetcher() {
          int calls;

          @Override
          public FetchOutcome fetch(URI url, Validators validators) {
            if (++calls == 2) {
              scheduler.advance(Duration.ofSeconds(20));
            }
            return new FetchOutcome.NotModified();
          }
        };
    SourcePoller poller =
        poller(source("/live"), hangsAfterRestart, new FixedRandom(0), PollingPolicy.defaults());
    poller.start();
    scheduler.runPending();
    poller.stop();
    scheduler.advance(Duration.ofMinutes(10));

    poller.start();
    scheduler.runPending();

    assertThat(states())
        .containsExactly(
            SourceState.STARTING,
            SourceState.LIVE,
            SourceState.STOPPED,
            SourceState.STARTING,
            SourceState.LIVE);
  }

  @Test
  void aQuickFailureIsFailingNotStale() {
    server.setDispatcher(always(status(500)));
    SourcePoller poller = poller("/live");

    poller.start();
    scheduler.advance(Duration.ofMinutes(30));

    assertThat(states()).doesNotContain(SourceState.STALE);
  }

  @Test
  void recentErrorsAreBoundedAndNewestLast() {
    server.setDispatcher(always(status(500)));
    PollingPolicy keepThree =
        new PollingPolicy(Duration.ofMinutes(5), 0.2, 3, 3, Duration.ofHours(1), 5);
    SourcePoller poller = poller(source("/live"), http, new FixedRandom(0), keepThree);

    poller.start();
    for (int i = 0; i < 5; i++) {
      runNextPoll();
    }

    List<SourceStatus.SourceError> errors = poller.status().recentErrors();
    assertThat(errors).hasSize(3);
    assertThat(errors.get(2).at()).isEqualTo(scheduler.now());
    assertThat(errors.get(0).at()).isBefore(errors.get(1).at());
  }

  @Test
  void pollNowSkipsTheBackoffWait() {
    server.enqueue(status(503));
    server.enqueue(feed("1|Summit likely"));
    SourcePoller poller = poller("/live");
    poller.start();
    scheduler.runPending();
    assertThat(scheduler.pendingDelays()).containsExactly(INTERVAL);

    assertThat(poller.pollNow()).isTrue();

    assertThat(scheduler.pendingDelays()).containsExactly(Duration.ZERO);
    assertThat(poller.status().nextAttempt()).isEqualTo(scheduler.now());
    scheduler.runPending();
    assertThat(poller.status().state()).isEqualTo(SourceState.LIVE);
    assertThat(scheduler.pendingDelays()).as("one poll chain, not two").containsExactly(INTERVAL);
  }

  @Test
  void stopCancelsThePendingPoll() {
    server.enqueue(feed("1|Summit likely"));
    SourcePoller poller = poller("/live");
    poller.start();
    scheduler.runPending();

    poller.stop();

    assertThat(scheduler.pendingDelays()).isEmpty();
    assertThat(poller.status().state()).isEqualTo(SourceState.STOPPED);
    assertThat(poller.status().nextAttempt()).isNull();
    scheduler.advance(Duration.ofMinutes(10));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aResultArrivingAfterStopIsDiscarded() {
    SourcePoller[] self = new SourcePoller[1];
    Fetcher stopsMidway =
        (url, validators) -> {
          self[0].stop();
          return new FetchOutcome.Fetched(
              "1|Summit likely".getBytes(java.nio.charset.StandardCharsets.UTF_8),
              "text/plain",
              url,
              "\"v1\"",
              null);
        };
    self[0] = poller(source("/live"), stopsMidway, new FixedRandom(0), PollingPolicy.defaults());

    self[0].start();
    scheduler.runPending();

    assertThat(self[0].status().state()).isEqualTo(SourceState.STOPPED);
    assertThat(self[0].status().lastSuccess()).isNull();
    assertThat(scheduler.pendingDelays()).isEmpty();
  }

  @Test
  void aDisabledSourceIsNeverPolled() {
    SourceConfig disabled =
        new SourceConfig(
            SourceId.of("off"),
            "Off",
            server.url("/").uri(),
            null,
            INTERVAL,
            ZoneOffset.UTC,
            null,
            false);
    SourcePoller poller = poller(disabled, http, new FixedRandom(0), PollingPolicy.defaults());

    poller.start();
    scheduler.advance(Duration.ofMinutes(1));

    assertThat(poller.status().state()).isEqualTo(SourceState.STOPPED);
    assertThat(poller.status().lastError()).isEqualTo("disabled");
    assertThat(states())
        .as("listed once, so the status bar shows it")
        .containsExactly(SourceState.STOPPED);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aThrowingStatusListenerDoesNotStopPolling() {
    server.enqueue(feed("1|Summit likely"));
    SourcePoller poller =
        new SourcePoller(
            source("/live"),
            new PollingContext(
                http,
                handler,
                s -> {
                  throw new IllegalStateException("listener bug");
                },
                scheduler,
                scheduler.clock(),
                new FixedRandom(0),
                PollingPolicy.defaults()));

    poller.start();
    scheduler.runPending();

    assertThat(poller.status().state()).isEqualTo(SourceState.LIVE);
    assertThat(scheduler.pendingDelays()).containsExactly(INTERVAL);
  }

  private static MockResponse status(int code, String header, String value) {
    return new MockResponse.Builder().code(code).setHeader(header, value).build();
  }

  private static Dispatcher always(MockResponse response) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return response;
      }
    };
  }

  @Test
  void retryAfterFromOneSourceDelaysEverySourceOnThatHost() throws Exception {
    java.util.concurrent.atomic.AtomicInteger busyAnswers =
        new java.util.concurrent.atomic.AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return request.getTarget().equals("/busy") && busyAnswers.getAndIncrement() == 0
                ? status(503, "Retry-After", "120")
                : feed("1|Summit likely");
          }
        });
    HostThrottle throttle = new HostThrottle();
    PollingContext shared =
        new PollingContext(
            http,
            handler,
            published::add,
            scheduler,
            scheduler.clock(),
            new FixedRandom(0),
            PollingPolicy.defaults(),
            throttle);
    SourcePoller busy = new SourcePoller(source("/busy"), shared);
    SourceConfig neighbourConfig =
        new SourceConfig(
            SourceId.of("neighbour"),
            "Neighbour",
            server.url("/calm").uri(),
            null,
            INTERVAL,
            ZoneOffset.UTC,
            null,
            true);
    SourcePoller neighbour = new SourcePoller(neighbourConfig, shared);

    busy.start();
    scheduler.runPending(); // busy asks, and is told to come back in 120 s
    int requestsBefore = server.getRequestCount();
    neighbour.start();
    scheduler.runPending();

    assertThat(server.getRequestCount())
        .as("the neighbour on the same host does not ask while the host's wait runs")
        .isEqualTo(requestsBefore);
    assertThat(neighbour.status().problems()).anyMatch(p -> p.contains("asked to retry after"));
    assertThat(neighbour.status().nextAttempt())
        .isEqualTo(scheduler.clock().instant().plusSeconds(120));

    scheduler.advance(java.time.Duration.ofSeconds(120));
    assertThat(neighbour.status().state()).isEqualTo(SourceState.LIVE);
    assertThat(neighbour.status().problems()).noneMatch(p -> p.contains("asked to retry"));
  }
}

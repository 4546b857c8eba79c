package org.wirewatch.fetch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.exec.TaskScheduler;
import org.wirewatch.model.SourceState;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.model.SourceStatusListener;
import org.wirewatch.source.SourceConfig;

/**
 * Polls one source on its interval and keeps its {@link SourceStatus}.
 *
 * <p>Each poll is a task on the {@link TaskScheduler}; the blocking HTTP call and the {@link
 * BodyHandler} run inside it, never on the FX thread. One poll is in flight at a time.
 *
 * <ul>
 *   <li><b>Success</b> (a 2xx the handler accepted, or a 304): LIVE, next poll an interval after it
 *       began. The response's ETag/Last-Modified are kept only now, after the handler succeeded, so
 *       a parse failure is retried with a full GET instead of being answered 304 forever.
 *   <li><b>Failure</b> (error status, network error, timeout, oversize body, handler exception):
 *       FAILING, retried with {@link Backoff exponential backoff with jitter} starting at the
 *       interval; a Retry-After on 429/503 is honoured as a minimum (bounded by {@link
 *       PollingPolicy#maxRetryAfter()}). Nothing is handed to the handler, so what the source
 *       already brought stays in the timeline.
 *   <li><b>301/308</b>, or a page that advertises its feed: the source moves to the new URL and is
 *       polled there at once; the move is kept once the new URL answers with a document, and the
 *       status shows the new URL (and "using the page's Atom feed" for a discovered feed).
 *   <li><b>410</b>: STOPPED for good, with the reason.
 *   <li><b>STALE</b>: a LIVE (or STARTING) source whose request has been in flight so long that
 *       there has been no success for {@link PollingPolicy#staleAfterIntervals()} intervals. Only a
 *       hanging request gets there: every finished attempt is either a success (LIVE) or a failure
 *       (FAILING, which already says more). A stale source that then fails turns FAILING, keeping
 *       {@code staleSince}; one that succeeds turns LIVE.
 * </ul>
 *
 * <p>Every change is published to the {@link SourceStatusListener}, from whichever thread made it,
 * while this poller's lock is held so statuses arrive in order. Thread-safe.
 */
public final class SourcePoller implements SourceRunner {
  private static final Logger LOG = LoggerFactory.getLogger(SourcePoller.class);

  private SourceConfig configured; // guarded by this
  private final PollingContext context;
  private final Backoff backoff;

  // All mutable state is guarded by this.
  private SourceConfig current;
  private Validators validators = Validators.NONE;
  private SourceState state;
  private String lastError;
  private Instant lastSuccess;
  private Instant lastUpdate;
  private Instant staleSince;
  private Instant nextAttempt;
  private final RecentErrors recentErrors;
  private List<String> problems = List.of();
  private String hostWait;
  private String via; // "using the page's Atom feed", once a discovered feed answered
  private int failuresInARow;
  private final PendingMove move = new PendingMove();
  private boolean running;
  private boolean gone;
  private boolean inFlight;
  private boolean stopAfterPoll; // a push source's one catch-up poll after its stream (re)opened
  private Instant startedAt;
  // epoch changes on start/stop, so work begun before a stop is discarded; pollToken changes on
  // every (re)scheduling, so a superseded poll task does nothing even if it could not be cancelled.
  private long epoch;
  private long pollToken;
  private TaskScheduler.Cancellable pendingPoll;
  private TaskScheduler.Cancellable staleAlarm;
  private SourceStatus status;

  public SourcePoller(SourceConfig source, PollingContext context) {
    this.configured = Objects.requireNonNull(source, "source");
    this.context = Objects.requireNonNull(context, "context");
    this.current = source;
    this.recentErrors = new RecentErrors(context.policy().recentErrorLimit());
    this.backoff =
        new Backoff(
            source.interval(),
            context.policy().backoffCap(),
            context.policy().jitter(),
            context.random());
    if (source.enabled()) {
      state = SourceState.STARTING;
    } else {
      state = SourceState.STOPPED;
      lastError = "disabled";
    }
    resumeFrom(context.resume().resumeAt(source));
    this.status = snapshot();
  }

  private void resumeFrom(org.wirewatch.model.SourceCursor cursor) {
    if (cursor != null && cursor.source().equals(configured.id())) {
      validators = new Validators(cursor.etag(), cursor.lastModified());
      current = cursor.url() == null ? configured : configured.withUrl(cursor.url()); // a move
    }
  }

  /** The source as configured (its id, name and original URL). */
  @Override
  public synchronized SourceConfig source() {
    return configured;
  }

  /** The latest status. */
  @Override
  public synchronized SourceStatus status() {
    return status;
  }

  /** The URL being polled now: the configured one, or where a 301/308 moved it. */
  public synchronized URI currentUrl() {
    return current.url();
  }

  /**
   * Starts polling: the first poll is due at once. A disabled source only publishes its STOPPED
   * status, so the status bar can list it. Does nothing if already running or gone (410).
   */
  @Override
  public synchronized void start() {
    stopAfterPoll = false;
    if (!configured.enabled()) {
      publish();
      return;
    }
    if (running || gone) {
      return;
    }
    running = true;
    epoch++;
    startedAt = now();
    state = SourceState.STARTING;
    schedulePoll(Duration.ZERO);
    publish();
  }

  /**
   * Stops polling: cancels the pending poll and discards the result of one still in flight.
   * Publishes STOPPED.
   */
  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    epoch++;
    pollToken++;
    pendingPoll = Tasks.cancel(pendingPoll);
    staleAlarm = Tasks.cancel(staleAlarm);
    nextAttempt = null;
    state = SourceState.STOPPED;
    publish();
  }

  /**
   * Asks for a poll now (the manual refresh), skipping any backoff wait.
   *
   * @return false when the poller is not running
   */
  @Override
  public synchronized boolean pollNow() {
    if (!running) {
      return false;
    }
    if (!inFlight) {
      schedulePoll(Duration.ZERO);
      publish();
    }
    return true;
  }

  /** Polls once now, then stops (a push source catching up); {@link #start()} keeps polling. */
  public synchronized void pollOnce() {
    if (running) {
      pollNow();
    } else {
      start();
    }
    stopAfterPoll = running;
  }

  /**
   * Takes an edit that kept the URL: the new name, interval, zone, format or selectors apply from
   * the next poll; validators, backoff and a permanent move stay.
   *
   * @throws IllegalArgumentException when the id or the URL differs (that is a new source)
   */
  @Override
  public synchronized void reconfigure(SourceConfig edited) {
    if (!edited.id().equals(configured.id()) || !edited.url().equals(configured.url())) {
      throw new IllegalArgumentException(
          "not the same source: " + edited.id() + " " + edited.url());
    }
    boolean movedAway = !current.url().equals(configured.url());
    configured = edited;
    current = movedAway ? edited.withUrl(current.url()) : edited;
    publish();
  }

  private void poll(long token) {
    SourceConfig target;
    Validators sent;
    long pollEpoch;
    synchronized (this) {
      if (!running || token != pollToken || inFlight) {
        return;
      }
      if (waitForHost()) {
        return;
      }
      inFlight = true;
      pendingPoll = null;
      target = move.isEmpty() ? current : current.withUrl(move.target(current.url()));
      sent = move.isEmpty() ? validators : Validators.NONE;
      pollEpoch = epoch;
      armStaleAlarm(pollEpoch);
    }
    PollAttempt.Result result = new PollAttempt.Result.Failure("internal error", null);
    Instant began = now();
    try {
      result = PollAttempt.run(context, target, sent);
    } finally {
      synchronized (this) {
        inFlight = false;
        staleAlarm = Tasks.cancel(staleAlarm);
        if (pollEpoch == epoch && running) {
          apply(result, began);
          publish();
          if (stopAfterPoll) {
            stop(); // the catch-up poll of a push source whose stream is back
          }
        }
      }
    }
  }

  private void apply(PollAttempt.Result result, Instant began) {
    Instant now = now();
    if (result instanceof PollAttempt.Result.Handled handled) {
      adoptMove();
      validators = handled.validators();
      problems = handled.outcome().problems();
      if (handled.outcome().changes() > 0) {
        lastUpdate = now;
      }
      succeeded(now, began);
    } else if (result instanceof PollAttempt.Result.Unchanged) {
      adoptMove();
      succeeded(now, began);
    } else if (result instanceof PollAttempt.Result.MovedTo moved) {
      String problem =
          move.problemWith(current.url(), moved.url(), context.policy().maxMovesInARow());
      if (problem != null) {
        move.clear(); // back to the URL the user configured (or the last one that worked)
        failed(now, problem, null);
      } else {
        move.follow(moved.url(), moved.note());
        schedulePoll(Duration.ZERO);
      }
    } else if (result instanceof PollAttempt.Result.Removed removed) {
      running = false;
      gone = true;
      state = SourceState.STOPPED;
      lastError = removed.message();
      recentErrors.add(now, removed.message());
      nextAttempt = null;
      pendingPoll = Tasks.cancel(pendingPoll);
    } else {
      PollAttempt.Result.Failure failure = (PollAttempt.Result.Failure) result;
      failed(now, failure.message(), failure.retryAfter());
    }
  }

  private void succeeded(Instant now, Instant began) {
    state = SourceState.LIVE;
    lastSuccess = now;
    lastError = null;
    staleSince = null;
    failuresInARow = 0;
    schedulePoll(PollingPolicy.afterSuccess(current.interval(), began, now));
  }

  /**
   * When another source on this host was asked to retry later, this one waits too: the poll is put
   * off until the host's wait is over. Returns true when it was put off.
   */
  private boolean waitForHost() {
    URI url = move.target(current.url());
    Instant until = context.throttle().blockedUntil(url, now());
    if (until == null) {
      hostWait = null;
      return false;
    }
    hostWait = "waiting: " + url.getHost() + " asked to retry after " + until;
    schedulePoll(Duration.between(now(), until));
    publish();
    return true;
  }

  private void adoptMove() {
    if (!move.isEmpty()) {
      via = move.note() != null ? move.note() : via;
      current = current.withUrl(move.target(current.url()));
      validators = Validators.NONE;
      move.clear();
    }
  }

  private void failed(Instant now, String message, Duration retryAfter) {
    move.clear();
    failuresInARow++;
    state = SourceState.FAILING;
    lastError = message;
    recentErrors.add(now, message);
    if (staleSince == null) {
      staleSince = now;
    }
    Duration delay = backoff.delayAfter(failuresInARow);
    if (retryAfter != null) {
      Duration asked = RetryAfter.bounded(retryAfter, context.policy().maxRetryAfter());
      context.throttle().block(current.url(), now.plus(asked));
      if (asked.compareTo(delay) > 0) {
        delay = asked;
      }
    }
    schedulePoll(delay);
  }

  private void schedulePoll(Duration delay) {
    pendingPoll = Tasks.cancel(pendingPoll);
    long token = ++pollToken;
    nextAttempt = now().plus(delay);
    pendingPoll = context.scheduler().schedule(() -> poll(token), delay);
  }

  private void armStaleAlarm(long pollEpoch) {
    if (state != SourceState.LIVE && state != SourceState.STARTING) {
      return;
    }
    Duration delay = context.policy().untilStale(lastSuccess, startedAt, current.interval(), now());
    staleAlarm = context.scheduler().schedule(() -> markStale(pollEpoch), delay);
  }

  private synchronized void markStale(long pollEpoch) {
    if (pollEpoch != epoch
        || !inFlight
        || (state != SourceState.LIVE && state != SourceState.STARTING)) {
      return;
    }
    state = SourceState.STALE;
    if (staleSince == null) {
      staleSince = now();
    }
    publish();
  }

  private void publish() {
    status = snapshot();
    try {
      context.listener().onStatus(status);
    } catch (RuntimeException e) {
      LOG.warn("status listener failed for " + configured.id(), e);
    }
  }

  private SourceStatus snapshot() {
    return new SourceStatus(
        configured.id(),
        configured.name(),
        current.url(),
        state,
        lastError,
        lastSuccess,
        lastUpdate,
        staleSince,
        nextAttempt,
        recentErrors.list(),
        java.util.stream.Stream.of(
                java.util.stream.Stream.ofNullable(via),
                problems.stream(),
                java.util.stream.Stream.ofNullable(hostWait))
            .flatMap(s -> s)
            .toList());
  }

  private Instant now() {
    return context.clock().instant();
  }
}

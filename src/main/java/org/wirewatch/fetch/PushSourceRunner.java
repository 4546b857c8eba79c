package org.wirewatch.fetch;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import okhttp3.Call;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.exec.TaskScheduler;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.source.SourceConfig;

/**
 * Follows a source that pushes: its Server-Sent Events stream while the stream is up, its URL
 * polled while it is down.
 *
 * <ul>
 *   <li>Each (re)connect sends the last good event's id as {@code Last-Event-ID}, then polls the
 *       source once, so a server that ignores the id, or a gap, loses nothing. Identity is the
 *       update's id and version (the timeline's), never the event id, so nothing shows twice.
 *   <li>A stream that ends (closed, cut, reset, refused, not an event stream, an error status) or
 *       stalls (no byte, not even a heartbeat, for the stream client's read timeout) is reopened
 *       after the server's {@code retry:} (else {@link PushContext#defaultRetry()}), backed off
 *       with jitter while it keeps failing, and never sooner than a {@code Retry-After}. Meanwhile
 *       the source is polled at its interval; polling stops when the stream is back.
 *   <li>An event whose data is not readable is skipped and reported; the connection and the last
 *       good event id stay.
 * </ul>
 *
 * <p>The status says "live (push)", or that it fell back to polling and why. Thread-safe: the
 * blocking read runs on {@link PushContext#streams()}, timing on the scheduler.
 */
public final class PushSourceRunner implements SourceRunner {
  private static final Logger LOG = LoggerFactory.getLogger(PushSourceRunner.class);

  private final PollingContext polling;
  private final PushContext push;
  private final Backoff backoff;
  private final SourcePoller fallback; // null for a source whose URL is its stream
  private final RecentErrors errors;

  // Guarded by this.
  private SourceConfig configured;
  private boolean running;
  private long epoch;
  private Call call;
  private boolean streamUp;
  private String downBecause;
  private String lastEventId;
  private Duration retry;
  private int failuresInARow;
  private Instant lastEvent;
  private Instant lastUpdate;
  private Instant nextConnect;
  private List<String> problems = List.of();
  private long badEvents;
  private TaskScheduler.Cancellable pendingConnect;
  private SourceStatus status;
  private SourceStatus polled; // the fallback poller's latest, as it told us

  public PushSourceRunner(SourceConfig source, PollingContext polling, PushContext push) {
    this.configured = Objects.requireNonNull(source);
    Objects.requireNonNull(source.push(), "a push source needs push settings");
    this.polling = polling;
    this.push = push;
    this.retry = push.defaultRetry();
    this.errors = new RecentErrors(polling.policy().recentErrorLimit());
    this.backoff =
        new Backoff(
            push.defaultRetry(),
            polling.policy().backoffCap(),
            polling.policy().jitter(),
            polling.random());
    this.fallback =
        source.pushOnly()
            ? null
            : new SourcePoller(source, polling.withListener(this::pollerChanged));
    this.polled = fallback == null ? null : fallback.status();
    this.status = snapshot();
  }

  @Override
  public synchronized SourceConfig source() {
    return configured;
  }

  @Override
  public synchronized SourceStatus status() {
    return status;
  }

  /** Whether the stream is open now (for tests and the status). */
  public synchronized boolean streaming() {
    return streamUp;
  }

  /** The id the next reconnect sends as {@code Last-Event-ID}. */
  public synchronized String lastEventId() {
    return lastEventId;
  }

  // Lock order: the poller publishes under its own lock and then takes this one, so this runner
  // never calls into the poller while holding its lock.

  @Override
  public void start() {
    if (!configured.enabled()) {
      if (fallback != null) {
        fallback.start(); // publishes STOPPED, disabled
      }
      synchronized (this) {
        publish();
      }
      return;
    }
    synchronized (this) {
      if (running) {
        return;
      }
      running = true;
      epoch++;
      connectSoon(Duration.ZERO);
      publish();
    }
  }

  @Override
  public void stop() {
    synchronized (this) {
      if (!running) {
        return;
      }
      running = false;
      epoch++;
      pendingConnect = Tasks.cancel(pendingConnect);
      if (call != null) {
        call.cancel();
        call = null;
      }
      streamUp = false;
      nextConnect = null;
      publish();
    }
    if (fallback != null) {
      fallback.stop();
    }
  }

  @Override
  public boolean pollNow() {
    boolean up;
    synchronized (this) {
      if (!running) {
        return false;
      }
      up = streamUp;
      if (!up && call == null) {
        connectSoon(Duration.ZERO);
      }
    }
    if (fallback != null) {
      if (up) {
        fallback.pollOnce();
      } else {
        fallback.pollNow();
      }
    }
    return true;
  }

  @Override
  public void reconfigure(SourceConfig edited) {
    synchronized (this) {
      if (!edited.id().equals(configured.id())
          || !edited.url().equals(configured.url())
          || !Objects.equals(edited.push(), configured.push())) {
        throw new IllegalArgumentException("not the same source: " + edited.id());
      }
      configured = edited;
      publish();
    }
    if (fallback != null) {
      fallback.reconfigure(edited);
    }
  }

  private void connectSoon(Duration delay) {
    pendingConnect = Tasks.cancel(pendingConnect);
    long token = epoch;
    nextConnect = polling.clock().instant().plus(delay);
    pendingConnect =
        polling.scheduler().schedule(() -> push.streams().execute(() -> connect(token)), delay);
  }

  private void connect(long token) {
    Request request;
    Call opened;
    synchronized (this) {
      if (!running || token != epoch || call != null) {
        return;
      }
      pendingConnect = null;
      nextConnect = null;
      Request.Builder b =
          new Request.Builder()
              .url(configured.push().stream().toString())
              .header("Accept", "text/event-stream")
              .header("Cache-Control", "no-cache");
      if (lastEventId != null) {
        b.header("Last-Event-ID", lastEventId);
      }
      request = b.build();
      opened = push.client().newCall(request);
      call = opened;
    }
    Outcome outcome;
    try (Response response = opened.execute()) {
      outcome = follow(token, response);
    } catch (IOException | RuntimeException e) {
      outcome =
          new Outcome(FailureMessages.stream(e, push.client().readTimeoutMillis()), null, false);
    }
    ended(token, opened, outcome);
  }

  /** How one connection ended. */
  private record Outcome(String reason, Duration retryAfter, boolean delivered) {}

  private Outcome follow(long token, Response response) {
    if (!response.isSuccessful()) {
      return new Outcome(
          "the stream answered HTTP " + response.code(),
          RetryAfter.parse(response.headers(), polling.clock().instant()).orElse(null),
          false);
    }
    String notAStream = RetryTap.notAnEventStream(response);
    if (notAStream != null) {
      return new Outcome(notAStream, null, false);
    }
    // okhttp-sse reads the events; the tap sees retry: lines, which it does not pass on.
    Response tapped = RetryTap.tap(response, this::retryIs);
    Listener listener = new Listener(token);
    opened(token);
    EventSources.processResponse(tapped, listener);
    return new Outcome(listener.end, null, listener.events > 0);
  }

  private synchronized void retryIs(long millis) {
    retry = Duration.ofMillis(Math.max(100, millis));
  }

  private void opened(long token) {
    synchronized (this) {
      if (token != epoch || !running) {
        return;
      }
      streamUp = true;
      downBecause = null;
      lastEvent = polling.clock().instant();
      publish();
    }
    // Catch up on anything sent while the stream was down, then stop polling.
    if (fallback != null) {
      fallback.pollOnce();
    }
  }

  private void ended(long token, Call opened, Outcome outcome) {
    synchronized (this) {
      if (call == opened) {
        call = null;
      }
      if (token != epoch || !running) {
        return;
      }
      streamUp = false;
      downBecause = outcome.reason();
      errors.add(polling.clock().instant(), "push: " + outcome.reason());
      failuresInARow = outcome.delivered() ? 1 : failuresInARow + 1;
      // A stream that carried events and then ended is reopened after the server's retry; one that
      // keeps failing backs off, never sooner than that.
      Duration delay = outcome.delivered() ? retry : max(backoff.delayAfter(failuresInARow), retry);
      if (outcome.retryAfter() != null) {
        delay =
            max(delay, RetryAfter.bounded(outcome.retryAfter(), polling.policy().maxRetryAfter()));
      }
      connectSoon(delay);
      publish();
      LOG.info(
          "{}: push stream down ({}); reconnecting in {}", configured.id(), downBecause, delay);
    }
    if (fallback != null) {
      fallback.start(); // polling takes over until the stream is back
    }
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private void event(long token, StreamEvent event) {
    SourceConfig source;
    synchronized (this) {
      if (token != epoch || !running) {
        return;
      }
      source = configured;
      lastEvent = polling.clock().instant();
    }
    try {
      BodyHandler.Handled handled = push.handler().handle(source, event);
      synchronized (this) {
        if (event.id() != null) {
          lastEventId = event.id();
        }
        problems = handled.problems();
        if (handled.changes() > 0) {
          lastUpdate = polling.clock().instant();
        }
        publish();
      }
    } catch (Exception e) {
      synchronized (this) {
        badEvents++;
        String why =
            "skipped an unreadable event"
                + (event.id() == null ? "" : " (id " + event.id() + ")")
                + ": "
                + e.getMessage();
        problems = List.of(why);
        errors.add(polling.clock().instant(), why);
        publish();
      }
    }
  }

  /** okhttp-sse's callbacks for one connection, on its thread. */
  private final class Listener extends EventSourceListener {
    private final long token;
    private String end = "the server closed the stream";
    private int events;

    Listener(long token) {
      this.token = token;
    }

    @Override
    public void onEvent(EventSource source, String id, String type, String data) {
      events++;
      event(token, new StreamEvent(id, type, data));
    }

    @Override
    public void onFailure(EventSource source, Throwable t, Response response) {
      end =
          t == null
              ? "the stream failed"
              : FailureMessages.stream(t, push.client().readTimeoutMillis());
    }
  }

  private synchronized void pollerChanged(SourceStatus latest) {
    polled = latest;
    publish();
  }

  private void publish() {
    status = snapshot();
    try {
      polling.listener().onStatus(status);
    } catch (RuntimeException e) {
      LOG.warn("status listener failed for " + configured.id(), e);
    }
  }

  private SourceStatus snapshot() {
    return PushStatus.of(
        configured,
        new PushStatus.Stream(
            running,
            streamUp,
            downBecause,
            lastEvent,
            lastUpdate,
            nextConnect,
            problems,
            badEvents,
            errors.list()),
        polled);
  }
}

package org.wirewatch.fetch;

import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.wirewatch.exec.TaskScheduler;
import org.wirewatch.model.SourceStatusListener;
import org.wirewatch.source.SourceConfig;

/**
 * What every poller shares: where to fetch, what to do with a body, whom to tell, and how time and
 * chance are read (both injectable so tests are deterministic).
 *
 * @param fetcher fetches a URL; in the app a {@link ConditionalFetcher}
 * @param handler parses and ingests a body
 * @param listener told of every status change
 * @param scheduler runs the polls (and their blocking HTTP calls) off the FX thread
 * @param clock reads now; in tests the scheduler's virtual clock
 * @param random jitter for backoff; must be thread-safe when pollers run on several threads
 * @param policy backoff and staleness rules
 * @param throttle per-host waits that servers asked for, shared by every source
 * @param resume where each source picks up after a restart (its stored validators)
 * @param streamFound told (on the scheduler) of a source whose URL answered with an event stream,
 *     as that source with {@code push=self}, to follow it as push; {@code null} when nobody can
 */
public record PollingContext(
    Fetcher fetcher,
    BodyHandler handler,
    SourceStatusListener listener,
    TaskScheduler scheduler,
    Clock clock,
    RandomGenerator random,
    PollingPolicy policy,
    HostThrottle throttle,
    ResumePoints resume,
    java.util.function.Consumer<SourceConfig> streamFound) {
  public PollingContext {
    Objects.requireNonNull(fetcher, "fetcher");
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(scheduler, "scheduler");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(random, "random");
    listener = listener == null ? status -> {} : listener;
    policy = policy == null ? PollingPolicy.defaults() : policy;
    throttle = throttle == null ? new HostThrottle() : throttle;
    resume = resume == null ? ResumePoints.NONE : resume;
  }

  /** A context that cannot follow event streams. */
  public PollingContext(
      Fetcher fetcher,
      BodyHandler handler,
      SourceStatusListener listener,
      TaskScheduler scheduler,
      Clock clock,
      RandomGenerator random,
      PollingPolicy policy,
      HostThrottle throttle,
      ResumePoints resume) {
    this(fetcher, handler, listener, scheduler, clock, random, policy, throttle, resume, null);
  }

  /** A context whose sources all start afresh. */
  public PollingContext(
      Fetcher fetcher,
      BodyHandler handler,
      SourceStatusListener listener,
      TaskScheduler scheduler,
      Clock clock,
      RandomGenerator random,
      PollingPolicy policy,
      HostThrottle throttle) {
    this(fetcher, handler, listener, scheduler, clock, random, policy, throttle, null);
  }

  /** A context with a throttle of its own (sources sharing a host should share one context). */
  public PollingContext(
      Fetcher fetcher,
      BodyHandler handler,
      SourceStatusListener listener,
      TaskScheduler scheduler,
      Clock clock,
      RandomGenerator random,
      PollingPolicy policy) {
    this(fetcher, handler, listener, scheduler, clock, random, policy, null, null);
  }

  /** The same context telling {@code other} of status changes instead. */
  public PollingContext withListener(SourceStatusListener other) {
    return new PollingContext(
        fetcher, handler, other, scheduler, clock, random, policy, throttle, resume, streamFound);
  }
}

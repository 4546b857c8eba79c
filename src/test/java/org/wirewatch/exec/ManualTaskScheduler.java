package org.wirewatch.exec;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A deterministic {@link TaskScheduler} with its own virtual clock. Tasks run on the test's thread
 * only when the test calls {@link #runPending()} or {@link #advance(Duration)}.
 */
public final class ManualTaskScheduler implements TaskScheduler {
  private record Pending(long seq, Instant due, Runnable task, boolean[] cancelled) {}

  private final PriorityQueue<Pending> queue =
      new PriorityQueue<>(Comparator.comparing(Pending::due).thenComparingLong(Pending::seq));
  private long seq;
  private Instant now;

  public ManualTaskScheduler(Instant start) {
    this.now = start;
  }

  public ManualTaskScheduler() {
    this(Instant.parse("2025-08-07T12:00:00Z"));
  }

  /** A clock that reads this scheduler's virtual time. */
  public Clock clock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now;
      }
    };
  }

  public Instant now() {
    return now;
  }

  @Override
  public void execute(Runnable task) {
    schedule(task, Duration.ZERO);
  }

  @Override
  public Cancellable schedule(Runnable task, Duration delay) {
    boolean[] cancelled = {false};
    queue.add(new Pending(seq++, now.plus(delay), task, cancelled));
    return () -> cancelled[0] = true;
  }

  /** Runs every task due now, including ones they schedule for now. */
  public void runPending() {
    advance(Duration.ZERO);
  }

  /** Moves virtual time forward, running each task at its due time in order. */
  public void advance(Duration by) {
    Instant until = now.plus(by);
    while (!queue.isEmpty() && !queue.peek().due().isAfter(until)) {
      Pending next = queue.poll();
      if (next.due().isAfter(now)) {
        now = next.due();
      }
      if (!next.cancelled()[0]) {
        next.task().run();
      }
    }
    // A task may itself advance time further (a request that hangs while time passes): never
    // move the clock backwards.
    if (until.isAfter(now)) {
      now = until;
    }
  }

  /** Delays of the tasks still waiting, from now, in due order. */
  public List<Duration> pendingDelays() {
    List<Duration> out = new ArrayList<>();
    queue.stream()
        .filter(p -> !p.cancelled()[0])
        .sorted(queue.comparator())
        .forEach(p -> out.add(Duration.between(now, p.due())));
    return out;
  }
}

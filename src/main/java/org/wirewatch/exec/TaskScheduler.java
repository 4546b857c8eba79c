package org.wirewatch.exec;

import java.time.Duration;

/**
 * The one way background work is started. Production uses {@link ExecutorTaskScheduler}; tests use
 * a manual scheduler that runs tasks on the calling thread when told to, so they are deterministic
 * and never sleep.
 */
public interface TaskScheduler {

  /** Runs {@code task} soon, off the caller's thread in production. */
  void execute(Runnable task);

  /** Runs {@code task} once after {@code delay}; the handle cancels it if it has not started. */
  Cancellable schedule(Runnable task, Duration delay);

  /** A scheduled task that can be called off. */
  @FunctionalInterface
  interface Cancellable {
    void cancel();
  }
}

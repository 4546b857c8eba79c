package org.wirewatch.exec;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A {@link TaskScheduler} on a small pool of daemon threads. */
public final class ExecutorTaskScheduler implements TaskScheduler, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ExecutorTaskScheduler.class.getName());

  private final ScheduledExecutorService executor;

  public ExecutorTaskScheduler(String name, int threads) {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory =
        r -> {
          Thread t = new Thread(r, name + "-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(threads, factory);
    // On close, polls scheduled for later are dropped; work already submitted still finishes.
    pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    this.executor = pool;
  }

  @Override
  public void execute(Runnable task) {
    executor.execute(guarded(task));
  }

  @Override
  public Cancellable schedule(Runnable task, Duration delay) {
    ScheduledFuture<?> future =
        executor.schedule(guarded(task), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    return () -> future.cancel(false);
  }

  // A task that throws must not silently kill a periodic chain; log it loudly instead.
  private static Runnable guarded(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException | Error e) {
        LOG.log(Level.SEVERE, "background task failed", e);
      }
    };
  }

  /**
   * Lets running and queued work finish (a last settings save, say) for a moment, then stops what
   * is left.
   */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}

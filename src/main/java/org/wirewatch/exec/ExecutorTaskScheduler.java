package org.wirewatch.exec;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TaskScheduler} that keeps time apart from work. One timer thread only waits for due
 * times and hands each task to a worker pool that grows as needed (bounded) and shrinks when idle.
 * So a stale alarm, a countdown or a backoff wake-up is dispatched on time even when every worker
 * is blocked in a read on a slow server; with one fixed pool, as before, it waited behind them.
 */
public final class ExecutorTaskScheduler implements TaskScheduler, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ExecutorTaskScheduler.class);
  private static final int MAX_WORKERS = 64;

  private final ScheduledThreadPoolExecutor timer;
  private final ThreadPoolExecutor workers;

  /**
   * @param name thread name prefix
   * @param coreWorkers workers kept alive while idle; more are started on demand, up to {@value
   *     #MAX_WORKERS}
   */
  public ExecutorTaskScheduler(String name, int coreWorkers) {
    this.timer = new ScheduledThreadPoolExecutor(1, daemons(name + "-timer"));
    // On close, tasks scheduled for later are dropped; work already submitted still finishes.
    timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    this.workers =
        new ThreadPoolExecutor(
            0, MAX_WORKERS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), daemons(name));
    // Past the bound, the timer thread runs the task itself rather than dropping it.
    workers.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
    workers.setCorePoolSize(Math.max(0, Math.min(coreWorkers, MAX_WORKERS)));
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void execute(Runnable task) {
    workers.execute(guarded(task));
  }

  @Override
  public Cancellable schedule(Runnable task, Duration delay) {
    Runnable guardedTask = guarded(task);
    ScheduledFuture<?> future =
        timer.schedule(
            () -> dispatch(guardedTask), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    return () -> future.cancel(false);
  }

  private void dispatch(Runnable task) {
    try {
      workers.execute(task);
    } catch (RejectedExecutionException closing) {
      LOG.debug("scheduler closed; dropped a due task", closing);
    }
  }

  /** Threads currently working; for tests and diagnostics. */
  int workerCount() {
    return workers.getPoolSize();
  }

  // A task that throws must not silently kill a periodic chain; log it loudly instead.
  private static Runnable guarded(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException | Error e) {
        LOG.error("background task failed", e);
      }
    };
  }

  /**
   * Lets running and queued work finish (a last settings save, say) for a moment, then stops what
   * is left.
   */
  @Override
  public void close() {
    timer.shutdown();
    workers.shutdown();
    try {
      for (ExecutorService pool : new ExecutorService[] {timer, workers}) {
        if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
          pool.shutdownNow();
        }
      }
    } catch (InterruptedException e) {
      timer.shutdownNow();
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}

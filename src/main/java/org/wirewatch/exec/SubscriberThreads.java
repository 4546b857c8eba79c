package org.wirewatch.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread per change subscriber (the printer, the store, alerts), so a subscriber that
 * blocks on a pipe, a disk or a sound card delays only itself. Closing lets each finish what is
 * queued for a moment, so the last changes before exit are still written.
 */
public final class SubscriberThreads implements AutoCloseable {
  private final List<ExecutorService> threads = new ArrayList<>();

  /** A new single thread named {@code wirewatch-<name>}; tasks run in submission order. */
  public synchronized Executor newThread(String name) {
    ExecutorService thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "wirewatch-" + name);
              t.setDaemon(true);
              return t;
            });
    threads.add(thread);
    return thread;
  }

  @Override
  public synchronized void close() {
    threads.forEach(ExecutorService::shutdown);
    try {
      for (ExecutorService thread : threads) {
        if (!thread.awaitTermination(2, TimeUnit.SECONDS)) {
          thread.shutdownNow();
        }
      }
    } catch (InterruptedException e) {
      threads.forEach(ExecutorService::shutdownNow);
      Thread.currentThread().interrupt();
    }
  }
}

package org.wirewatch.app;

import java.net.URI;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.exec.TaskScheduler;
import org.wirewatch.fetch.ResumePoints;
import org.wirewatch.model.HistoryStatus;
import org.wirewatch.model.SourceCursor;
import org.wirewatch.model.SourceId;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.store.HistoryStore;
import org.wirewatch.store.HistoryWriter;
import org.wirewatch.store.RestoreRequest;
import org.wirewatch.store.RestoredHistory;
import org.wirewatch.store.SourceDirectory;
import org.wirewatch.store.StoreSettings;
import org.wirewatch.store.StoreUnavailableException;
import org.wirewatch.timeline.ChangeStream;
import org.wirewatch.timeline.Timeline;

/**
 * History as the app uses it: opened and restored into the timeline before anything subscribes or
 * polls, written by its own subscriber thread, pruned in the background, and turned off (never
 * fatal) when the file cannot be used. Only configured sources are kept; the demo replays its
 * script fresh on every start.
 */
final class AppHistory implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AppHistory.class);
  static final Duration PRUNE_EVERY = Duration.ofHours(6);
  static final Duration FIRST_PRUNE = Duration.ofMinutes(1);

  /** Per source, updates remembered beyond the restored window (a feed lists a few dozen). */
  static final int KNOWN_PER_SOURCE = 500;

  private final HistoryStore store; // null when off
  private final List<Consumer<HistoryStatus>> listeners = new CopyOnWriteArrayList<>();
  private final Map<SourceId, SourceCursor> resumable = new ConcurrentHashMap<>();
  private final TaskScheduler scheduler;
  private volatile HistoryStatus status;
  private volatile boolean closed;
  private ChangeStream.Subscription subscription;
  private TaskScheduler.Cancellable nextPrune;

  private AppHistory(HistoryStore store, HistoryStatus status, TaskScheduler scheduler) {
    this.store = store;
    this.status = status;
    this.scheduler = scheduler;
  }

  /**
   * Opens history and restores {@code timeline} from it; with history off (by choice or because the
   * file cannot be used) the status says why and the app goes on without it.
   */
  static AppHistory open(
      AppOptions options,
      Clock clock,
      Timeline timeline,
      Supplier<List<SourceConfig>> configured,
      TaskScheduler scheduler,
      Executor writerThread) {
    HistoryOptions h = options.history();
    if (!h.enabled()) {
      return new AppHistory(null, HistoryStatus.off("not kept in this mode"), scheduler);
    }
    HistoryStore store;
    try {
      store = HistoryStore.openForWriting(h.dataDir(), new StoreSettings(h.retention(), clock, 0));
    } catch (StoreUnavailableException e) {
      HistoryStatus off = HistoryStatus.off(e.getMessage() + "; live updates go on");
      LOG.warn(off.message());
      return new AppHistory(null, off, scheduler);
    }
    AppHistory history =
        new AppHistory(store, HistoryStatus.on(store.file().toString()), scheduler);
    history.restoreInto(timeline, configured.get(), h, options.capacity(), clock);
    // What a crash left unindexed becomes searchable first thing, on the writer's own thread.
    writerThread.execute(history::indexLeftovers);
    history.subscription =
        timeline.subscribe(
            new HistoryWriter(store, directory(configured), history::turnedOff), writerThread);
    history.schedulePrune(FIRST_PRUNE);
    return history;
  }

  private void restoreInto(
      Timeline timeline, List<SourceConfig> sources, HistoryOptions h, int capacity, Clock clock) {
    Map<SourceId, URI> wanted =
        sources.stream()
            .collect(Collectors.toMap(SourceConfig::id, SourceConfig::url, (a, b) -> a));
    int max = h.restoreMax() == 0 ? capacity : Math.min(h.restoreMax(), capacity);
    try {
      RestoredHistory restored =
          store.restore(
              new RestoreRequest(
                  wanted, clock.instant().minus(h.restoreWindow()), max, KNOWN_PER_SOURCE));
      timeline.restore(restored.shown(), restored.knownOnly(), restored.cursors());
      restored.cursors().forEach(c -> resumable.put(c.source(), c));
      LOG.info(
          "history: restored {} updates ({} more known) and {} cursors from {}",
          restored.shown().size(),
          restored.knownOnly().size(),
          restored.cursors().size(),
          store.file());
    } catch (SQLException e) {
      // Unreadable history is not fatal: start empty, and do not write over what cannot be read.
      turnedOff(HistoryStatus.off(store.describe(e) + "; live updates go on"));
    }
  }

  private void indexLeftovers() {
    try {
      int n = store.indexAllPending();
      if (n > 0) {
        LOG.info("history: indexed {} updates left unindexed by the last run", n);
      }
    } catch (SQLException e) {
      turnedOff(HistoryStatus.off(store.describe(e) + "; live updates go on"));
    }
  }

  private static SourceDirectory directory(Supplier<List<SourceConfig>> configured) {
    return new SourceDirectory() {
      @Override
      public String name(SourceId source) {
        return find(source).map(SourceConfig::name).orElse(null);
      }

      @Override
      public URI configuredUrl(SourceId source) {
        return find(source).map(SourceConfig::url).orElse(null);
      }

      @Override
      public boolean keeps(SourceId source) {
        return find(source).isPresent();
      }

      private Optional<SourceConfig> find(SourceId id) {
        return configured.get().stream().filter(s -> s.id().equals(id)).findFirst();
      }
    };
  }

  /** Where pollers pick up: each stored cursor once, for the source as configured at start. */
  ResumePoints resumePoints() {
    return source -> {
      SourceCursor c = resumable.remove(source.id());
      return c != null && store != null && status.on() ? c : null;
    };
  }

  /** A source was edited or removed: whatever was stored for it no longer vouches for it. */
  void forgetResume(SourceId source) {
    resumable.remove(source);
  }

  private void schedulePrune(Duration delay) {
    synchronized (this) {
      if (closed) {
        return;
      }
      nextPrune =
          scheduler.schedule(
              () -> {
                prune();
                schedulePrune(PRUNE_EVERY);
              },
              delay);
    }
  }

  private void prune() {
    if (store == null || !status.on() || closed) {
      return;
    }
    try {
      int n = store.pruneExpired();
      if (n > 0) {
        LOG.info("history: pruned {} updates past the retention", n);
      }
    } catch (SQLException e) {
      LOG.warn("history: pruning failed: " + store.describe(e), e);
    }
  }

  private void turnedOff(HistoryStatus off) {
    status = off;
    LOG.warn(off.message());
    listeners.forEach(l -> l.accept(off));
  }

  HistoryStatus status() {
    return status;
  }

  /** Told when history turns off after start; {@link #status()} gives the state at start. */
  void addListener(Consumer<HistoryStatus> listener) {
    listeners.add(listener);
  }

  /** The store, for search and export from the window; empty with history off. */
  Optional<HistoryStore> store() {
    return Optional.ofNullable(store);
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      if (nextPrune != null) {
        nextPrune.cancel();
      }
    }
    if (subscription != null) {
      subscription.close(); // the writer's thread has finished its queue by now
    }
    if (store != null) {
      store.close();
    }
  }
}

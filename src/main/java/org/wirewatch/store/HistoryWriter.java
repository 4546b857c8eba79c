package org.wirewatch.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.model.HistoryStatus;
import org.wirewatch.timeline.ChangeSubscriber;
import org.wirewatch.timeline.TimelineDelta;

/**
 * The store's subscriber to the change stream: on its own thread, each batch of deltas that queued
 * up becomes one transaction. The first write that fails turns history off for the rest of the run
 * and says why: writing later deltas after a lost one could store a cursor that vouches for updates
 * that were never stored. What the window shows is not affected.
 */
public final class HistoryWriter implements ChangeSubscriber {
  private static final Logger LOG = LoggerFactory.getLogger(HistoryWriter.class);

  private final HistoryStore store;
  private final SourceDirectory sources;
  private final Consumer<HistoryStatus> status;
  private final Runnable betweenUpdatesAndCursors;
  private volatile boolean failed;

  /**
   * @param status told once when history turns off
   */
  public HistoryWriter(
      HistoryStore store, SourceDirectory sources, Consumer<HistoryStatus> status) {
    this(store, sources, status, () -> {});
  }

  /** With a step run inside each transaction between the updates and the cursors (tests). */
  HistoryWriter(
      HistoryStore store,
      SourceDirectory sources,
      Consumer<HistoryStatus> status,
      Runnable betweenUpdatesAndCursors) {
    this.store = Objects.requireNonNull(store, "store");
    this.sources = Objects.requireNonNull(sources, "sources");
    this.status = Objects.requireNonNull(status, "status");
    this.betweenUpdatesAndCursors = betweenUpdatesAndCursors;
  }

  @Override
  public void onDelta(TimelineDelta delta) {
    onDeltas(List.of(delta));
  }

  @Override
  public void onDeltas(List<TimelineDelta> deltas) {
    if (failed) {
      return;
    }
    List<TimelineDelta> worth =
        deltas.stream().filter(d -> !d.changes().isEmpty() || d.cursor() != null).toList();
    if (worth.isEmpty()) {
      return; // only evictions: history keeps what left memory
    }
    try {
      store.write(worth, sources, betweenUpdatesAndCursors);
      // Stored first, then searchable: indexing runs after the commit, a chunk at a time.
      store.indexAllPending();
    } catch (SQLException | RuntimeException e) {
      failed = true;
      String why =
          e instanceof SQLException sql
              ? store.describe(sql)
              : "cannot write " + store.file() + " (" + e + ")";
      LOG.error("history: writing failed; history is off until restart: " + why, e);
      status.accept(HistoryStatus.off(why + "; live updates go on"));
    }
  }

  /** True once a write failed and history stopped. */
  public boolean failed() {
    return failed;
  }

  @Override
  public String toString() {
    return "history writer (" + store.file() + ")";
  }
}

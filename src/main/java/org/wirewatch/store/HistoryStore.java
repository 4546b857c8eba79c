package org.wirewatch.store;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.wirewatch.ingest.UpdateChange;
import org.wirewatch.model.Revision;
import org.wirewatch.model.SourceCursor;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;
import org.wirewatch.timeline.TimelineDelta;

/**
 * History on disk: every update and revision the timeline published, each source's cursor, and a
 * full-text index, in one SQLite file in the data directory. Opened for writing by one app at a
 * time (a lock file says so), or for reading by any number of searches and exports alongside.
 *
 * <p>One connection, used under this object's lock: SQLite serializes writers anyway, and a search
 * that answers in milliseconds does not hold up a write for long.
 */
public final class HistoryStore implements AutoCloseable {
  private static final int PRUNE_CHUNK = 5_000;

  /** Updates indexed per transaction: small enough that a new batch never waits long. */
  static final int INDEX_CHUNK = 2_000;

  private final Path file;
  private final Connection connection;
  private final DataDirLock lock; // null when read-only
  private final StoreSettings settings;
  private final StoreReads reads;

  private HistoryStore(Path file, Connection connection, DataDirLock lock, StoreSettings settings) {
    this.file = file;
    this.connection = connection;
    this.lock = lock;
    this.settings = settings;
    this.reads = new StoreReads(connection);
  }

  /**
   * Opens (creating when absent) the history in {@code dir} for writing: takes the directory's
   * lock, then opens and migrates the database.
   */
  public static HistoryStore openForWriting(Path dir, StoreSettings settings)
      throws StoreUnavailableException {
    try {
      Files.createDirectories(dir);
    } catch (IOException | SecurityException e) {
      throw new StoreUnavailableException("cannot create " + dir + " (" + e.getMessage() + ")", e);
    }
    DataDirLock lock = DataDirLock.acquire(dir);
    try {
      Path file = dir.resolve(StoreDatabase.FILE_NAME);
      Connection connection = StoreDatabase.openForWriting(file, settings.maxPageCount());
      try {
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        StoreDatabase.closeQuietly(connection);
        throw new StoreUnavailableException(StoreDatabase.describe(file, e), e);
      }
      return new HistoryStore(file, connection, lock, settings);
    } catch (StoreUnavailableException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Opens the history in {@code dir} read-only, for search and export; takes no lock. */
  public static HistoryStore openForReading(Path dir, StoreSettings settings)
      throws StoreUnavailableException {
    Path file = dir.resolve(StoreDatabase.FILE_NAME);
    return new HistoryStore(file, StoreDatabase.openForReading(file), null, settings);
  }

  public Path file() {
    return file;
  }

  /** Says what SQLite's complaint means for this file, in the user's words. */
  public String describe(SQLException e) {
    return StoreDatabase.describe(file, e);
  }

  // ---------------------------------------------------------------------------------- writing

  /**
   * Writes the deltas' changes, then their cursors, in one transaction: a crash, a full disk or a
   * failed statement leaves neither, so stored validators never vouch for updates that are not
   * stored. Evictions are not deletions: history keeps what left memory.
   */
  public void write(List<TimelineDelta> deltas, SourceDirectory sources) throws SQLException {
    write(deltas, sources, () -> {});
  }

  /** As {@link #write(List, SourceDirectory)}, running {@code between} after the updates. */
  synchronized void write(List<TimelineDelta> deltas, SourceDirectory sources, Runnable between)
      throws SQLException {
    requireWritable();
    connection.setAutoCommit(false);
    try {
      try (UpdateWriter updates = new UpdateWriter(connection)) {
        for (TimelineDelta delta : deltas) {
          for (UpdateChange change : delta.changes()) {
            if (!sources.keeps(change.key().source())) {
              continue;
            }
            // a relayed update is found under the name of the source the relay read it from
            updates.upsert(change.entry(), change.entry().update().sourceName(sources::name));
          }
        }
      }
      between.run();
      try (PreparedStatement s = connection.prepareStatement(UPSERT_CURSOR)) {
        for (TimelineDelta delta : deltas) {
          SourceCursor c = delta.cursor();
          if (c == null || !sources.keeps(c.source())) {
            continue;
          }
          URI configured = sources.configuredUrl(c.source());
          s.setString(1, c.source().value());
          UpdateRows.setNullable(s, 2, configured == null ? null : configured.toString());
          UpdateRows.setNullable(s, 3, c.url() == null ? null : c.url().toString());
          UpdateRows.setNullable(s, 4, c.etag());
          UpdateRows.setNullable(s, 5, c.lastModified());
          UpdateRows.setNullable(s, 6, c.servedAt());
          s.setLong(7, settings.clock().millis());
          s.addBatch();
        }
        s.executeBatch();
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly();
      throw e;
    } finally {
      restoreAutoCommit();
    }
  }

  private static final String UPSERT_CURSOR =
      "INSERT INTO cursors (source, configured_url, url, etag, last_modified, served_ms, saved_ms)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET"
          + " configured_url = excluded.configured_url, url = excluded.url, etag = excluded.etag,"
          + " last_modified = excluded.last_modified, served_ms = excluded.served_ms,"
          + " saved_ms = excluded.saved_ms";

  /**
   * Deletes updates (and their revisions) that were last published, seen or edited before {@code
   * horizon}, in small transactions so writes interleave. Returns how many went.
   */
  public int prune(Instant horizon) throws SQLException {
    requireWritable();
    int total = 0;
    while (true) {
      int n;
      synchronized (this) {
        try (PreparedStatement s =
            connection.prepareStatement(
                "DELETE FROM updates WHERE row_id IN (SELECT row_id FROM updates WHERE"
                    + " row_id < ? AND first_seen_ms < ? AND coalesce(edited_ms, 0) < ?"
                    + " AND coalesce(withdrawn_ms, 0) < ? LIMIT ?)")) {
          long ms = horizon.toEpochMilli();
          s.setLong(1, RowIds.from(horizon));
          s.setLong(2, ms);
          s.setLong(3, ms);
          s.setLong(4, ms);
          s.setInt(5, PRUNE_CHUNK);
          n = s.executeUpdate();
        }
      }
      total += n;
      if (n < PRUNE_CHUNK) {
        return total;
      }
    }
  }

  /**
   * Indexes up to {@code max} stored updates that search does not find yet, in one transaction;
   * returns how many. The writer calls it after each commit until nothing is left, so an update is
   * searchable moments after it is stored; a crash in between only leaves them for the next run.
   */
  public synchronized int indexPending(int max) throws SQLException {
    requireWritable();
    connection.setAutoCommit(false);
    try (PreparedStatement index =
            connection.prepareStatement(
                "INSERT INTO updates_fts (rowid, headline, body, credit, source_name)"
                    + " SELECT u.row_id, u.headline, u.body, coalesce(u.credit, ''), u.source_name"
                    + " FROM fts_pending p JOIN updates u ON u.row_id = p.row_id"
                    + " ORDER BY p.row_id LIMIT ?");
        PreparedStatement done =
            connection.prepareStatement(
                "DELETE FROM fts_pending WHERE row_id IN"
                    + " (SELECT row_id FROM fts_pending ORDER BY row_id LIMIT ?)")) {
      index.setInt(1, max);
      index.executeUpdate();
      done.setInt(1, max);
      int n = done.executeUpdate();
      connection.commit();
      return n;
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly();
      throw e;
    } finally {
      restoreAutoCommit();
    }
  }

  /** Indexes everything pending, in chunks; returns how many. */
  public int indexAllPending() throws SQLException {
    int total = 0;
    for (int n; (n = indexPending(INDEX_CHUNK)) > 0; ) {
      total += n;
    }
    return total;
  }

  /** Stored updates search does not find yet. */
  public synchronized long pendingIndex() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM fts_pending")) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** Prunes by the configured retention, counted back from now. */
  public int pruneExpired() throws SQLException {
    return prune(settings.clock().instant().minus(settings.retention()));
  }

  private void requireWritable() {
    if (lock == null) {
      throw new IllegalStateException("history was opened read-only");
    }
  }

  private void rollbackQuietly() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the transaction is gone either way
    }
  }

  private void restoreAutoCommit() {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException ignored) {
      // the next write sets it again
    }
  }

  // ---------------------------------------------------------------------------------- reading

  /** What to show and remember on start, and the cursors that may be resumed. */
  public synchronized RestoredHistory restore(RestoreRequest request) throws SQLException {
    return reads.restore(request);
  }

  /** The results of {@code query}, newest first. */
  public List<StoredUpdate> search(HistoryQuery query) throws SQLException {
    List<StoredUpdate> out = new ArrayList<>();
    search(query, out::add);
    return out;
  }

  /** Streams the results of {@code query}, newest first, without holding them all in memory. */
  public synchronized void search(HistoryQuery query, Consumer<StoredUpdate> each)
      throws SQLException {
    reads.search(query, each);
  }

  /**
   * The updates of {@code sources} first seen, edited or withdrawn at or after {@code since},
   * oldest change first, at most {@code limit}: what a relay replays to a screen that was away
   * longer than its event log reaches.
   */
  public synchronized List<TimelineEntry> changedSince(
      Instant since, java.util.Collection<SourceId> sources, int limit) throws SQLException {
    return reads.changedSince(since, List.copyOf(sources), limit);
  }

  /** Every stored earlier version of {@code key}, oldest first (more than memory keeps). */
  public synchronized List<Revision> revisions(UpdateKey key) throws SQLException {
    return reads.revisions(key);
  }

  /** How many updates are stored. */
  public synchronized long count() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM updates")) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /**
   * {@code PRAGMA integrity_check}'s verdict, then FTS5's own check of the search index when no row
   * is waiting to be indexed: "ok", or what is wrong.
   */
  public synchronized String integrityCheck() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      List<String> lines = new ArrayList<>();
      while (rs.next()) {
        lines.add(rs.getString(1));
      }
      // Rows waiting to be indexed differ from the index by design; the index is checked whole
      // once they are in.
      if (lines.equals(List.of("ok")) && pendingIndex() == 0) {
        try (Statement fts = connection.createStatement()) {
          // FTS5's own check: every indexed token agrees with the rows it was indexed from.
          fts.execute("INSERT INTO updates_fts (updates_fts, rank) VALUES ('integrity-check', 1)");
        } catch (SQLException e) {
          return "search index: " + e.getMessage();
        }
      }
      return String.join("; ", lines);
    }
  }

  @Override
  public synchronized void close() {
    StoreDatabase.closeQuietly(connection);
    if (lock != null) {
      lock.close();
    }
  }
}

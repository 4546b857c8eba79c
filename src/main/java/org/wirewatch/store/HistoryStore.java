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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.wirewatch.ingest.UpdateChange;
import org.wirewatch.model.LiveUpdate;
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
  /** Revisions brought back per update: as many as the timeline keeps. */
  static final int REVISIONS_LOADED = TimelineEntry.MAX_REVISIONS;

  private static final int PRUNE_CHUNK = 5_000;

  /** Updates indexed per transaction: small enough that a new batch never waits long. */
  static final int INDEX_CHUNK = 2_000;

  private final Path file;
  private final Connection connection;
  private final DataDirLock lock; // null when read-only
  private final StoreSettings settings;

  private HistoryStore(Path file, Connection connection, DataDirLock lock, StoreSettings settings) {
    this.file = file;
    this.connection = connection;
    this.lock = lock;
    this.settings = settings;
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
            updates.upsert(change.entry(), sources.name(change.key().source()));
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
    if (request.sources().isEmpty()) {
      return RestoredHistory.empty();
    }
    List<SourceId> ids = new ArrayList<>(request.sources().keySet());
    String in = placeholders(ids.size());
    List<TimelineEntry> shown = new ArrayList<>();
    long since = request.since() == null ? Long.MIN_VALUE : request.since().toEpochMilli();
    // What was on screen: published lately (a rowid range), or first seen lately (a feed's older
    // items, by the first-seen index); newest first either way.
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT * FROM updates WHERE row_id IN ("
                + "SELECT row_id FROM updates WHERE row_id >= ? AND source IN ("
                + in
                + ") UNION SELECT row_id FROM updates WHERE first_seen_ms >= ? AND source IN ("
                + in
                + ")) ORDER BY row_id DESC LIMIT ?")) {
      int i = 1;
      s.setLong(i++, since == Long.MIN_VALUE ? Long.MIN_VALUE : RowIds.from(request.since()));
      i = bind(s, i, ids);
      s.setLong(i++, since);
      i = bind(s, i, ids);
      s.setInt(i, request.maxShown());
      forEachRow(s, row -> shown.add(row.entry()));
    }
    List<TimelineEntry> known = new ArrayList<>();
    if (request.knownPerSource() > 0) {
      try (PreparedStatement s =
          connection.prepareStatement(
              "SELECT * FROM updates WHERE source = ? ORDER BY row_id DESC LIMIT ?")) {
        for (SourceId id : ids) {
          s.setString(1, id.value());
          s.setInt(2, request.knownPerSource());
          forEachRow(s, row -> known.add(row.entry()));
        }
      }
    }
    List<SourceCursor> cursors = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT * FROM cursors");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        SourceId id = SourceId.of(rs.getString("source"));
        URI wanted = request.sources().get(id);
        String storedFor = rs.getString("configured_url");
        // A cursor stored for another URL (the user edited the source) would send the old
        // validators, or poll where the old URL had moved: start that source afresh instead.
        if (wanted == null || storedFor == null || !storedFor.equals(wanted.toString())) {
          continue;
        }
        String url = rs.getString("url");
        cursors.add(
            new SourceCursor(
                id,
                url == null ? wanted : URI.create(url),
                rs.getString("etag"),
                rs.getString("last_modified"),
                UpdateRows.instant(rs, "served_ms")));
      }
    }
    return new RestoredHistory(shown, known, cursors);
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
    String match = FtsQuery.of(query.text());
    if (match.isEmpty() && !query.text().isBlank()) {
      return; // only punctuation was typed: nothing can match
    }
    // Rowids are publication order: the index (or the table) is walked newest first, a range is a
    // rowid range, and LIMIT stops the walk; nothing is sorted.
    StringBuilder sql = new StringBuilder();
    List<Object> args = new ArrayList<>();
    List<String> where = new ArrayList<>();
    String rowid;
    if (match.isEmpty()) {
      sql.append("SELECT u.* FROM updates u");
      rowid = "u.row_id";
    } else {
      sql.append("SELECT u.* FROM updates_fts f JOIN updates u ON u.row_id = f.rowid");
      where.add("updates_fts MATCH ?");
      args.add(match);
      rowid = "f.rowid";
    }
    if (query.since() != null) {
      where.add(rowid + " >= ?");
      args.add(RowIds.from(query.since()));
    }
    if (query.until() != null) {
      where.add(rowid + " < ?");
      args.add(RowIds.from(query.until()));
    }
    if (!query.sources().isEmpty()) {
      where.add("u.source IN (" + placeholders(query.sources().size()) + ")");
      query.sources().stream().map(SourceId::value).sorted().forEach(args::add);
    }
    if (!where.isEmpty()) {
      sql.append(" WHERE ").append(String.join(" AND ", where));
    }
    sql.append(" ORDER BY ").append(rowid).append(" DESC");
    if (query.limit() > 0) {
      sql.append(" LIMIT ").append(query.limit());
    }
    try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        s.setObject(i + 1, args.get(i));
      }
      forEachRow(s, each);
    }
  }

  /** Every stored earlier version of {@code key}, oldest first (more than memory keeps). */
  public synchronized List<Revision> revisions(UpdateKey key) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT r.* FROM revisions r JOIN updates u ON u.row_id = r.update_row"
                + " WHERE u.source = ? AND u.id = ? ORDER BY r.replaced_ms")) {
      s.setString(1, key.source().value());
      s.setString(2, key.id());
      List<Revision> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(revision(rs, key));
        }
      }
      return out;
    }
  }

  /** How many updates are stored. */
  public synchronized long count() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM updates")) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** {@code PRAGMA integrity_check}'s verdict: "ok", or what is wrong. */
  public synchronized String integrityCheck() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      List<String> lines = new ArrayList<>();
      while (rs.next()) {
        lines.add(rs.getString(1));
      }
      if (lines.equals(List.of("ok"))) {
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

  private void forEachRow(PreparedStatement s, Consumer<StoredUpdate> each) throws SQLException {
    List<StoredUpdate> batch = new ArrayList<>();
    List<Long> edited = new ArrayList<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        batch.add(row(rs, Collections.emptyList()));
        edited.add(rs.getObject("edited_ms") == null ? null : rs.getLong("row_id"));
        if (batch.size() == 500) {
          flush(batch, edited, each);
        }
      }
    }
    flush(batch, edited, each);
  }

  // Revisions are read per edited row once the row cursor is past it; few rows are edited.
  private void flush(List<StoredUpdate> batch, List<Long> edited, Consumer<StoredUpdate> each)
      throws SQLException {
    for (int i = 0; i < batch.size(); i++) {
      StoredUpdate row = batch.get(i);
      Long rowId = edited.get(i);
      if (rowId != null) {
        TimelineEntry e = row.entry();
        List<Revision> revisions = latestRevisions(rowId, e.key());
        row =
            new StoredUpdate(
                new TimelineEntry(e.update(), revisions, e.editedAt(), e.withdrawnAt()),
                row.sourceName());
      }
      each.accept(row);
    }
    batch.clear();
    edited.clear();
  }

  private List<Revision> latestRevisions(long rowId, UpdateKey key) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT * FROM revisions WHERE update_row = ? ORDER BY replaced_ms DESC LIMIT ?")) {
      s.setLong(1, rowId);
      s.setInt(2, REVISIONS_LOADED);
      List<Revision> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(revision(rs, key));
        }
      }
      Collections.reverse(out);
      return out;
    }
  }

  private static Revision revision(ResultSet rs, UpdateKey key) throws SQLException {
    LiveUpdate u = UpdateRows.read(rs, key.source(), key.id());
    return new Revision(u, Instant.ofEpochMilli(rs.getLong("replaced_ms")));
  }

  private static StoredUpdate row(ResultSet rs, List<Revision> revisions) throws SQLException {
    SourceId source = SourceId.of(rs.getString("source"));
    LiveUpdate u = UpdateRows.read(rs, source, rs.getString("id"));
    TimelineEntry entry =
        new TimelineEntry(
            u,
            revisions,
            UpdateRows.instant(rs, "edited_ms"),
            UpdateRows.instant(rs, "withdrawn_ms"));
    return new StoredUpdate(entry, rs.getString("source_name"));
  }

  private static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  private static int bind(PreparedStatement s, int first, List<SourceId> ids) throws SQLException {
    int i = first;
    for (SourceId id : ids) {
      s.setString(i++, id.value());
    }
    return i;
  }

  /** The sources with a stored cursor and the URL each was configured with (for tools). */
  public synchronized Map<SourceId, String> cursorSources() throws SQLException {
    Map<SourceId, String> out = new java.util.TreeMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT source, configured_url FROM cursors")) {
      while (rs.next()) {
        out.put(SourceId.of(rs.getString(1)), Objects.toString(rs.getString(2), ""));
      }
    }
    return out;
  }

  @Override
  public synchronized void close() {
    StoreDatabase.closeQuietly(connection);
    if (lock != null) {
      lock.close();
    }
  }
}

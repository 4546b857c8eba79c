package org.wirewatch.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Revision;
import org.wirewatch.model.SourceCursor;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;

/**
 * The store's reads: what comes back on start, searches, and revisions, as model values. Called
 * under {@link HistoryStore}'s lock, on its connection.
 */
final class StoreReads {
  /** Revisions brought back per update: as many as the timeline keeps. */
  static final int REVISIONS_LOADED = TimelineEntry.MAX_REVISIONS;

  private final Connection connection;

  StoreReads(Connection connection) {
    this.connection = connection;
  }

  /** What to show and remember on start, and the cursors that may be resumed. */
  RestoredHistory restore(RestoreRequest request) throws SQLException {
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

  /** Streams the results of {@code query}, newest first, without holding them all in memory. */
  void search(HistoryQuery query, Consumer<StoredUpdate> each) throws SQLException {
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

  /**
   * The updates of {@code sources} first seen, edited or withdrawn at or after {@code since}, in
   * the order those changes happened, at most {@code limit}.
   */
  List<TimelineEntry> changedSince(Instant since, List<SourceId> sources, int limit)
      throws SQLException {
    if (sources.isEmpty() || limit <= 0) {
      return List.of();
    }
    String in = placeholders(sources.size());
    long at = since.toEpochMilli();
    // Three index ranges (first seen, edited, withdrawn) as a union, as restore does: written as
    // an OR, SQLite scans every row kept (or, without statistics, every row of the source).
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT *, max(first_seen_ms, coalesce(edited_ms, 0), coalesce(withdrawn_ms, 0))"
                + " AS changed_ms FROM updates WHERE row_id IN ("
                + "SELECT row_id FROM updates WHERE first_seen_ms >= ?"
                + " UNION SELECT row_id FROM updates WHERE edited_ms >= ?"
                + " UNION SELECT row_id FROM updates WHERE withdrawn_ms >= ?) AND source IN ("
                + in
                + ") ORDER BY changed_ms, row_id LIMIT ?")) {
      int i = 1;
      s.setLong(i++, at);
      s.setLong(i++, at);
      s.setLong(i++, at);
      i = bind(s, i, sources);
      s.setInt(i, limit);
      List<TimelineEntry> out = new ArrayList<>();
      forEachRow(s, row -> out.add(row.entry()));
      return out;
    }
  }

  /** Every stored earlier version of {@code key}, oldest first (more than memory keeps). */
  List<Revision> revisions(UpdateKey key) throws SQLException {
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
}

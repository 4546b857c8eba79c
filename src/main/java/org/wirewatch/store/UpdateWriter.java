package org.wirewatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.wirewatch.model.Revision;
import org.wirewatch.model.TimelineEntry;

/**
 * Writes entries inside the caller's transaction: the update's row (inserted, or brought up to its
 * current version) and any revision not stored yet. Statements are prepared once per transaction.
 */
final class UpdateWriter implements AutoCloseable {
  private static final String UPSERT =
      "INSERT INTO updates (source, id, source_name, published_ms, edited_ms, withdrawn_ms, "
          + UpdateRows.CONTENT_COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, "
          + String.join(", ", java.util.Collections.nCopies(UpdateRows.CONTENT_COUNT, "?"))
          + ") ON CONFLICT (source, id) DO UPDATE SET"
          + " source_name = coalesce(nullif(excluded.source_name, ''), updates.source_name),"
          + " published_ms = excluded.published_ms,"
          + " edited_ms = coalesce(excluded.edited_ms, updates.edited_ms),"
          + " withdrawn_ms = excluded.withdrawn_ms,"
          + " published = excluded.published, updated = excluded.updated,"
          + " headline = excluded.headline, body = excluded.body, html = excluded.html,"
          + " url = excluded.url, credit = excluded.credit, tags = excluded.tags,"
          + " priority = excluded.priority, flags = excluded.flags,"
          // The first sighting stays the first, even when a removed source comes back.
          + " first_seen_ms = min(updates.first_seen_ms, excluded.first_seen_ms)";

  private final PreparedStatement upsert;
  private final PreparedStatement lastRevision;
  private final PreparedStatement insertRevision;

  UpdateWriter(Connection connection) throws SQLException {
    this.upsert = connection.prepareStatement(UPSERT);
    this.lastRevision =
        connection.prepareStatement(
            "SELECT u.row_id, (SELECT max(replaced_ms) FROM revisions WHERE update_row = u.row_id)"
                + " FROM updates u WHERE u.source = ? AND u.id = ?");
    this.insertRevision =
        connection.prepareStatement(
            "INSERT OR IGNORE INTO revisions (update_row, replaced_ms, "
                + UpdateRows.CONTENT_COLUMNS
                + ") VALUES (?, ?, "
                + String.join(", ", java.util.Collections.nCopies(UpdateRows.CONTENT_COUNT, "?"))
                + ")");
  }

  void upsert(TimelineEntry entry, String sourceName) throws SQLException {
    var u = entry.update();
    upsert.setString(1, u.source().value());
    upsert.setString(2, u.id());
    upsert.setString(3, sourceName == null ? "" : sourceName);
    upsert.setLong(4, u.publishedInstant().toEpochMilli());
    UpdateRows.setNullable(upsert, 5, entry.editedAt());
    UpdateRows.setNullable(upsert, 6, entry.withdrawnAt());
    UpdateRows.bindContent(upsert, 7, u);
    upsert.executeUpdate();
    if (!entry.revisions().isEmpty()) {
      writeRevisions(entry);
    }
  }

  private void writeRevisions(TimelineEntry entry) throws SQLException {
    long rowId;
    long stored;
    lastRevision.setString(1, entry.key().source().value());
    lastRevision.setString(2, entry.key().id());
    try (ResultSet rs = lastRevision.executeQuery()) {
      if (!rs.next()) {
        return;
      }
      rowId = rs.getLong(1);
      stored = rs.getObject(2) == null ? Long.MIN_VALUE : rs.getLong(2);
    }
    List<Revision> revisions = entry.revisions();
    for (Revision r : revisions) {
      long at = r.replacedAt().toEpochMilli();
      if (at <= stored) {
        continue; // already written by an earlier edit
      }
      insertRevision.setLong(1, rowId);
      insertRevision.setLong(2, at);
      UpdateRows.bindContent(insertRevision, 3, r.update());
      insertRevision.addBatch();
    }
    insertRevision.executeBatch();
  }

  @Override
  public void close() throws SQLException {
    upsert.close();
    lastRevision.close();
    insertRevision.close();
  }
}

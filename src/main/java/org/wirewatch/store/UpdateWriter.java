package org.wirewatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Revision;
import org.wirewatch.model.TimelineEntry;

/**
 * Writes entries inside the caller's transaction: the update's row (inserted, or brought up to its
 * current version, moved when its published time changed) and any revision not stored yet.
 * Statements are prepared once per transaction.
 */
final class UpdateWriter implements AutoCloseable {
  private static final String SET_COLUMNS =
      "source_name = coalesce(nullif(?, ''), source_name), published_ms = ?,"
          + " edited_ms = coalesce(?, edited_ms), withdrawn_ms = ?, published = ?, updated = ?,"
          + " headline = ?, body = ?, html = ?, url = ?, credit = ?, tags = ?, priority = ?,"
          + " flags = ?, first_seen_ms = min(first_seen_ms, ?), origin_id = ?, origin_name = ?";

  private final PreparedStatement find;
  private final PreparedStatement taken;
  private final PreparedStatement insert;
  private final PreparedStatement update;
  private final PreparedStatement move;
  private final PreparedStatement lastRevision;
  private final PreparedStatement insertRevision;

  UpdateWriter(Connection connection) throws SQLException {
    this.find =
        connection.prepareStatement(
            "SELECT row_id, published_ms FROM updates WHERE source = ? AND id = ?");
    this.taken = connection.prepareStatement("SELECT 1 FROM updates WHERE row_id = ?");
    this.insert =
        connection.prepareStatement(
            "INSERT INTO updates (row_id, source, id, source_name, published_ms, edited_ms,"
                + " withdrawn_ms, "
                + UpdateRows.CONTENT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, "
                + String.join(", ", Collections.nCopies(UpdateRows.CONTENT_COUNT, "?"))
                + ")");
    this.update =
        connection.prepareStatement("UPDATE updates SET " + SET_COLUMNS + " WHERE row_id = ?");
    this.move = connection.prepareStatement("UPDATE updates SET row_id = ? WHERE row_id = ?");
    this.lastRevision =
        connection.prepareStatement("SELECT max(replaced_ms) FROM revisions WHERE update_row = ?");
    this.insertRevision =
        connection.prepareStatement(
            "INSERT OR IGNORE INTO revisions (update_row, replaced_ms, "
                + UpdateRows.CONTENT_COLUMNS
                + ") VALUES (?, ?, "
                + String.join(", ", Collections.nCopies(UpdateRows.CONTENT_COUNT, "?"))
                + ")");
  }

  void upsert(TimelineEntry entry, String sourceName) throws SQLException {
    LiveUpdate u = entry.update();
    long publishedMs = u.publishedInstant().toEpochMilli();
    long rowId;
    find.setString(1, u.source().value());
    find.setString(2, u.id());
    Long existing = null;
    long storedPublished = 0;
    try (ResultSet rs = find.executeQuery()) {
      if (rs.next()) {
        existing = rs.getLong(1);
        storedPublished = rs.getLong(2);
      }
    }
    if (existing == null) {
      rowId = free(publishedMs, u);
      int i = 1;
      insert.setLong(i++, rowId);
      insert.setString(i++, u.source().value());
      insert.setString(i++, u.id());
      insert.setString(i++, sourceName == null ? "" : sourceName);
      insert.setLong(i++, publishedMs);
      UpdateRows.setNullable(insert, i++, entry.editedAt());
      UpdateRows.setNullable(insert, i++, entry.withdrawnAt());
      UpdateRows.bindContent(insert, i, u);
      insert.executeUpdate();
    } else {
      rowId = existing;
      if (storedPublished != publishedMs) {
        // The source moved its time: the row moves too, so rowid order stays publication order.
        rowId = free(publishedMs, u);
        move.setLong(1, rowId);
        move.setLong(2, existing);
        move.executeUpdate();
      }
      int i = 1;
      update.setString(i++, sourceName == null ? "" : sourceName);
      update.setLong(i++, publishedMs);
      UpdateRows.setNullable(update, i++, entry.editedAt());
      UpdateRows.setNullable(update, i++, entry.withdrawnAt());
      i = UpdateRows.bindContent(update, i, u);
      update.setLong(i, rowId);
      update.executeUpdate();
    }
    if (!entry.revisions().isEmpty()) {
      writeRevisions(rowId, entry.revisions());
    }
  }

  private long free(long publishedMs, LiveUpdate u) throws SQLException {
    long candidate = RowIds.preferred(publishedMs, u.source().value(), u.id());
    while (true) {
      taken.setLong(1, candidate);
      try (ResultSet rs = taken.executeQuery()) {
        if (!rs.next()) {
          return candidate;
        }
      }
      candidate++; // a tie in the same millisecond; order among them does not matter
    }
  }

  private void writeRevisions(long rowId, List<Revision> revisions) throws SQLException {
    long stored;
    lastRevision.setLong(1, rowId);
    try (ResultSet rs = lastRevision.executeQuery()) {
      rs.next();
      stored = rs.getObject(1) == null ? Long.MIN_VALUE : rs.getLong(1);
    }
    boolean any = false;
    for (Revision r : revisions) {
      long at = r.replacedAt().toEpochMilli();
      if (at <= stored) {
        continue; // already written by an earlier edit
      }
      insertRevision.setLong(1, rowId);
      insertRevision.setLong(2, at);
      UpdateRows.bindContent(insertRevision, 3, r.update());
      insertRevision.addBatch();
      any = true;
    }
    if (any) {
      insertRevision.executeBatch();
    }
  }

  @Override
  public void close() throws SQLException {
    find.close();
    taken.close();
    insert.close();
    update.close();
    move.close();
    lastRevision.close();
    insertRevision.close();
  }
}

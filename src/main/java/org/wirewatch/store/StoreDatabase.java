package org.wirewatch.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opens the history file: WAL, {@code synchronous=NORMAL} (ADR 0008), foreign keys on, a busy
 * timeout so a reader's checkpoint never fails a write. Every failure becomes a {@link
 * StoreUnavailableException} that says what is wrong with the file; the file itself is never
 * deleted, recreated or overwritten.
 */
final class StoreDatabase {
  static final String FILE_NAME = "history.db";
  private static final int BUSY_TIMEOUT_MS = 5_000;

  private StoreDatabase() {}

  /** A read-write connection, the schema migrated to the latest version. */
  static Connection openForWriting(Path file, int maxPageCount) throws StoreUnavailableException {
    if (Files.exists(file) && !Files.isWritable(file)) {
      throw new StoreUnavailableException(file + " is read-only; left it untouched");
    }
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null && Files.isDirectory(dir) && !Files.isWritable(dir)) {
      throw new StoreUnavailableException(dir + " is read-only");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    Connection connection = null;
    try {
      connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
      check(connection, file);
      if (maxPageCount > 0) {
        try (Statement s = connection.createStatement()) {
          s.execute("PRAGMA max_page_count = " + maxPageCount);
        }
      }
      Migrations.migrate(connection);
      return connection;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new StoreUnavailableException(describe(file, e), e);
    } catch (StoreUnavailableException | RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  /** A read-only connection for search and export; works while another Wirewatch writes. */
  static Connection openForReading(Path file) throws StoreUnavailableException {
    if (!Files.isRegularFile(file)) {
      throw new StoreUnavailableException("no history at " + file);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    Connection connection = null;
    try {
      connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
      check(connection, file);
      int version = Migrations.version(connection);
      if (version != Migrations.latest()) {
        throw new StoreUnavailableException(
            file
                + " has history schema "
                + version
                + "; this Wirewatch reads "
                + Migrations.latest()
                + " (start the window once to upgrade it)");
      }
      return connection;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new StoreUnavailableException(describe(file, e), e);
    } catch (StoreUnavailableException | RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  // Reading the schema is what fails on a file that is not a database, or has a damaged header;
  // it costs nothing on a good one. Deeper damage shows on a later read or write, and turns
  // history off then.
  private static void check(Connection connection, Path file) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
      rs.next();
    }
  }

  /** The user's words for what SQLite said. */
  static String describe(Path file, SQLException e) {
    SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
    String base = code == null ? "" : code.name();
    if (base.startsWith("SQLITE_NOTADB") || base.startsWith("SQLITE_CORRUPT")) {
      return file
          + " is damaged or not a Wirewatch database; left it untouched (move it away to"
          + " start a new history)";
    }
    if (base.startsWith("SQLITE_FULL")) {
      return "the disk holding " + file + " is full";
    }
    if (base.startsWith("SQLITE_READONLY") || base.startsWith("SQLITE_CANTOPEN")) {
      return "cannot write " + file + " (" + shortMessage(e) + ")";
    }
    if (base.startsWith("SQLITE_BUSY") || base.startsWith("SQLITE_LOCKED")) {
      return file + " is locked by another program";
    }
    if (base.startsWith("SQLITE_IOERR")) {
      return "cannot read or write " + file + " (" + shortMessage(e) + ")";
    }
    return "history database " + file + ": " + shortMessage(e);
  }

  private static String shortMessage(SQLException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int cut = m.indexOf('\n');
    return cut < 0 ? m : m.substring(0, cut);
  }

  static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // closing is best effort
    }
  }
}

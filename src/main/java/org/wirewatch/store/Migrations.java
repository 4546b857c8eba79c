package org.wirewatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates and upgrades the schema from the plain SQL files in {@code
 * org/wirewatch/store/migrations}, {@code V<n>__<what>.sql}, each applied once in its own
 * transaction; {@code PRAGMA user_version} holds the version reached. A database from a newer
 * Wirewatch is refused, never downgraded.
 */
final class Migrations {
  /** In order; the version of each is its place in this list, from 1. */
  static final List<String> FILES =
      List.of("V1__history.sql", "V2__origin.sql", "V3__change_times.sql");

  private Migrations() {}

  static int latest() {
    return FILES.size();
  }

  static int version(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /** Brings the schema to {@link #latest()}; returns the version it was at. */
  static int migrate(Connection connection) throws SQLException, StoreUnavailableException {
    int version = version(connection);
    if (version > latest()) {
      throw new StoreUnavailableException(
          "the history database was made by a newer Wirewatch (schema "
              + version
              + ", this one knows "
              + latest()
              + "); left it untouched");
    }
    boolean autoCommit = connection.getAutoCommit();
    for (int v = version + 1; v <= latest(); v++) {
      connection.setAutoCommit(false);
      try (Statement s = connection.createStatement()) {
        for (String statement : statements(read(FILES.get(v - 1)))) {
          s.execute(statement);
        }
        s.execute("PRAGMA user_version = " + v);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
    return version;
  }

  private static String read(String name) {
    String path = "migrations/" + name;
    try (InputStream in = Migrations.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("migration missing from the build: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + path, e);
    }
  }

  /**
   * The script's statements: split at semicolons that end a line, except inside a trigger's {@code
   * BEGIN … END;} body; {@code --} comment lines are dropped.
   */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inBody = false;
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      String upper = trimmed.toUpperCase(java.util.Locale.ROOT);
      if (upper.startsWith("CREATE TRIGGER")) {
        inBody = true;
      }
      boolean ends = trimmed.endsWith(";");
      if (inBody && ends && upper.equals("END;")) {
        inBody = false;
      }
      if (ends && !inBody) {
        out.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}

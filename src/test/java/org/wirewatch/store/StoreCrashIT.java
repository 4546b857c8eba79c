package org.wirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety, proved: a process writing history is killed with SIGKILL at random moments, again
 * and again on the same file; after every kill the database must pass {@code PRAGMA
 * integrity_check}, hold every batch the process acknowledged (printed after commit), and its
 * cursor must never vouch for a batch that is not stored. {@code -Dwirewatch.crash.rounds=N} sets
 * the number of kills (default 50; the long run in docs/RELIABILITY.md uses 250).
 */
class StoreCrashIT {
  private static final int ROUNDS = Integer.getInteger("wirewatch.crash.rounds", 50);

  @TempDir Path dir;

  @Test
  void sigkillAtRandomMomentsNeverLosesAnAcknowledgedUpdateNorCorruptsTheFile() throws Exception {
    SplittableRandom random = new SplittableRandom(Long.getLong("wirewatch.crash.seed", 20250807L));
    Map<Long, Integer> acknowledged = new HashMap<>();
    long next = 1;
    for (int round = 0; round < ROUNDS; round++) {
      int acksBeforeKill = 1 + random.nextInt(12);
      Process child = start(next, random.nextLong());
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        assertThat(out.readLine())
            .as("round %d: the writer opened the store", round)
            .isEqualTo("READY");
        for (int seen = 0; seen < acksBeforeKill; seen++) {
          String line = out.readLine();
          assertThat(line).as("round %d: an ACK", round).startsWith("ACK ");
          String[] parts = line.split(" ");
          acknowledged.put(Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, mid-transaction
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      } finally {
        child.destroyForcibly();
      }
      long committedUpTo = verify(round, acknowledged);
      next = committedUpTo + 1;
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ROUNDS);
  }

  private Process start(long firstBatch, long seed) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            // A quick start matters more than peak speed: the loop starts fifty of these.
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xshare:auto",
            "-cp",
            System.getProperty("java.class.path"),
            CrashWriter.class.getName(),
            dir.toString(),
            Long.toString(firstBatch),
            Long.toString(seed))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** Checks the file after a kill; returns the batch its cursor vouches for. */
  private long verify(int round, Map<Long, Integer> acknowledged) throws Exception {
    // Opening for writing runs WAL recovery, as the next start of the app would.
    try (HistoryStore store =
        HistoryStore.openForWriting(dir, StoreSettings.defaults(Clock.systemUTC()))) {
      assertThat(store.integrityCheck()).as("round %d: integrity", round).isEqualTo("ok");
      store.indexAllPending(); // what the next start does with what the crash left unindexed
      assertThat(store.integrityCheck()).as("round %d: search index", round).isEqualTo("ok");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("history.db"));
        PreparedStatement count =
            c.prepareStatement("SELECT count(*) FROM updates WHERE id LIKE ? || '-%'");
        Statement s = c.createStatement()) {
      for (Map.Entry<Long, Integer> ack : acknowledged.entrySet()) {
        count.setString(1, Long.toString(ack.getKey()));
        try (ResultSet rs = count.executeQuery()) {
          rs.next();
          assertThat(rs.getInt(1))
              .as("round %d: every update of acknowledged batch %d", round, ack.getKey())
              .isEqualTo(ack.getValue());
        }
      }
      long cursor;
      try (ResultSet rs = s.executeQuery("SELECT etag FROM cursors WHERE source = 'crash'")) {
        assertThat(rs.next()).isTrue();
        cursor = Long.parseLong(rs.getString(1).replace("\"", ""));
      }
      long newestAck = acknowledged.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
      assertThat(cursor)
          .as("round %d: the cursor is at least the last ACK", round)
          .isGreaterThanOrEqualTo(newestAck);
      // The batch the cursor names is stored whole, ACKed or not: validators never run ahead.
      count.setString(1, Long.toString(cursor));
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1))
            .as("round %d: batch %d behind the cursor", round, cursor)
            .isPositive();
      }
      try (ResultSet rs =
          s.executeQuery("SELECT count(*) FROM updates_fts WHERE updates_fts MATCH 'batch'")) {
        rs.next();
        try (ResultSet all = c.createStatement().executeQuery("SELECT count(*) FROM updates")) {
          all.next();
          assertThat(rs.getLong(1))
              .as("round %d: the index matches the table", round)
              .isEqualTo(all.getLong(1));
        }
      }
      // FTS5's own check: every indexed token agrees with the content table.
      s.execute("INSERT INTO updates_fts (updates_fts, rank) VALUES ('integrity-check', 1)");
      return cursor;
    }
  }
}

package org.wirewatch.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.wirewatch.export.ExportFormat;
import org.wirewatch.export.HistoryExporter;
import org.wirewatch.export.JsonLines;
import org.wirewatch.model.SourceId;
import org.wirewatch.store.HistoryQuery;
import org.wirewatch.store.HistoryStore;
import org.wirewatch.store.StoreSettings;
import org.wirewatch.store.StoreUnavailableException;

/**
 * {@code --search}, {@code --since}/{@code --until} and {@code --export}: read history (read-only,
 * so it works while a window is writing it) and print matches as JSON Lines, newest first, in the
 * shape of {@code --once}; or write them to a file for citation.
 */
final class HistoryCommand {
  static final int EXIT_NO_HISTORY = 3;

  private final PrintStream out;
  private final PrintStream err;

  HistoryCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /**
   * @param zoneOf the zone each source's times are exported in
   */
  int run(
      Path dataDir,
      HistoryQuery query,
      Path export,
      ExportFormat format,
      Function<SourceId, ZoneId> zoneOf) {
    try (HistoryStore store =
        HistoryStore.openForReading(dataDir, StoreSettings.defaults(Clock.systemUTC()))) {
      if (export == null) {
        JsonLines json = new JsonLines();
        int[] n = {0};
        store.search(
            query,
            u -> {
              out.println(json.line(u.entry()));
              n[0]++;
            });
        out.flush();
        if (n[0] == 0) {
          err.println("wirewatch: nothing in history matches");
        }
        return 0;
      }
      return exportTo(store, query, export, format, zoneOf);
    } catch (StoreUnavailableException e) {
      err.println("wirewatch: " + e.getMessage());
      return EXIT_NO_HISTORY;
    } catch (SQLException e) {
      err.println("wirewatch: cannot read history in " + dataDir + ": " + e.getMessage());
      return EXIT_NO_HISTORY;
    }
  }

  private int exportTo(
      HistoryStore store,
      HistoryQuery query,
      Path export,
      ExportFormat format,
      Function<SourceId, ZoneId> zoneOf)
      throws SQLException {
    boolean toStdout = export.toString().equals("-");
    // Written beside the target and moved over it only when complete: a failed export never
    // leaves half a file where the user expects the whole one.
    Path temp = null;
    try {
      Writer writer;
      if (toStdout) {
        writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      } else {
        Path dir = export.toAbsolutePath().getParent();
        temp = Files.createTempFile(dir, ".wirewatch-export", ".part");
        writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
      }
      int written;
      try (HistoryExporter exporter = new HistoryExporter(format, writer, zoneOf)) {
        store.search(query, exporter::write);
        written = exporter.written();
      } finally {
        if (!toStdout) {
          writer.close();
        }
      }
      if (temp != null) {
        Files.move(
            temp,
            export,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        temp = null;
      }
      err.println(
          "wirewatch: exported " + written + " updates" + (toStdout ? "" : " to " + export));
      return 0;
    } catch (IOException | UncheckedIOException e) {
      err.println("wirewatch: cannot write " + export + ": " + e.getMessage());
      return 1;
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // a stray .part file is all that is left
        }
      }
    }
  }

  static HistoryQuery query(
      String text, String since, String until, Iterable<String> sources, int limit, ZoneId zone) {
    Set<SourceId> ids =
        java.util.stream.StreamSupport.stream(sources.spliterator(), false)
            .map(SourceId::of)
            .collect(Collectors.toSet());
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must not be negative");
    }
    return new HistoryQuery(
        text, TimeArgument.since(since, zone), TimeArgument.until(until, zone), ids, limit);
  }

  static Function<SourceId, ZoneId> zones(Map<SourceId, ZoneId> configured, ZoneId fallback) {
    return id -> configured.getOrDefault(id, fallback);
  }
}

package org.wirewatch.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.wirewatch.export.ExportFile;
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
    try {
      int written;
      if (export.toString().equals("-")) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try (HistoryExporter exporter = new HistoryExporter(format, writer, zoneOf)) {
          store.search(query, exporter::write);
          written = exporter.written();
        }
        err.println("wirewatch: exported " + written + " updates");
      } else {
        written = ExportFile.write(export, format, zoneOf, each -> store.search(query, each));
        err.println("wirewatch: exported " + written + " updates to " + export);
      }
      return 0;
    } catch (IOException | UncheckedIOException e) {
      err.println("wirewatch: cannot write " + export + ": " + e.getMessage());
      return 1;
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

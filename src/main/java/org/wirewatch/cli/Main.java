package org.wirewatch.cli;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.wirewatch.app.AppOptions;
import org.wirewatch.app.CommandOptions;
import org.wirewatch.app.ConfigDirs;
import org.wirewatch.app.WirewatchApp;
import org.wirewatch.app.WirewatchCommand;
import org.wirewatch.export.ExportFormat;
import org.wirewatch.model.SourceId;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.store.HistoryQuery;
import picocli.CommandLine;

/**
 * Entry point of the jar. It does not extend {@code Application}, so the fat jar starts on a plain
 * classpath; the window is launched from here only when not headless.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  private static int history(WirewatchCommand command) {
    ZoneId zone = command.displayZone != null ? command.displayZone : ZoneId.systemDefault();
    Map<SourceId, ZoneId> sourceZones = new HashMap<>();
    if (command.displayZone == null) {
      // Each source's times in its own zone, as the window shows them, when it is still configured.
      try {
        for (SourceConfig s : CommandOptions.toAppOptions(command).sources()) {
          if (s.zone() != null) {
            sourceZones.put(s.id(), s.zone());
          }
        }
      } catch (IllegalArgumentException unreadableSources) {
        // the zone falls back to the system's
      }
    }
    ExportFormat format = null;
    if (command.export != null) {
      format =
          command.exportFormat != null
              ? ExportFormat.parse(command.exportFormat)
              : exportFormatOf(command.export);
    } else if (command.exportFormat != null) {
      throw new IllegalArgumentException("--export-format needs --export FILE");
    }
    HistoryQuery query =
        HistoryCommand.query(
            command.search,
            command.since,
            command.until,
            command.searchSources,
            command.limit,
            zone);
    return new HistoryCommand(System.out, System.err)
        .run(
            CommandOptions.dataDir(command),
            query,
            command.export,
            format,
            HistoryCommand.zones(sourceZones, zone));
  }

  private static ExportFormat exportFormatOf(java.nio.file.Path file) {
    try {
      return ExportFormat.parse(file.getFileName().toString());
    } catch (IllegalArgumentException noExtension) {
      return ExportFormat.CSV;
    }
  }

  static int run(String[] args) {
    WirewatchCommand command = new WirewatchCommand();
    CommandLine cli = new CommandLine(command);
    try {
      cli.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      System.err.println("wirewatch: " + e.getMessage());
      System.err.println("Try 'wirewatch --help'.");
      return 1;
    }
    if (cli.isUsageHelpRequested()) {
      cli.usage(System.out);
      return 0;
    }
    if (cli.isVersionHelpRequested()) {
      cli.printVersionHelp(System.out);
      return 0;
    }
    Logging.configure(command.logLevel.name(), ConfigDirs.userDataDir().resolve("logs"));
    try {
      if (command.importOpml != null) {
        return new OpmlImportCommand(System.out, System.err)
            .run(command.importOpml, CommandOptions.sourcesFile(command));
      }
      if (CommandOptions.readsHistory(command)) {
        return history(command);
      }
      AppOptions options = CommandOptions.toAppOptions(command);
      if (command.serve != null) {
        return new RelayRunner(options, System.err).run(command.serve, command.publishTo);
      }
      if (command.headless) {
        return new HeadlessRunner(options, System.out, System.err).run(command.once);
      }
      if (command.once) {
        System.err.println("wirewatch: --once needs --headless");
        return 1;
      }
      WirewatchApp.launch(args);
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("wirewatch: " + e.getMessage());
      return 1;
    }
  }
}

package org.wirewatch.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.source.SourceSpec;
import org.wirewatch.source.SourcesFile;

/** Turns the parsed command line into {@link AppOptions}. */
public final class CommandOptions {
  private CommandOptions() {}

  /** The sources file in effect: {@code --sources-file}, else the one in the config directory. */
  public static Path sourcesFile(WirewatchCommand command) {
    return command.sourcesFile != null
        ? command.sourcesFile
        : configDir(command).resolve(SourcesFile.FILE_NAME);
  }

  /**
   * Sources come from {@code --source}, else {@code --sources-file}, else the sources file in the
   * user config directory; none at all means the demo.
   */
  public static AppOptions toAppOptions(WirewatchCommand command) {
    List<SourceConfig> sources = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Path configDir = configDir(command);
    if (!command.demo && command.sources.isEmpty()) {
      Path file = sourcesFile(command);
      if (command.sourcesFile != null && !Files.exists(file)) {
        throw new IllegalArgumentException("no sources file at " + file);
      }
      try {
        sources.addAll(new SourcesFile().read(file));
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    if (!command.demo) {
      for (String spec : command.sources) {
        SourceConfig source = SourceSpec.parse(spec);
        if (!ids.add(source.id().value())) {
          throw new IllegalArgumentException(
              "two sources share the id '" + source.id() + "'; give one of them ;id=...");
        }
        sources.add(source);
      }
    }
    return new AppOptions(
        sources,
        command.capacity,
        command.displayZone,
        configDir,
        command.once,
        history(command),
        alerts(command),
        quietHours(command));
  }

  /** The {@code --alert} rules, in the order given. */
  static org.wirewatch.alert.AlertRules alerts(WirewatchCommand command) {
    List<org.wirewatch.alert.AlertRule> rules = new java.util.ArrayList<>();
    for (String spec : command.alerts) {
      try {
        rules.add(org.wirewatch.alert.AlertRule.parse(spec));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(
            new picocli.CommandLine(command), "--alert " + spec + ": " + e.getMessage());
      }
    }
    // Rules kept in the config directory come after those given on the command line.
    Path file = configDir(command).resolve(AlertsFile.FILE_NAME);
    try {
      rules.addAll(AlertsFile.read(file));
    } catch (java.io.IOException e) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(command), "cannot read alert rules: " + e.getMessage());
    }
    return new org.wirewatch.alert.AlertRules(rules);
  }

  /** {@code --mute-alerts} and {@code --quiet-hours HH:MM-HH:MM}. */
  static org.wirewatch.alert.QuietHours quietHours(WirewatchCommand command) {
    java.time.LocalTime from = null;
    java.time.LocalTime until = null;
    if (command.quietHours != null) {
      String[] parts = command.quietHours.strip().split("\\s*-\\s*");
      try {
        if (parts.length != 2) {
          throw new java.time.format.DateTimeParseException("", command.quietHours, 0);
        }
        from = java.time.LocalTime.parse(parts[0]);
        until = java.time.LocalTime.parse(parts[1]);
      } catch (java.time.format.DateTimeParseException e) {
        throw new picocli.CommandLine.ParameterException(
            new picocli.CommandLine(command),
            "--quiet-hours " + command.quietHours + ": expected HH:MM-HH:MM, e.g. 23:00-07:00");
      }
    }
    return new org.wirewatch.alert.QuietHours(command.muteAlerts, from, until);
  }

  /** The config directory in effect: {@code --config-dir}, else the user config directory. */
  public static Path configDir(WirewatchCommand command) {
    return command.configDir != null ? command.configDir : ConfigDirs.userConfigDir();
  }

  /** The data directory in effect: {@code --data-dir}, else the user data directory. */
  public static Path dataDir(WirewatchCommand command) {
    return command.dataDir != null ? command.dataDir : ConfigDirs.userDataDir();
  }

  /** History is kept unless asked not to; a single --once fetch neither restores nor stores. */
  static HistoryOptions history(WirewatchCommand command) {
    if (command.noHistory || command.once) {
      return HistoryOptions.off();
    }
    if (command.restoreHours < 0 || command.retentionDays < 1 || command.restoreMax < 0) {
      throw new IllegalArgumentException(
          "--restore-hours and --restore-max must not be negative; --retention-days at least 1");
    }
    return new HistoryOptions(
        dataDir(command),
        java.time.Duration.ofHours(command.restoreHours),
        command.restoreMax,
        java.time.Duration.ofDays(command.retentionDays));
  }

  /** True when the command asks for history (search, a range, an export) rather than a feed. */
  public static boolean readsHistory(WirewatchCommand command) {
    return command.search != null
        || command.export != null
        || command.since != null
        || command.until != null;
  }
}

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
        : ConfigDirs.userConfigDir().resolve(SourcesFile.FILE_NAME);
  }

  /**
   * Sources come from {@code --source}, else {@code --sources-file}, else the sources file in the
   * user config directory; none at all means the demo.
   */
  public static AppOptions toAppOptions(WirewatchCommand command) {
    List<SourceConfig> sources = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Path configDir = ConfigDirs.userConfigDir();
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
    return new AppOptions(sources, command.capacity, command.displayZone, configDir, command.once);
  }
}

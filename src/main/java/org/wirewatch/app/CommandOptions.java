package org.wirewatch.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.source.SourceSpec;

/** Turns the parsed command line into {@link AppOptions}. */
public final class CommandOptions {
  private CommandOptions() {}

  public static AppOptions toAppOptions(WirewatchCommand command) {
    List<SourceConfig> sources = new ArrayList<>();
    Set<String> ids = new HashSet<>();
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
        sources, command.capacity, command.displayZone, ConfigDirs.userConfigDir(), command.once);
  }
}

package org.wirewatch.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.wirewatch.source.SourceConfig;

/**
 * What the App root is built from, whatever the front end.
 *
 * @param sources the sources to watch; empty means the embedded demo
 * @param capacity updates kept in memory
 * @param displayZone the zone the window shows times in
 * @param settingsDir the user config directory
 * @param oneShot a single fetch per source is coming: the demo then starts at the end of its
 *     script, so that one fetch sees every scripted update
 * @param history where history is kept, and how much comes back on start
 */
public record AppOptions(
    List<SourceConfig> sources,
    int capacity,
    ZoneId displayZone,
    Path settingsDir,
    boolean oneShot,
    HistoryOptions history,
    org.wirewatch.alert.AlertRules alerts,
    org.wirewatch.alert.QuietHours quiet) {
  public AppOptions {
    alerts = alerts == null ? org.wirewatch.alert.AlertRules.NONE : alerts;
    quiet = quiet == null ? org.wirewatch.alert.QuietHours.NEVER : quiet;
    sources = List.copyOf(sources);
    if (capacity < 1) {
      throw new IllegalArgumentException("--capacity must be at least 1");
    }
    displayZone = displayZone == null ? ZoneId.systemDefault() : displayZone;
    settingsDir = settingsDir == null ? ConfigDirs.userConfigDir() : settingsDir;
    history = history == null ? HistoryOptions.off() : history;
  }

  /** Options with no history: nothing is stored or restored. */
  public AppOptions(
      List<SourceConfig> sources,
      int capacity,
      ZoneId displayZone,
      Path settingsDir,
      boolean oneShot) {
    this(sources, capacity, displayZone, settingsDir, oneShot, HistoryOptions.off(), null, null);
  }

  /** Options with alert rules that are never quiet. */
  public AppOptions(
      List<SourceConfig> sources,
      int capacity,
      ZoneId displayZone,
      Path settingsDir,
      boolean oneShot,
      HistoryOptions history,
      org.wirewatch.alert.AlertRules alerts) {
    this(sources, capacity, displayZone, settingsDir, oneShot, history, alerts, null);
  }

  /** Options with no alert rules. */
  public AppOptions(
      List<SourceConfig> sources,
      int capacity,
      ZoneId displayZone,
      Path settingsDir,
      boolean oneShot,
      HistoryOptions history) {
    this(sources, capacity, displayZone, settingsDir, oneShot, history, null, null);
  }

  public boolean demo() {
    return sources.isEmpty();
  }
}

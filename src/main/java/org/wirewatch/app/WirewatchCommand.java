package org.wirewatch.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line, shared by the window and the headless mode. picocli fills the fields; the
 * caller decides what to run.
 */
@Command(
    name = "wirewatch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "A live-blog ticker: watches live sources and shows their updates as they appear.",
      "With no sources configured it runs on its embedded demo live blog."
    },
    footer = {
      "",
      "SOURCE syntax: URL[;key=value]... with the keys",
      "  format=auto|jsonfeed|liveblog|rss|atom|html  pin the format (default: sniff)",
      "  zone=Asia/Kolkata  zone for times written without one (default: system's)",
      "  interval=15s       time between polls: 30s, 2m or seconds (minimum 2s)",
      "  name=Text          display name",
      "  id=text            stable id (default: host and path)",
      "Example:",
      "  wirewatch --headless --once \\",
      "    --source 'https://example.org/live.json;zone=Asia/Kolkata'",
      "",
      "Headless output: one JSON object per line on stdout. Always present (null",
      "when unknown): source, id, published, updated, headline, text, html, url,",
      "author, tags, priority, edited; also flags and withdrawn. Streaming adds",
      "event (added, edited, removed). Status and errors go to stderr.",
      "",
      "History: every update and revision is kept in the data directory (default:",
      "$XDG_DATA_HOME/wirewatch or ~/.local/share/wirewatch) and comes back on restart.",
      "  wirewatch --headless --search 'summit OR tariff*' --since 2025-08-07T14:00+05:30",
      "  wirewatch --search '\"Kremlin envoy\"' --export notes.md",
      "Search: words (all must match), \"quoted phrases\", prefix*, OR; accents ignored.",
      "--since/--until take 2025-08-07, 2025-08-07T14:30 (in --zone), or a time with",
      "an offset or Z; --until DATE includes that whole day.",
      "Exit codes: 0 success; 1 bad usage; 2 every source failed (--once);",
      "3 history cannot be read (--search, --export)."
    })
public final class WirewatchCommand {

  @Option(
      names = "--headless",
      description = "Run without a window: print updates as JSON Lines on stdout.")
  public boolean headless;

  @Option(
      names = "--once",
      description = "With --headless: fetch every source once, print its updates, exit.")
  public boolean once;

  @Option(
      names = "--source",
      paramLabel = "SOURCE",
      description = "A source to watch (repeatable); see SOURCE syntax below.")
  public List<String> sources = new ArrayList<>();

  @Option(
      names = "--wall",
      description =
          "Run as a newsroom wall: full screen, newest updates large, clocks, source health,"
              + " the crawl, breaking banners.")
  public boolean wall;

  @Option(
      names = "--bar",
      description =
          "Run as a ticker bar: only the crawl, in a thin always-on-top strip at the top or bottom"
              + " of the screen; a click opens the update in the main window.")
  public boolean bar;

  @Option(
      names = "--screen",
      paramLabel = "N",
      description =
          "With --wall or --bar: the monitor to use, 0 being the first; remembered for this layout"
              + " of monitors. Default: the one used last time with these monitors, else the"
              + " primary.")
  public int screen = -1;

  @Option(
      names = "--serve",
      paramLabel = "[HOST:]PORT",
      description =
          "Run headless as a relay for other screens: serve the merged timeline at /feed.json"
              + " (JSON Feed) and /events (Server-Sent Events). PORT alone listens on loopback"
              + " only; give a HOST (0.0.0.0 for all) to serve beyond this machine. Screens add"
              + " it as 'http://HOST:PORT/feed.json;push=http://HOST:PORT/events'.")
  public String serve;

  @Option(
      names = "--publish-to",
      paramLabel = "URL",
      description =
          "With --serve: also publish every change to this nginx nchan publisher endpoint, which"
              + " fans it out to any number of screens (see docs/DEPLOYMENT.md).")
  public String publishTo;

  @Option(
      names = "--dim",
      paramLabel = "HH:MM-HH:MM[@NN%]",
      converter = DimmingConverter.class,
      description =
          "With --wall: dim the screen in this daily window (it may cross midnight), to NN% of"
              + " full brightness (default 40%), e.g. 23:00-07:00@30%.")
  public org.wirewatch.ui.wall.Dimming dim = org.wirewatch.ui.wall.Dimming.NEVER;

  /** Reads {@code --dim}, saying what a schedule looks like when it is not one. */
  static final class DimmingConverter
      implements picocli.CommandLine.ITypeConverter<org.wirewatch.ui.wall.Dimming> {
    @Override
    public org.wirewatch.ui.wall.Dimming convert(String value) {
      try {
        return org.wirewatch.ui.wall.Dimming.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException("'" + value + "': " + e.getMessage());
      }
    }
  }

  @Option(
      names = "--takeover-seconds",
      paramLabel = "S",
      description = "With --wall: how long a breaking banner holds the screen (default 20).")
  public int takeoverSeconds = 20;

  @Option(
      names = "--alert",
      paramLabel = "RULE",
      description =
          "An alert rule (repeatable): words or phrases as Putin|Trump or \"ceasefire talks\","
              + " or a /regex/; optionally ;name=N;sources=ID,..;actions=highlight,notify,sound,"
              + "takeover. Headless output lists the rules each update matches in \"alerts\".")
  public List<String> alerts = new ArrayList<>();

  @Option(
      names = "--quiet-hours",
      paramLabel = "HH:MM-HH:MM",
      description =
          "Alerts make no sound and show no notification in this daily window (it may cross"
              + " midnight, e.g. 23:00-07:00); they are still highlighted.")
  public String quietHours;

  @Option(
      names = "--mute-alerts",
      description = "Alerts are highlighted only: no sound, no notification.")
  public boolean muteAlerts;

  @Option(
      names = "--sources-file",
      paramLabel = "FILE",
      description = "A sources file (JSON) instead of the one in the user config directory.")
  public Path sourcesFile;

  @Option(
      names = "--import-opml",
      paramLabel = "FILE",
      description = "Add the feeds of an OPML subscription list to the sources file, then exit.")
  public Path importOpml;

  @Option(names = "--demo", description = "Use the embedded demo live blog.")
  public boolean demo;

  @Option(
      names = "--capacity",
      paramLabel = "N",
      description = "Updates kept in memory (default: ${DEFAULT-VALUE}; the oldest leave first).")
  public int capacity = 5_000;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description = "Zone the window shows times in (default: the system's).")
  public ZoneId displayZone;

  @Option(
      names = "--config-dir",
      paramLabel = "DIR",
      description =
          "Where settings and the sources file live (default: the user config directory).")
  public Path configDir;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Where history is kept (default: the user data directory).")
  public Path dataDir;

  @Option(
      names = "--no-history",
      description = "Keep no history this run: nothing is restored or stored.")
  public boolean noHistory;

  @Option(
      names = "--restore-hours",
      paramLabel = "H",
      description = "On start, show again what was published in the last H hours (default: 24).")
  public long restoreHours = 24;

  @Option(
      names = "--restore-max",
      paramLabel = "N",
      description = "On start, show again at most N updates (default: as many as --capacity).")
  public int restoreMax;

  @Option(
      names = "--retention-days",
      paramLabel = "D",
      description = "Prune updates older than D days from history (default: 30).")
  public long retentionDays = 30;

  @Option(
      names = "--search",
      paramLabel = "QUERY",
      description = "Search history and print the matches as JSON Lines, newest first, then exit.")
  public String search;

  @Option(
      names = "--since",
      paramLabel = "TIME",
      description = "With --search or --export: only updates published at or after TIME.")
  public String since;

  @Option(
      names = "--until",
      paramLabel = "TIME",
      description = "With --search or --export: only updates published before TIME.")
  public String until;

  @Option(
      names = "--search-source",
      paramLabel = "ID",
      description = "With --search or --export: only this source (repeatable).")
  public List<String> searchSources = new ArrayList<>();

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "With --search or --export: at most N updates, the newest (default: all).")
  public int limit;

  @Option(
      names = "--export",
      paramLabel = "FILE",
      description = "Write the search or range to FILE ('-' for stdout) instead, then exit.")
  public Path export;

  @Option(
      names = "--export-format",
      paramLabel = "FORMAT",
      description = "csv, jsonl or md (default: from the file name, else csv).")
  public String exportFormat;

  @Option(
      names = "--log-level",
      paramLabel = "LEVEL",
      description =
          "Log file detail: ERROR, WARN, INFO, DEBUG or TRACE (default: INFO); warnings also go"
              + " to stderr.")
  public LogLevel logLevel = LogLevel.INFO;

  /** The levels --log-level accepts. */
  public enum LogLevel {
    ERROR,
    WARN,
    INFO,
    DEBUG,
    TRACE
  }
}

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
      "Exit codes: 0 success; 1 bad usage; 2 every source failed (--once)."
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

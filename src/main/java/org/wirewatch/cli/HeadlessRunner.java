package org.wirewatch.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.wirewatch.app.App;
import org.wirewatch.app.AppOptions;
import org.wirewatch.app.SourceReader;
import org.wirewatch.export.JsonLines;
import org.wirewatch.ingest.UpdateChange;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.SourceState;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.source.SourceConfig;

/**
 * The headless modes. {@code --once}: fetch every source once, print every update newest first as
 * JSON Lines, exit 0, or 2 when every source failed. Streaming: print each change as it happens,
 * status changes to stderr, until SIGINT or SIGTERM.
 */
public final class HeadlessRunner {
  public static final int EXIT_OK = 0;
  public static final int EXIT_ALL_FAILED = 2;

  private final AppOptions options;
  private final PrintStream out;
  private final PrintStream err;
  private final JsonLines json = new JsonLines();
  private final Clock clock;

  public HeadlessRunner(AppOptions options, PrintStream out, PrintStream err) {
    this(options, out, err, Clock.systemDefaultZone());
  }

  HeadlessRunner(AppOptions options, PrintStream out, PrintStream err, Clock clock) {
    this.options = options;
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  public int run(boolean once) {
    if (once) {
      try (App app = new App(options, clock)) {
        return runOnce(app);
      }
    }
    // On SIGINT/SIGTERM the hook releases the main thread, then waits (briefly) until the pollers
    // are stopped and the output flushed, so the JVM does not halt halfway through a line.
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stop.countDown();
              awaitQuietly(closed);
            },
            "wirewatch-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try (App app = new App(options, clock)) {
      stream(app, stop);
    } finally {
      out.flush();
      err.flush();
      closed.countDown();
    }
    return EXIT_OK;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private int runOnce(App app) {
    List<SourceConfig> sources = app.sources().stream().filter(SourceConfig::enabled).toList();
    if (sources.isEmpty()) {
      err.println("wirewatch: every configured source is disabled; nothing to fetch");
      return EXIT_ALL_FAILED;
    }
    // In parallel on the app's own scheduler, which is sized for its sources.
    List<CompletableFuture<String>> results = new ArrayList<>();
    for (SourceConfig source : sources) {
      results.add(CompletableFuture.supplyAsync(() -> fetchInto(app, source), app::inBackground));
    }
    int failed = 0;
    for (int i = 0; i < sources.size(); i++) {
      String error = results.get(i).exceptionally(e -> String.valueOf(e.getCause())).join();
      if (error != null) {
        failed++;
        err.println(sources.get(i).url() + ": " + error);
      }
    }
    for (TimelineEntry entry : app.timeline().snapshot()) {
      out.println(json.line(withAlerts(JsonLines.object(entry), entry)));
    }
    out.flush();
    return failed == sources.size() ? EXIT_ALL_FAILED : EXIT_OK;
  }

  /** Adds {@code alerts}: the names of the rules the update matches (empty when none). */
  private com.google.gson.JsonObject withAlerts(com.google.gson.JsonObject o, TimelineEntry e) {
    com.google.gson.JsonArray names = new com.google.gson.JsonArray();
    if (!e.withdrawn()) {
      options.alerts().namesMatching(e.update()).forEach(names::add);
    }
    o.add("alerts", names);
    return o;
  }

  /** Fetches and ingests one source; returns why it failed, or null on success. */
  private String fetchInto(App app, SourceConfig source) {
    SourceReader.Once once = app.reader().fetchOnce(source);
    if (!once.ok()) {
      return once.error();
    }
    app.timeline().ingest(source.id(), once.snapshot(), once.fetchedAt());
    synchronized (err) {
      once.snapshot().problems().forEach(p -> err.println(source.url() + ": warning: " + p));
    }
    return null;
  }

  private void stream(App app, CountDownLatch stop) {
    Map<SourceId, SourceState> lastState = new ConcurrentHashMap<>();
    Map<SourceId, List<String>> lastProblems = new ConcurrentHashMap<>();
    // On a thread of its own: a reader that stops draining the pipe blocks only the printing.
    app.changes()
        .subscribe(
            delta -> {
              for (UpdateChange change : delta.changes()) {
                out.println(json.line(withAlerts(JsonLines.object(change), change.entry())));
              }
              out.flush();
            },
            app.subscriberThread("printer"));
    app.addStatusListener(
        status -> {
          if (lastState.put(status.source(), status.state()) != status.state()) {
            err.println(describe(status));
          }
          List<String> before = lastProblems.put(status.source(), status.problems());
          if (!status.problems().equals(before == null ? List.of() : before)) {
            status.problems().forEach(p -> err.println(status.source() + ": warning: " + p));
          }
          err.flush();
        });
    if (app.historyStatus().on()) {
      err.println("wirewatch: " + app.historyStatus().message()); // off says so in the log
    }
    app.startPolling();
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

  /** A status in words: "demo: failing: HTTP 503 Service Unavailable, retry at 18:13:40". */
  static String describe(SourceStatus s) {
    ZoneId zone = ZoneId.systemDefault();
    StringBuilder b = new StringBuilder(s.source().value()).append(": ");
    b.append(s.state().name().toLowerCase(java.util.Locale.ROOT));
    if ((s.state() == SourceState.FAILING || s.state() == SourceState.STOPPED)
        && s.lastError() != null) {
      b.append(": ").append(s.lastError());
    }
    if (s.state() == SourceState.STALE && s.staleSince() != null) {
      b.append(" since ").append(HH_MM_SS.format(s.staleSince().atZone(zone)));
    }
    if (s.nextAttempt() != null
        && (s.state() == SourceState.FAILING || s.state() == SourceState.STALE)) {
      b.append(", retry at ").append(HH_MM_SS.format(s.nextAttempt().atZone(zone)));
    }
    return b.toString();
  }
}

package org.wirewatch.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import okhttp3.OkHttpClient;
import org.wirewatch.demo.DemoFeed;
import org.wirewatch.demo.DemoScript;
import org.wirewatch.demo.DemoServer;
import org.wirewatch.exec.ExecutorTaskScheduler;
import org.wirewatch.exec.SubscriberThreads;
import org.wirewatch.fetch.ConditionalFetcher;
import org.wirewatch.fetch.HttpClientFactory;
import org.wirewatch.fetch.PollerGroup;
import org.wirewatch.fetch.PollingContext;
import org.wirewatch.fetch.PollingPolicy;
import org.wirewatch.format.FeedFormat;
import org.wirewatch.format.FeedParsers;
import org.wirewatch.model.HistoryStatus;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.SourceStatusListener;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.store.HistoryStore;
import org.wirewatch.timeline.ChangeStream;
import org.wirewatch.timeline.Timeline;

/**
 * The root that wires everything by constructor: one HTTP client, one scheduler, one timeline, the
 * parsers, the pollers, and the demo source when no source is configured. Both the window and the
 * headless mode start from here.
 */
public final class App implements AutoCloseable {
  /** The demo's stories are India's; its times are India time. */
  public static final ZoneId DEMO_ZONE = ZoneId.of("Asia/Kolkata");

  private final Clock clock;
  private final AppOptions options;
  private final ExecutorTaskScheduler scheduler;
  private final OkHttpClient http;
  private final ConditionalFetcher fetcher;
  private final SourceReader reader;
  private final Timeline timeline;
  private final SubscriberThreads subscriberThreads = new SubscriberThreads();
  // Each push stream's blocking read holds a thread while the stream is open; none otherwise.
  private final java.util.concurrent.ExecutorService pushThreads =
      java.util.concurrent.Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "wirewatch-push");
            t.setDaemon(true);
            return t;
          });
  private DemoServer demo;
  private volatile List<SourceConfig> configured;
  private volatile List<SourceConfig> sources;
  private final List<SourceStatusListener> statusListeners = new ArrayList<>();
  private PollerGroup pollers;
  private final AppHistory history;
  private final org.wirewatch.alert.LiveAlertRules alertRules;

  public App(AppOptions options, Clock clock) {
    this.clock = clock;
    this.options = options;
    this.alertRules = new org.wirewatch.alert.LiveAlertRules(options.alerts());
    // A blocking fetch holds a thread for up to the call timeout: one per source (bounded), plus
    // spare ones so staleness checks and UI-requested work never wait behind a slow source.
    this.scheduler =
        new ExecutorTaskScheduler(
            "wirewatch-poll", Math.min(16, Math.max(4, options.sources().size() + 2)));
    this.http = HttpClientFactory.create();
    this.fetcher = new ConditionalFetcher(http, ConditionalFetcher.DEFAULT_MAX_BYTES, clock);
    this.reader = new SourceReader(FeedParsers.standard(), fetcher, clock);
    this.timeline = new Timeline(options.capacity());
    this.configured = options.sources();
    this.sources = effective(configured);
    // Before anything subscribes or polls: the window's first picture is what history restored,
    // and the first poll of each source is conditional on what was stored with it.
    this.history =
        AppHistory.open(
            options,
            clock,
            timeline,
            () -> configured,
            scheduler,
            subscriberThreads.newThread("history"));
  }

  // With nothing configured, the demo stands in, so the window is never empty on first start.
  private List<SourceConfig> effective(List<SourceConfig> wanted) {
    if (!wanted.isEmpty()) {
      return wanted;
    }
    if (demo == null) {
      demo = startDemo(options, clock);
    }
    return List.of(demoSource(demo));
  }

  private static DemoServer startDemo(AppOptions options, Clock clock) {
    DemoScript script = DemoScript.bundled();
    Duration headStart =
        options.oneShot() ? Duration.ofSeconds(script.scriptedSeconds()) : Duration.ZERO;
    try {
      return new DemoServer(new DemoFeed(script, DEMO_ZONE), clock, headStart);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the demo source on loopback", e);
    }
  }

  private static SourceConfig demoSource(DemoServer demo) {
    return new SourceConfig(
        SourceId.of("demo"),
        "Demo: India live, 7 Aug 2025",
        demo.url(),
        FeedFormat.JSON_FEED,
        Duration.ofSeconds(3),
        DEMO_ZONE,
        null,
        true);
  }

  /** Adds a status listener; call before {@link #startPolling()}. */
  public void addStatusListener(SourceStatusListener listener) {
    statusListeners.add(listener);
  }

  /** Starts polling every enabled source in the background; disabled ones only show a status. */
  public synchronized void startPolling() {
    if (pollers != null) {
      return;
    }
    List<SourceStatusListener> listeners = List.copyOf(statusListeners);
    PollingContext context =
        new PollingContext(
            fetcher,
            new ParseAndIngest(reader, timeline, this::watches),
            status -> listeners.forEach(l -> l.onStatus(status)),
            scheduler,
            clock,
            new Random(), // thread-safe, and pollers run on several threads
            PollingPolicy.defaults(),
            null,
            history.resumePoints(),
            this::followAsPush);
    org.wirewatch.fetch.PushContext push =
        new org.wirewatch.fetch.PushContext(
            org.wirewatch.fetch.PushContext.streamClient(
                http, org.wirewatch.fetch.PushContext.STALL),
            new PushIngest(FeedParsers.standard(), timeline, this::watches, clock),
            pushThreads,
            null);
    // Disabled sources get a runner too: it never fetches, but shows "stopped: disabled".
    pollers =
        new PollerGroup(
            sources,
            source ->
                source.push() != null
                    ? new org.wirewatch.fetch.PushSourceRunner(source, context, push)
                    : new org.wirewatch.fetch.SourcePoller(source, context));
    pollers.start();
  }

  /** A polled source turned out to push: follow its stream from now on. */
  private synchronized void followAsPush(SourceConfig pushing) {
    if (pollers != null) {
      pollers.upgrade(pushing);
    }
  }

  /**
   * Replaces the watched sources: only the sources that changed are restarted; what the timeline
   * holds stays.
   */
  public synchronized void replaceSources(List<SourceConfig> newSources) {
    List<SourceConfig> before = sources;
    // An edited or removed source starts afresh: its stored validators vouch for another URL.
    before.stream()
        .filter(old -> !newSources.contains(old))
        .forEach(old -> history.forgetResume(old.id()));
    configured = List.copyOf(newSources);
    sources = effective(configured);
    java.util.Set<SourceId> kept =
        sources.stream().map(SourceConfig::id).collect(java.util.stream.Collectors.toSet());
    // A removed source's updates leave the screen with it (the demo's too, once real sources
    // replace it); a disabled one keeps what it showed.
    before.stream()
        .map(SourceConfig::id)
        .filter(id -> !kept.contains(id))
        .forEach(timeline::forgetSource);
    if (pollers != null) {
      // Only the sources that changed are touched; the others keep polling undisturbed.
      pollers.reconcile(sources);
    }
  }

  private boolean watches(SourceId id) {
    return sources.stream().anyMatch(s -> s.id().equals(id));
  }

  /** Runs {@code task} on the background scheduler. */
  public void inBackground(Runnable task) {
    scheduler.execute(task);
  }

  /** Asks for an immediate poll of one source; returns at once. */
  public synchronized void refresh(SourceId id) {
    if (pollers != null) {
      pollers.pollNow(id);
    }
  }

  /** Whether history is kept, and where or why not, as it stood at start. */
  public HistoryStatus historyStatus() {
    return history.status();
  }

  /** Told when history turns off while running (a full disk, a damaged file). */
  public void addHistoryListener(java.util.function.Consumer<HistoryStatus> listener) {
    history.addListener(listener);
  }

  /** History, for search and export from the window; empty when it is off. */
  public java.util.Optional<HistoryStore> historyStore() {
    return history.store().filter(s -> history.status().on());
  }

  public Timeline timeline() {
    return timeline;
  }

  /** The one scheduler, for timed work the faces ask of the app (keeping the screen awake). */
  public org.wirewatch.exec.TaskScheduler scheduler() {
    return scheduler;
  }

  /** The alert rules in effect: the window's editor replaces them, the matcher reads them. */
  public org.wirewatch.alert.LiveAlertRules alertRules() {
    return alertRules;
  }

  /**
   * Runs the alert rules on the change stream, on a thread of their own, handing each alert to
   * {@code sink} there. The rules are {@link #alertRules()}'s, as they are when each change
   * arrives.
   */
  public void onAlerts(java.util.function.Consumer<org.wirewatch.alert.AlertEvent> sink) {
    onAlerts(sink, org.wirewatch.alert.Notifier.NONE, org.wirewatch.alert.SoundPlayer.NONE);
  }

  /**
   * As {@link #onAlerts(java.util.function.Consumer)}, and carries out the rules' notify and sound
   * actions through {@code notifier} and {@code sound}, a burst at a time, on the scheduler.
   */
  public void onAlerts(
      java.util.function.Consumer<org.wirewatch.alert.AlertEvent> sink,
      org.wirewatch.alert.Notifier notifier,
      org.wirewatch.alert.SoundPlayer sound) {
    org.wirewatch.alert.AlertActions actions =
        new org.wirewatch.alert.AlertActions(
            notifier, sound, scheduler, this::sourceName, options.displayZone());
    java.util.function.Consumer<org.wirewatch.alert.AlertEvent> both = sink.andThen(actions);
    changes()
        .subscribe(
            new org.wirewatch.alert.AlertEngine(alertRules, options.quiet(), clock, both),
            subscriberThread("alerts"));
  }

  /** A source's configured name, from any thread (the id when it has none configured). */
  public synchronized String sourceName(SourceId id) {
    for (SourceConfig s : sources) {
      if (s.id().equals(id)) {
        return s.name();
      }
    }
    return id.value();
  }

  public ChangeStream changes() {
    return timeline;
  }

  /**
   * A thread of its own for one subscriber of {@link #changes()}; it finishes its queue (briefly)
   * when the app closes, after polling has stopped.
   */
  public java.util.concurrent.Executor subscriberThread(String name) {
    return subscriberThreads.newThread(name);
  }

  /** The sources being watched: the configured ones, or the demo when none is. */
  public List<SourceConfig> sources() {
    return sources;
  }

  /** The sources the user configured (the sources file), without the demo. */
  public List<SourceConfig> configuredSources() {
    return configured;
  }

  /** Reads sources once, and bodies for the poller. */
  public SourceReader reader() {
    return reader;
  }

  public AppOptions options() {
    return options;
  }

  public Clock clock() {
    return clock;
  }

  @Override
  public synchronized void close() {
    if (pollers != null) {
      pollers.close();
    }
    HttpClientFactory.shutdown(http); // a poll blocked in a read returns at once
    pushThreads.shutdownNow(); // streams were cancelled with their runners
    scheduler.close(); // then queued work (a last settings save) gets its moment
    subscriberThreads.close(); // and the last changes reach the printer or the disk
    history.close();
    if (demo != null) {
      demo.close();
    }
  }
}

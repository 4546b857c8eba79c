package org.wirewatch.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Stage;
import org.wirewatch.format.page.PagePresets;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.source.SourcesFile;
import org.wirewatch.timeline.fx.FxThread;
import org.wirewatch.timeline.fx.TimelineFxBridge;
import org.wirewatch.ui.MainWindow;
import org.wirewatch.ui.UiContext;
import org.wirewatch.ui.UiSettings;
import org.wirewatch.ui.WindowModel;
import org.wirewatch.ui.detail.LinkPolicy;
import org.wirewatch.ui.sources.SourcesEditor;

/**
 * The JavaFX application: builds the {@link App} root from the command line, connects the one FX
 * bridge, and shows the main window. Launched by {@code cli.Main}, never as the jar's main class.
 */
public final class WirewatchApp extends Application {
  private App app;
  private TimelineFxBridge bridge;
  private UiSettings initialSettings;
  private WirewatchCommand command;
  private DesktopNotifier notifier;
  // Where a clicked notification opens its update: set once the face that can show it exists.
  private java.util.function.Consumer<org.wirewatch.model.UpdateKey> reveal = key -> {};

  /** What {@link #init()} makes of the command line: no JavaFX in it, so any thread may. */
  private record Prepared(WirewatchCommand command, UiSettings settings, App app) {}

  // The app built from the command line while the toolkit starts (see launch); null when JavaFX's
  // own launcher made this instance (as TestFX does), and init builds it then.
  private final java.util.concurrent.CompletableFuture<Prepared> early;

  /** For JavaFX's launcher: the command line comes from {@link #getParameters()}. */
  public WirewatchApp() {
    this(null);
  }

  private WirewatchApp(java.util.concurrent.CompletableFuture<Prepared> early) {
    this.early = early;
  }

  /**
   * Shows the window; blocks until it closes. The app (HTTP client, history store, restored
   * updates) is built on a thread of its own while JavaFX starts its toolkit, instead of after. The
   * toolkit is started here rather than by {@code Application.launch}, which would make its own
   * instance by reflection and leave no way to hand it the app but a static field.
   */
  public static void launch(String[] args) {
    List<String> raw = List.of(args);
    java.util.concurrent.CompletableFuture<Prepared> early =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> prepare(raw), r -> new Thread(r, "wirewatch-init").start());
    WirewatchApp fx = new WirewatchApp(early);
    java.util.concurrent.CompletableFuture<Thread> fxThread =
        new java.util.concurrent.CompletableFuture<>();
    java.util.concurrent.CompletableFuture<Void> started =
        new java.util.concurrent.CompletableFuture<>();
    javafx.application.Platform.startup(
        () -> {
          fxThread.complete(Thread.currentThread());
          try {
            // On the FX thread, as the launcher would not: nothing is on screen yet to freeze.
            fx.init();
            fx.start(new Stage());
            started.complete(null);
          } catch (RuntimeException | Error e) {
            started.completeExceptionally(e);
            javafx.application.Platform.exit();
          }
        });
    try {
      // The toolkit exits when the last window closes, ending its thread, as under launch.
      fxThread.join().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      fx.stop();
    }
    try {
      started.join();
    } catch (java.util.concurrent.CompletionException e) {
      // A bad command line or an unreadable settings directory reaches Main as it was thrown.
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  @Override
  public void init() {
    Prepared p;
    try {
      p = early != null ? early.join() : prepare(getParameters().getRaw());
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    command = p.command();
    initialSettings = p.settings();
    app = p.app();
  }

  private static Prepared prepare(List<String> raw) {
    HeapFootprint.apply();
    WirewatchCommand command = new WirewatchCommand();
    new picocli.CommandLine(command).parseArgs(raw.toArray(String[]::new));
    AppOptions options = CommandOptions.toAppOptions(command);
    if (command.displayZone != null) {
      // --zone is remembered like a choice made in the View menu (written here, off the FX thread).
      try {
        UiSettings.load(options.settingsDir())
            .withZone(command.displayZone.getId(), true)
            .save(options.settingsDir());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot save settings in " + options.settingsDir(), e);
      }
    }
    return new Prepared(
        command,
        UiSettings.load(options.settingsDir()),
        new App(options, Clock.systemDefaultZone()));
  }

  @Override
  public void start(Stage stage) {
    bridge = TimelineFxBridge.onPlatform().attach(app.timeline());
    app.addStatusListener(bridge);
    // The one list of sources every face follows; the sources editor's port replaces its content.
    ObservableList<SourceConfig> liveSources = FXCollections.observableArrayList(app.sources());
    UiContext context =
        new UiContext(
            bridge.entries(),
            bridge.statuses(),
            liveSources,
            app::refresh,
            this::openInBrowser,
            app.options().settingsDir(),
            app.clock(),
            app::inBackground,
            new AppHistoryPort(app, FxThread.platform()),
            ScreenAwake.here(app.scheduler()));
    WindowModel model = new WindowModel(context, initialSettings);
    // One hop per alert onto the FX thread; the matching ran on the alerts' own thread.
    app.onAlerts(
        alert -> FxThread.platform().runLater(() -> model.alerted(alert)),
        notifier =
            new DesktopNotifier(
                alert -> FxThread.platform().runLater(() -> reveal.accept(alert.entry().key()))),
        new org.wirewatch.ui.AlertTone());
    if (command.wall || command.bar) {
      // The app's stylesheet builds on AtlantaFX's, as in the window; the wall and bar are dark.
      Application.setUserAgentStylesheet(
          new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
    }
    if (command.wall) {
      org.wirewatch.ui.wall.WallWindow wall =
          new org.wirewatch.ui.wall.WallWindow(
              model,
              app.clock(),
              java.util.List.of(),
              java.time.Duration.ofSeconds(Math.max(3, command.takeoverSeconds)));
      wall.view().veil().setDimming(command.dim);
      wall.show(stage, command.screen);
      probe(stage, model, wall.view().crawl());
      app.startPolling();
      return;
    }
    MainWindow window = new MainWindow(model);
    AppSourceManager sources =
        new AppSourceManager(
            app,
            bridge,
            FxThread.platform(),
            liveSources,
            app.options().settingsDir().resolve(SourcesFile.FILE_NAME));
    Runnable manageSources =
        () ->
            new SourcesEditor(
                    sources,
                    Map.of("Live page laid out like rediff's", PagePresets.rediffLive()),
                    window.settings().zoneId())
                .show(stage);
    AppAlertRules alertRules =
        new AppAlertRules(
            app.alertRules(),
            command.alerts.size(),
            app.options().settingsDir().resolve(AlertsFile.FILE_NAME),
            app::inBackground,
            FxThread.platform(),
            model);
    Runnable manageAlerts =
        () ->
            new org.wirewatch.ui.alerts.AlertRulesEditor(alertRules, List.copyOf(model.entries()))
                .show(stage);
    window.setOnManage(manageSources, manageAlerts);
    reveal =
        key -> {
          window.reveal(key);
          stage.setIconified(false);
          stage.toFront();
        };
    if (command.bar) {
      // The bar is the face; the main window opens when an entry is clicked, on the same model.
      Stage main = new Stage();
      reveal =
          key -> {
            if (main.getScene() == null) {
              window.show(main);
            } else {
              main.show();
            }
            window.reveal(key);
            main.toFront();
          };
      org.wirewatch.ui.bar.TickerBar bar =
          new org.wirewatch.ui.bar.TickerBar(model, key -> reveal.accept(key));
      bar.show(stage, command.screen);
      probe(stage, model, bar.crawl());
      app.startPolling();
      return;
    }
    window.show(stage);
    probe(stage, model, window.crawl());
    app.startPolling();
  }

  private void probe(Stage stage, WindowModel model, org.wirewatch.ui.crawl.CrawlView crawl) {
    String dir = System.getProperty(org.wirewatch.ui.BenchProbe.DIR_PROPERTY);
    if (dir != null && !dir.isBlank()) {
      org.wirewatch.ui.BenchProbe probe =
          new org.wirewatch.ui.BenchProbe(java.nio.file.Path.of(dir), app::inBackground);
      probe.watch(stage, () -> !model.entries().isEmpty());
      probe.watchLatency(model.entries(), crawl);
    }
  }

  private void openInBrowser(String url) {
    // The detail view already filters links; the app checks again with the same policy, since it
    // is the last step before something leaves for the system browser.
    LinkPolicy.openable(url).ifPresent(getHostServices()::showDocument);
  }

  @Override
  public void stop() {
    if (notifier != null) {
      notifier.close();
    }
    if (app != null) {
      app.close();
    }
  }
}

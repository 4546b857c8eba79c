package org.wirewatch.app;

import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;
import org.wirewatch.timeline.fx.TimelineFxBridge;
import org.wirewatch.ui.MainWindow;
import org.wirewatch.ui.UiContext;

/**
 * The JavaFX application: builds the {@link App} root from the command line, connects the one FX
 * bridge, and shows the main window. Launched by {@code cli.Main}, never as the jar's main class.
 */
public final class WirewatchApp extends Application {
  private App app;
  private TimelineFxBridge bridge;

  /** Launches the window; blocks until it closes. */
  public static void launch(String[] args) {
    Application.launch(WirewatchApp.class, args);
  }

  @Override
  public void init() {
    // Options travel as the raw command line, not through static state.
    WirewatchCommand command = new WirewatchCommand();
    new picocli.CommandLine(command).parseArgs(getParameters().getRaw().toArray(String[]::new));
    app = new App(CommandOptions.toAppOptions(command), Clock.systemDefaultZone());
  }

  @Override
  public void start(Stage stage) {
    bridge = TimelineFxBridge.onPlatform().attach(app.timeline());
    app.addStatusListener(bridge);
    UiContext context =
        new UiContext(
            bridge.entries(),
            bridge.statuses(),
            app.sources(),
            app::refresh,
            this::openInBrowser,
            app.options().settingsDir(),
            app.clock());
    new MainWindow(context).show(stage);
    app.startPolling();
  }

  private void openInBrowser(String url) {
    String lower = url == null ? "" : url.trim().toLowerCase(java.util.Locale.ROOT);
    // Only web links leave the app; anything else (javascript:, file:, data:) is dropped here too.
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      getHostServices().showDocument(url.trim());
    }
  }

  @Override
  public void stop() {
    if (app != null) {
      app.close();
    }
  }
}

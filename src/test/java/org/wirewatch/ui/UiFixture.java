package org.wirewatch.ui;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.SourceState;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.timeline.Timeline;
import org.wirewatch.timeline.fx.TimelineFxBridge;

/** A real Timeline and FX bridge feeding a MainWindow, as the app wires them. */
public final class UiFixture {
  public final Timeline timeline = new Timeline();
  public final TimelineFxBridge bridge = new TimelineFxBridge(Platform::runLater);
  public final List<String> opened = new CopyOnWriteArrayList<>();
  public final List<SourceId> refreshed = new CopyOnWriteArrayList<>();
  public final MutableClock clock = new MutableClock(Updates.now(), ZoneId.of("Asia/Kolkata"));
  public final UiContext ctx;

  /** How often a face asked to keep the screen awake, and let go again. */
  public final java.util.concurrent.atomic.AtomicInteger awakeHeld =
      new java.util.concurrent.atomic.AtomicInteger();

  public final java.util.concurrent.atomic.AtomicInteger awakeReleased =
      new java.util.concurrent.atomic.AtomicInteger();

  /** The sources the window follows, as the app's sources editor port replaces them. */
  public final javafx.collections.ObservableList<SourceConfig> sources;

  public MainWindow window;

  public UiFixture(Path settingsDir) {
    this(settingsDir, org.wirewatch.ui.history.HistoryPort.NONE);
  }

  public UiFixture(Path settingsDir, org.wirewatch.ui.history.HistoryPort history) {
    bridge.attach(timeline);
    List<SourceConfig> sources = new ArrayList<>();
    sources.add(
        new SourceConfig(
            Updates.WIRE,
            "Wire Live",
            URI.create("https://example.org/live"),
            null,
            null,
            ZoneId.of("Asia/Kolkata"),
            null,
            true));
    this.sources = javafx.collections.FXCollections.observableArrayList(sources);
    ctx =
        new UiContext(
            bridge.entries(),
            bridge.statuses(),
            this.sources,
            refreshed::add,
            opened::add,
            settingsDir,
            clock,
            Runnable::run,
            history,
            why -> {
              awakeHeld.incrementAndGet();
              return awakeReleased::incrementAndGet;
            });
  }

  public void start(Stage stage) {
    window = new MainWindow(ctx);
    window.show(stage);
  }

  public void start(Stage stage, UiSettings settings) {
    window = new MainWindow(ctx, settings);
    window.show(stage);
  }

  public void ingest(LiveUpdate... updates) {
    ingest(FeedSnapshot.of(List.of(updates)));
  }

  public void ingest(List<LiveUpdate> updates) {
    ingest(FeedSnapshot.of(updates));
  }

  public void ingest(FeedSnapshot snapshot) {
    timeline.ingest(Updates.WIRE, snapshot, Updates.now());
    WaitForAsyncUtils.waitForFxEvents();
  }

  public void status(SourceState state, String error, Instant next) {
    List<SourceStatus.SourceError> errors =
        error == null ? List.of() : List.of(new SourceStatus.SourceError(Updates.now(), error));
    bridge.onStatus(
        new SourceStatus(
            Updates.WIRE,
            "Wire Live",
            URI.create("https://example.org/live"),
            state,
            error,
            Updates.now().minusSeconds(60),
            Updates.now().minusSeconds(120),
            state == SourceState.LIVE ? null : Updates.now().minusSeconds(30),
            next,
            errors));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** A clock the test moves by hand. */
  public static final class MutableClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant now, ZoneId zone) {
      this.now = now;
      this.zone = zone;
    }

    public void advance(java.time.Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
      return new MutableClock(now, z);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Writes what the scene shows to a PNG (the Monocle robot cannot capture the screen). */
  /** The colour the scene shows at (x, y), read from a snapshot on the FX thread. */
  public static javafx.scene.paint.Color pixel(Scene scene, int x, int y) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null).getPixelReader().getColor(x, y))
        .get();
  }

  public static void snapshot(Scene scene, Path file) throws Exception {
    WaitForAsyncUtils.waitFor(
        WaitForAsyncUtils.asyncFx(
            () -> {
              WritableImage img = scene.snapshot(null);
              try {
                javax.imageio.ImageIO.write(toAwt(img), "png", file.toFile());
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              return null;
            }));
  }

  private static java.awt.image.BufferedImage toAwt(WritableImage img) {
    int w = (int) img.getWidth();
    int h = (int) img.getHeight();
    int[] argb = new int[w * h];
    img.getPixelReader()
        .getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
    java.awt.image.BufferedImage out =
        new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
    out.setRGB(0, 0, w, h, argb, 0, w);
    return out;
  }
}

package org.wirewatch.ui.bar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewatch.model.UpdateKey;
import org.wirewatch.ui.UiFixture;
import org.wirewatch.ui.UiSettings;
import org.wirewatch.ui.Updates;
import org.wirewatch.ui.WindowModel;

/** The ticker bar: a thin always-on-top strip with only the crawl, docked to an edge. */
@ExtendWith(ApplicationExtension.class)
class TickerBarTest {
  @TempDir Path settings;
  private UiFixture ui;
  private TickerBar bar;
  private Stage stage;
  private WindowModel model;
  private final List<UpdateKey> opened = new CopyOnWriteArrayList<>();

  @Start
  void start(Stage primary) {
    // A stage of its own: the bar makes its stage always-on-top and docks it to an edge, which
    // must not follow TestFX's shared primary stage into other tests.
    this.stage = new Stage();
    ui = new UiFixture(settings);
    model = new WindowModel(ui.ctx, UiSettings.defaults());
    bar = new TickerBar(model, opened::add);
    bar.show(stage, 0);
  }

  @org.junit.jupiter.api.AfterEach
  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(stage::close).get();
  }

  @Test
  void itIsAThinAlwaysOnTopStripAcrossTheScreensBottomEdge() {
    var screen = Screen.getPrimary().getVisualBounds();
    assertThat(stage.isAlwaysOnTop()).isTrue();
    assertThat(stage.getWidth()).isEqualTo(screen.getWidth());
    assertThat(stage.getHeight()).isLessThan(60).isGreaterThan(30);
    assertThat(stage.getY() + stage.getHeight()).isEqualTo(screen.getMaxY());
    WaitForAsyncUtils.asyncFx(() -> bar.dock(true));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(stage.getY()).isEqualTo(screen.getMinY());
    assertThat(bar.atTop()).isTrue();
  }

  @Test
  void itMovesWithTheFocusItGetsAsTheWindowsOnlyNode() throws Exception {
    ui.ingest(Updates.seed());
    WaitForAsyncUtils.asyncFx(() -> bar.crawl().requestFocus()).get();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(bar.crawl().isFocused()).isTrue();
    double from = bar.crawl().tapeOffset();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> bar.crawl().tapeOffset() != from);
  }

  @Test
  void itCrawlsTheTimelineAndAClickOpensTheEntry(FxRobot robot) throws Exception {
    ui.ingest(Updates.seed());
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !bar.crawl().visibleHeadlines().isEmpty());
    assertThat(bar.crawl().visibleHeadlines()).contains(Updates.PUTIN);
    robot.clickOn(robot.lookup(".crawl-headline").queryLabeled());
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !opened.isEmpty());
    assertThat(opened.get(0).id()).isEqualTo("u1807");
  }

  @Test
  void theMonitorAskedForIsRememberedForThisLayoutOfMonitorsAndWritten() throws Exception {
    String layout =
        org.wirewatch.ui.ScreenChoice.layout(
            Screen.getScreens().stream().map(Screen::getBounds).toList());
    assertThat(model.settings().screenFor("bar", layout)).isZero();
    assertThat(model.settings().screenFor("wall", layout)).isEqualTo(-1);
    // The model writes what a face chose (here on the test's same-thread background).
    assertThat(UiSettings.load(settings).screenFor("bar", layout)).isZero();
  }
}

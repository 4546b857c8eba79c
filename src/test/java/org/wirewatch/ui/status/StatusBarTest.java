package org.wirewatch.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewatch.model.SourceState;
import org.wirewatch.ui.UiFixture;
import org.wirewatch.ui.Updates;

@ExtendWith(ApplicationExtension.class)
class StatusBarTest {
  @TempDir Path settings;
  private UiFixture ui;

  @Start
  void start(Stage stage) {
    ui = new UiFixture(settings);
    ui.start(stage);
  }

  @Test
  void showsEverySourceFromTheStart() {
    assertThat(ui.window.statusBar().textOf(Updates.WIRE)).isEqualTo("starting");
  }

  @Test
  void showsLiveThenFailingThenLiveAgain() {
    StatusBar bar = ui.window.statusBar();
    ui.status(SourceState.LIVE, null, Updates.now().plusSeconds(12));
    assertThat(bar.textOf(Updates.WIRE)).isEqualTo("live");
    assertThat(bar.chipButton(Updates.WIRE).getStyleClass()).contains("state-live");

    ui.status(SourceState.FAILING, "HTTP 503 Service Unavailable", Updates.now().plusSeconds(40));
    assertThat(bar.textOf(Updates.WIRE))
        .isEqualTo("failing: HTTP 503 Service Unavailable, retry in 40 s");
    assertThat(bar.chipButton(Updates.WIRE).getStyleClass())
        .contains("state-failing")
        .doesNotContain("state-live");
    assertThat(bar.chipButton(Updates.WIRE).getAccessibleText()).contains("Wire Live", "failing");

    ui.status(SourceState.LIVE, null, Updates.now().plusSeconds(15));
    assertThat(bar.textOf(Updates.WIRE)).isEqualTo("live");
    assertThat(bar.chipButton(Updates.WIRE).getStyleClass()).contains("state-live");
  }

  @Test
  void aSourceReadThroughItsPagesFeedSaysSoOnItsChipAndInItsPopover(FxRobot robot)
      throws Exception {
    String note = "using the page's Atom feed (https://example.org/live/feed.atom)";
    ui.bridge.onStatus(
        new org.wirewatch.model.SourceStatus(
            Updates.WIRE,
            "Wire Live",
            java.net.URI.create("https://example.org/live/feed.atom"),
            SourceState.LIVE,
            null,
            Updates.now(),
            Updates.now(),
            null,
            Updates.now().plusSeconds(15),
            java.util.List.of(),
            java.util.List.of(note)));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(ui.window.statusBar().chipButton(Updates.WIRE).getAccessibleText())
        .contains("live, using the page's Atom feed");
    robot.clickOn(ui.window.statusBar().chipButton(Updates.WIRE));
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> ui.window.statusBar().errorsShowing(Updates.WIRE));
    assertThat(robot.lookup(".note-line").queryLabeled().getText()).isEqualTo(note);
  }

  @Test
  void aClickShowsTheRecentErrorsAndCanAskForAFetch(FxRobot robot) throws Exception {
    ui.status(SourceState.FAILING, "HTTP 503 Service Unavailable", Updates.now().plusSeconds(40));
    robot.clickOn(ui.window.statusBar().chipButton(Updates.WIRE));
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> ui.window.statusBar().errorsShowing(Updates.WIRE));
    assertThat(robot.lookup(".error-line").queryLabeled().getText())
        .endsWith("HTTP 503 Service Unavailable");
    robot.clickOn("Fetch now");
    assertThat(ui.refreshed).containsExactly(Updates.WIRE);
  }
}

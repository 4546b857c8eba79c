package org.wirewatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Priority;
import org.wirewatch.model.SourceState;

@ExtendWith(ApplicationExtension.class)
class MainWindowSnapshotTest {
  @TempDir Path settings;
  private UiFixture ui;
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    Files.writeString(
        settings.resolve(UiSettings.FILE), "time.zone=Asia/Kolkata\ntime.showZone=true\n");
    this.stage = stage;
    ui = new UiFixture(settings);
    ui.start(stage);
  }

  private void robotClick(String query) {
    new org.testfx.api.FxRobot().clickOn(query);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void rendersALiveBlogWindowThatCanBeSnapshotted() throws Exception {
    List<LiveUpdate> items = new ArrayList<>(Updates.many(30, Updates.AT_1807.minusMinutes(2)));
    items.add(Updates.seed());
    items.add(
        Updates.update(
            "b1",
            Updates.AT_1807.plusMinutes(1),
            "Earthquake of magnitude 6.1 strikes off the coast",
            "No tsunami warning has been issued.",
            Priority.BREAKING));
    ui.ingest(items.toArray(LiveUpdate[]::new));
    ui.ingest(Updates.withHeadline(Updates.seed(), Updates.PUTIN + ", says aide"));
    ui.status(SourceState.LIVE, null, Updates.now().plusSeconds(12));
    WaitForAsyncUtils.asyncFx(() -> ui.window.timeline().list().getSelectionModel().select(1));
    WaitForAsyncUtils.waitFor(
        10, java.util.concurrent.TimeUnit.SECONDS, () -> ui.window.detail().entry() != null);
    WaitForAsyncUtils.waitForFxEvents();
    Path out = Path.of(System.getProperty("java.io.tmpdir"), "wirewatch-window.png");
    UiFixture.snapshot(stage.getScene(), out);
    assertThat(Files.size(out)).isGreaterThan(10_000);
    assertThat(UiFixture.pixel(stage.getScene(), 5, 5).getBrightness())
        .as("the light theme's app bar is light")
        .isGreaterThan(0.8);

    WaitForAsyncUtils.asyncFx(() -> stage.getScene().lookup("#theme-toggle"));
    robotClick("#theme-toggle");
    WaitForAsyncUtils.waitFor(
        10,
        java.util.concurrent.TimeUnit.SECONDS,
        () -> stage.getScene().getRoot().getStyleClass().contains("theme-dark"));
    WaitForAsyncUtils.waitForFxEvents();
    Path dark = Path.of(System.getProperty("java.io.tmpdir"), "wirewatch-window-dark.png");
    UiFixture.snapshot(stage.getScene(), dark);
    assertThat(Files.size(dark)).isGreaterThan(10_000);
    assertThat(UiFixture.pixel(stage.getScene(), 5, 5).getBrightness())
        .as("the dark theme's app bar is dark")
        .isLessThan(0.3);
  }
}

package org.wirewatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowSettingsTest {
  @TempDir Path settings;
  private UiFixture ui;
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    Files.writeString(
        settings.resolve(UiSettings.FILE),
        "window.x=40\nwindow.y=30\nwindow.width=1100\nwindow.height=700\nsplit=0.4\n");
    this.stage = stage;
    ui = new UiFixture(settings);
    ui.start(stage);
  }

  @Test
  void restoresAndRemembersSizePositionSplitAndOptions(FxRobot robot) throws Exception {
    assertThat(stage.getWidth()).isEqualTo(1100);
    assertThat(stage.getHeight()).isEqualTo(700);
    assertThat(stage.getX()).isEqualTo(40);

    WaitForAsyncUtils.asyncFx(
            () -> {
              stage.setWidth(1200);
              stage.setX(60);
              ui.window.timeline().getParent(); // the split stays where the reader left it
              ((javafx.scene.control.SplitPane) ui.window.timeline().getParent().getParent())
                  .setDividerPositions(0.62);
              stage.hide();
            })
        .get();

    UiSettings saved = UiSettings.load(settings);
    assertThat(saved.width()).isEqualTo(1200);
    assertThat(saved.x()).isEqualTo(60);
    assertThat(saved.split()).isCloseTo(0.62, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void theSourcesButtonAppearsWhenTheAppOffersAnEditor(FxRobot robot) throws Exception {
    java.util.concurrent.atomic.AtomicInteger opened =
        new java.util.concurrent.atomic.AtomicInteger();
    assertThat(robot.lookup("Sources").queryButton().isVisible()).isFalse();
    WaitForAsyncUtils.asyncFx(() -> ui.window.setOnManage(opened::incrementAndGet, null)).get();
    robot.clickOn("Sources");
    assertThat(opened.get()).isEqualTo(1);
  }

  @Test
  void keysScaleTheTextAndToggleFullScreen(FxRobot robot) {
    robot.clickOn(ui.window.timeline().list());
    robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.EQUALS);
    robot.release(javafx.scene.input.KeyCode.EQUALS, javafx.scene.input.KeyCode.CONTROL);
    assertThat(ui.window.root().getStyle()).contains("-fx-font-size: 16.5px");
    robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT0);
    robot.release(javafx.scene.input.KeyCode.DIGIT0, javafx.scene.input.KeyCode.CONTROL);
    assertThat(ui.window.root().getStyle()).contains("-fx-font-size: 15.0px");
    assertThat(UiSettings.load(settings).fontScale()).isEqualTo(1.0);

    robot.type(javafx.scene.input.KeyCode.F11);
    assertThat(stage.isFullScreen()).isTrue();
    robot.type(javafx.scene.input.KeyCode.F11);
    assertThat(stage.isFullScreen()).isFalse();
  }

  @Test
  void darkThemeIsRememberedAndFollowedByTheDetail(FxRobot robot) {
    robot.clickOn("#theme-toggle");
    assertThat(ui.window.settings().dark()).isTrue();
    assertThat(UiSettings.load(settings).dark()).isTrue();
    assertThat(ui.window.root().getStyleClass()).contains("theme-dark");
  }
}

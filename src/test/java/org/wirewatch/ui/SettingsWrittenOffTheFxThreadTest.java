package org.wirewatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wirewatch.timeline.fx.TimelineFxBridge;

@ExtendWith(ApplicationExtension.class)
class SettingsWrittenOffTheFxThreadTest {
  @TempDir Path settings;
  private final List<Runnable> background = new ArrayList<>();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    TimelineFxBridge bridge = TimelineFxBridge.onPlatform();
    UiContext ctx =
        new UiContext(
            bridge.entries(),
            bridge.statuses(),
            List.of(),
            id -> {},
            url -> {},
            settings,
            java.time.Clock.systemUTC(),
            background::add);
    window = new MainWindow(ctx, UiSettings.defaults());
    window.show(stage);
  }

  @Test
  void aChangedOptionIsHandedToTheBackgroundAndOnlyTheLatestIsWritten(FxRobot robot) {
    robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.EQUALS);
    robot.release(javafx.scene.input.KeyCode.EQUALS, javafx.scene.input.KeyCode.CONTROL);
    robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.EQUALS);
    robot.release(javafx.scene.input.KeyCode.EQUALS, javafx.scene.input.KeyCode.CONTROL);

    assertThat(background).as("saves are queued, not written on the FX thread").isNotEmpty();
    assertThat(UiSettings.load(settings).fontScale()).as("nothing written yet").isEqualTo(1.0);

    background.forEach(Runnable::run); // as the app's scheduler would, on its own threads
    assertThat(UiSettings.load(settings).fontScale()).isGreaterThan(1.15);
  }
}

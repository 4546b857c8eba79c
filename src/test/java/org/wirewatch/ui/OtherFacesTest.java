package org.wirewatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The View menu opens the wall and the ticker bar on the window's own model, and closes them. */
@ExtendWith(ApplicationExtension.class)
class OtherFacesTest {
  @TempDir Path settings;
  private UiFixture ui;

  @Start
  void start(Stage stage) {
    ui = new UiFixture(settings);
    ui.start(stage);
  }

  private static List<String> openTitles() {
    return Window.getWindows().stream()
        .filter(w -> w instanceof Stage && w.isShowing())
        .map(w -> ((Stage) w).getTitle())
        .toList();
  }

  private static void choose(FxRobot robot, String item) {
    MenuButton view = robot.lookup(".menu-button").queryAs(MenuButton.class);
    MenuItem found =
        view.getItems().stream().filter(i -> item.equals(i.getText())).findFirst().orElseThrow();
    robot.interact(found::fire);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theTickerBarAndTheWallOpenFromTheViewMenuAndCloseAgain(FxRobot robot) {
    ui.ingest(Updates.seed());
    choose(robot, "Ticker bar");
    assertThat(openTitles()).contains("Wirewatch ticker");
    assertThat(ui.awakeHeld).as("the bar lets the screen sleep").hasValue(0);
    choose(robot, "Wall display");
    assertThat(openTitles()).contains("Wirewatch wall");
    assertThat(ui.awakeHeld).as("the wall keeps the screen awake").hasValue(1);
    choose(robot, "Ticker bar");
    choose(robot, "Wall display");
    assertThat(openTitles()).doesNotContain("Wirewatch ticker", "Wirewatch wall");
    assertThat(ui.awakeReleased).as("until it closes").hasValue(1);
    assertThat(openTitles()).contains("Wirewatch");
  }
}

package org.wirewatch.ui.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewatch.model.Priority;
import org.wirewatch.ui.UiFixture;
import org.wirewatch.ui.UiSettings;
import org.wirewatch.ui.Updates;
import org.wirewatch.ui.WindowModel;

/**
 * The wall is composed at 720p, 1080p and 4K alike: everything present, nothing cut or overlapping.
 */
@ExtendWith(ApplicationExtension.class)
class WallLayoutTest {
  @TempDir Path settings;
  private UiFixture ui;

  @Start
  void start(Stage stage) {
    ui = new UiFixture(settings);
    for (int i = 0; i < 7; i++) {
      ui.timeline.ingest(
          Updates.WIRE,
          org.wirewatch.model.FeedSnapshot.of(
              List.of(
                  Updates.update(
                      "u" + i,
                      Updates.AT_1807.minusMinutes(7L * i),
                      i == 0
                          ? Updates.PUTIN + ", as preparations for the meeting get under way"
                          : "Update number "
                              + i
                              + " from the live blog, with a headline of ordinary length",
                      "Kirill A Dmitriev, Russian President's envoy, confirmed that preparations are"
                          + " underway for a possible summit between Vladimir Putin and Donald Trump.",
                      i == 2 ? Priority.BREAKING : Priority.NORMAL))),
          Updates.now());
    }
  }

  @ParameterizedTest
  @CsvSource({"1280,720", "1920,1080", "3840,2160"})
  void everythingIsPresentWithinTheScreenUncutAndApart(int width, int height, FxRobot robot)
      throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WallView[] wall = new WallView[1];
    robot.interact(
        () -> {
          wall[0] =
              new WallView(
                  new WindowModel(ui.ctx, UiSettings.defaults()),
                  ui.clock,
                  List.of(),
                  Duration.ofSeconds(20));
          Scene scene = new Scene(wall[0], width, height);
          scene
              .getStylesheets()
              .addAll(
                  Objects.requireNonNull(
                          org.wirewatch.ui.MainWindow.class.getResource("wirewatch.css"))
                      .toExternalForm(),
                  Objects.requireNonNull(WallWindow.class.getResource("wall.css"))
                      .toExternalForm());
          // Laid out in its scene without a window: Monocle's screen is smaller than 4K.
          wall[0].applyCss();
          wall[0].resize(width, height);
          wall[0].applyCss();
          wall[0].layout();
        });
    WaitForAsyncUtils.waitForFxEvents();
    try {
      WallView w = wall[0];
      assertThat(w.shownHeadlines()).hasSize(WallView.SHOWN);
      assertThat(w.clockCities()).containsExactly("Kolkata", "UTC");
      assertThat(w.healthLines()).hasSize(1);

      List<String> problems = new ArrayList<>();
      for (Node n : w.lookupAll(".label")) {
        if (!(n instanceof Labeled l)
            || !l.isVisible()
            || l.getText() == null
            || l.getText().isEmpty()) {
          continue;
        }
        if (l.getStyleClass().stream().anyMatch(c -> c.startsWith("crawl"))) {
          continue; // the crawl moves through its clip by design
        }
        Bounds b = l.localToScene(l.getBoundsInLocal());
        if (b.getMinX() < -1
            || b.getMinY() < -1
            || b.getMaxX() > width + 1
            || b.getMaxY() > height + 1) {
          problems.add("outside the screen: " + l.getText() + " " + b);
        }
        Text shown = (Text) l.lookup(".text");
        if (shown != null && !shown.getText().equals(l.getText())) {
          problems.add("cut: '" + l.getText() + "' shows as '" + shown.getText() + "'");
        }
      }
      assertThat(problems).isEmpty();

      // The four bands stack without overlapping: clocks, headlines, health, crawl.
      List<Bounds> bands = new ArrayList<>();
      for (String sel : List.of(".wall-clocks", ".wall-headlines", ".wall-health", ".wall-crawl")) {
        Node band = w.lookup(sel);
        assertThat(band).as(sel).isNotNull();
        bands.add(band.localToScene(band.getBoundsInLocal()));
      }
      for (int i = 1; i < bands.size(); i++) {
        assertThat(bands.get(i).getMinY())
            .as("band " + i + " starts below band " + (i - 1))
            .isGreaterThanOrEqualTo(bands.get(i - 1).getMaxY() - 1);
      }
      assertThat(bands.get(3).getMaxY()).isLessThanOrEqualTo(height + 1);
      // Sized by the height: a 4K wall's text is twice a 1080p wall's.
      assertThat(w.getStyle())
          .contains(String.format(java.util.Locale.ROOT, "%.1fpx", height / 40.0));
    } finally {
      robot.interact(() -> {});
    }
  }
}

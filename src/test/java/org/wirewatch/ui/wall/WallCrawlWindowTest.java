package org.wirewatch.ui.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewatch.ui.UiFixture;
import org.wirewatch.ui.UiSettings;
import org.wirewatch.ui.Updates;
import org.wirewatch.ui.WindowModel;

/**
 * The wall's crawl runs in a strip-sized window of its own laid over its place on the full-screen
 * wall, so a frame of the crawl does not redraw the whole screen; it must look and behave as if it
 * were part of the wall.
 */
@ExtendWith(ApplicationExtension.class)
class WallCrawlWindowTest {
  @TempDir Path settings;
  private UiFixture ui;
  private WallWindow wall;
  private Stage stage;

  @Start
  void start(Stage primary) {
    ui = new UiFixture(settings);
    WindowModel model = new WindowModel(ui.ctx, UiSettings.defaults());
    wall = new WallWindow(model, ui.clock, List.of(), Duration.ofSeconds(20));
    stage = new Stage();
    wall.show(stage, 0);
  }

  @AfterEach
  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(stage::close).get();
  }

  private Bounds onScreen(Node node) {
    return node.localToScreen(node.getLayoutBounds());
  }

  @Test
  void theCrawlIsInItsOwnStripWindowExactlyOverItsPlaceOnTheWall() throws Exception {
    ui.ingest(Updates.seed());
    Stage strip = wall.crawlWindow();
    assertThat(strip.isShowing()).isTrue();
    assertThat(wall.view().crawl().getScene()).isSameAs(strip.getScene());
    assertThat(wall.view().crawlSlot().getChildren()).isEmpty();

    Bounds slot = onScreen(wall.view().crawlSlot());
    assertThat(slot.getHeight()).isGreaterThan(20);
    assertThat(strip.getX()).isCloseTo(slot.getMinX(), org.assertj.core.data.Offset.offset(1.0));
    assertThat(strip.getY()).isCloseTo(slot.getMinY(), org.assertj.core.data.Offset.offset(1.0));
    assertThat(strip.getWidth())
        .isCloseTo(slot.getWidth(), org.assertj.core.data.Offset.offset(1.0));
    assertThat(strip.getHeight()).isLessThan(stage.getHeight() / 5);

    double from = wall.view().crawl().tapeOffset();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> wall.view().crawl().tapeOffset() != from);
    assertThat(wall.view().crawl().visibleHeadlines()).isNotEmpty();
  }

  @Test
  void theStripFollowsTheWallWhenItShiftsAgainstBurnIn() throws Exception {
    Stage strip = wall.crawlWindow();
    double y = strip.getY();
    WaitForAsyncUtils.asyncFx(() -> wall.view().getChildren().get(0).setTranslateY(3)).get();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(strip.getY()).isCloseTo(y + 3, org.assertj.core.data.Offset.offset(0.5));
  }

  @Test
  void theStripDimsWithTheWallAndUnderTheBannersScrim() throws Exception {
    Stage strip = wall.crawlWindow();
    java.time.LocalTime now = java.time.LocalTime.now(ui.clock);
    WaitForAsyncUtils.asyncFx(
            () ->
                wall.view()
                    .veil()
                    .setDimming(new Dimming(now.minusHours(1), now.plusHours(1), 0.3)))
        .get();
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.Parent root = strip.getScene().getRoot();
    Node shade = root.getChildrenUnmodifiable().get(2);
    assertThat(shade.isVisible()).isTrue();
    assertThat(shade.getOpacity()).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-9));

    Node scrim = root.getChildrenUnmodifiable().get(1);
    assertThat(scrim.isVisible()).isFalse();
    ui.ingest(Updates.seed());
    ui.timeline.ingest(
        Updates.WIRE,
        org.wirewatch.model.FeedSnapshot.of(
            List.of(
                Updates.update(
                    "breaking-now",
                    Updates.AT_1807.plusMinutes(5),
                    "Breaking now",
                    "",
                    org.wirewatch.model.Priority.BREAKING))),
        ui.clock.instant().plusSeconds(60));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(wall.view().bannerHeadline()).isEqualTo("Breaking now");
    assertThat(scrim.isVisible()).isTrue();
  }

  @Test
  void spaceOnTheStripPausesTheCrawlAndClosingTheWallClosesTheStrip(FxRobot robot)
      throws Exception {
    Stage strip = wall.crawlWindow();
    WaitForAsyncUtils.asyncFx(
            () ->
                strip
                    .getScene()
                    .getOnKeyPressed()
                    .handle(
                        new javafx.scene.input.KeyEvent(
                            javafx.scene.input.KeyEvent.KEY_PRESSED,
                            " ",
                            " ",
                            KeyCode.SPACE,
                            false,
                            false,
                            false,
                            false)))
        .get();
    assertThat(wall.view().crawl().userPausedProperty().get()).isTrue();

    WaitForAsyncUtils.asyncFx(stage::close).get();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(strip.isShowing()).isFalse();
  }
}

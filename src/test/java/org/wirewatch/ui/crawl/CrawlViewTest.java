package org.wirewatch.ui.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Priority;
import org.wirewatch.ui.UiFixture;
import org.wirewatch.ui.Updates;

@ExtendWith(ApplicationExtension.class)
class CrawlViewTest {
  @TempDir Path settings;
  private UiFixture ui;

  @Start
  void start(Stage stage) {
    ui = new UiFixture(settings);
    ui.start(stage);
  }

  private CrawlView crawl() {
    return ui.window.crawl();
  }

  private void awaitMovement() throws Exception {
    double from = crawl().tapeOffset();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> crawl().tapeOffset() != from);
  }

  /**
   * Lets a quarter of a second of pulses pass on the FX animation clock (a transition that drives
   * the pulses itself), enough for a running crawl to have moved visibly; waits on its end, not on
   * the wall clock.
   */
  private void letFramesPass() throws Exception {
    java.util.concurrent.atomic.AtomicBoolean done =
        new java.util.concurrent.atomic.AtomicBoolean();
    WaitForAsyncUtils.asyncFx(
            () -> {
              javafx.animation.PauseTransition quarter =
                  new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
              quarter.setOnFinished(e -> done.set(true));
              quarter.play();
            })
        .get();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, done::get);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Waits until the crawl has drawn {@code n} more frames. */
  private void awaitFrames(long n) throws Exception {
    long before = crawl().frames();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> crawl().frames() - before >= n);
  }

  @Test
  void scrollsContinuouslyWhenItHasEntries(FxRobot robot) throws Exception {
    robot.moveTo(ui.window.timeline().list());
    ui.ingest(Updates.seed());
    awaitMovement();
    awaitMovement();
    assertThat(crawl().isPaused()).isFalse();
  }

  @Test
  void theControlAndTheSpaceKeyPauseAndResume(FxRobot robot) throws Exception {
    robot.moveTo(ui.window.timeline().list());
    ui.ingest(Updates.seed());
    awaitMovement();

    robot.clickOn(".crawl-pause");
    robot.moveTo(ui.window.timeline().list());
    assertThat(crawl().isPaused()).isTrue();
    double stopped = crawl().tapeOffset();
    letFramesPass();
    assertThat(crawl().tapeOffset()).isEqualTo(stopped);
    assertThat(crawl().getAccessibleText()).contains("paused");

    robot.clickOn(ui.window.timeline().list());
    robot.type(KeyCode.SPACE);
    assertThat(crawl().userPausedProperty().get()).isFalse();
    awaitMovement();

    robot.type(KeyCode.SPACE);
    assertThat(crawl().isPaused()).isTrue();
    robot.type(KeyCode.SPACE);
    assertThat(crawl().isPaused()).isFalse();
  }

  @Test
  void pausesWhileThePointerIsOverItAndResumesAfter(FxRobot robot) throws Exception {
    ui.ingest(Updates.seed());
    robot.moveTo(".crawl-strip");
    assertThat(crawl().isPaused()).isTrue();
    double stopped = crawl().tapeOffset();
    letFramesPass();
    assertThat(crawl().tapeOffset()).isEqualTo(stopped);

    robot.moveTo(ui.window.timeline().list());
    assertThat(crawl().isPaused()).isFalse();
    awaitMovement();
  }

  @Test
  void pausesWhileTheKeyboardHasMovedTheFocusToItButNotForFocusGivenByTheProgram(FxRobot robot)
      throws Exception {
    robot.moveTo(ui.window.timeline().list());
    ui.ingest(Updates.seed());
    // Focus given without the keyboard (as a window gives its only focusable node) keeps it moving.
    WaitForAsyncUtils.asyncFx(() -> crawl().requestFocus());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(crawl().isFocused()).isTrue();
    assertThat(crawl().isPaused()).isFalse();
    awaitMovement();

    robot.clickOn(ui.window.timeline().list());
    for (int i = 0; i < 40 && !crawl().isFocused(); i++) {
      robot.type(KeyCode.TAB);
    }
    assertThat(crawl().isFocused()).as("Tab reaches the crawl").isTrue();
    assertThat(crawl().isPaused()).isTrue();
    robot.clickOn(ui.window.timeline().list());
    assertThat(crawl().isPaused()).isFalse();
  }

  @Test
  void clickingAnEntrySelectsItInTheTimeline(FxRobot robot) {
    LiveUpdate other =
        Updates.update(
            "other", Updates.AT_1807.minusMinutes(5), "Rain in Delhi", "", Priority.NORMAL);
    ui.ingest(Updates.seed(), other);
    // Hovering pauses the crawl, so the entry stays under the pointer for the click.
    robot.moveTo(".crawl-strip");
    CrawlItem target =
        crawl().itemsOnStrip().stream()
            .filter(i -> i.isVisible() && i.headlineText().equals("Rain in Delhi"))
            .filter(i -> onScreen(i.localToScene(i.getLayoutBounds())))
            .findFirst()
            .orElseThrow();
    Bounds b = target.localToScreen(target.getLayoutBounds());
    robot.clickOn(Math.max(b.getMinX(), 1) + 20, b.getCenterY());

    assertThat(ui.window.timeline().list().getSelectionModel().getSelectedItem().key().id())
        .isEqualTo("other");
    assertThat(ui.window.detail().entry().key().id()).isEqualTo("other");
  }

  private boolean onScreen(Bounds b) {
    return b.getMinX() >= 0 && b.getMinX() + 40 < crawl().getWidth() - 60;
  }

  @Test
  void newUpdatesJoinWithoutMovingWhatIsOnTheStrip(FxRobot robot) throws Exception {
    ui.ingest(Updates.many(6, Updates.AT_1807));
    robot.moveTo(".crawl-strip"); // hold it still
    List<String> before = crawl().visibleHeadlines();
    double offset = crawl().tapeOffset();

    ui.ingest(
        Updates.update("late", Updates.AT_1807.plusMinutes(9), "Late news", "", Priority.NORMAL));

    assertThat(crawl().tapeOffset()).isEqualTo(offset);
    assertThat(crawl().visibleHeadlines()).startsWith(before.get(0));
    assertThat(crawl().sequence()).extracting(k -> k.id()).contains("late");
  }

  @Test
  void anEditedHeadlineChangesInPlace(FxRobot robot) {
    ui.ingest(Updates.seed());
    robot.moveTo(".crawl-strip");
    double offset = crawl().tapeOffset();
    ui.ingest(Updates.withHeadline(Updates.seed(), "Summit confirmed"));
    assertThat(crawl().visibleHeadlines())
        .contains("Summit confirmed")
        .doesNotContain(Updates.PUTIN);
    assertThat(crawl().tapeOffset()).isEqualTo(offset);
  }

  @Test
  void framesMoveTheStripWithoutALayoutPassOfTheWindow(FxRobot robot) throws Exception {
    robot.moveTo(ui.window.timeline().list());
    ui.ingest(Updates.many(3, Updates.AT_1807));
    awaitMovement();
    awaitFrames(40); // the new rows' slide-in (about 0.6 s) is over
    javafx.scene.Scene scene = crawl().getScene();
    int[] pulses = new int[2];
    Runnable probe =
        () -> {
          pulses[0]++;
          if (scene.getRoot().isNeedsLayout()) {
            pulses[1]++;
          }
        };
    WaitForAsyncUtils.asyncFx(() -> scene.addPreLayoutPulseListener(probe)).get();
    long framesBefore = crawl().frames();
    // Long enough for items to leave the strip and pooled ones to come in (about 3 s).
    awaitFrames(180);
    WaitForAsyncUtils.asyncFx(() -> scene.removePreLayoutPulseListener(probe)).get();
    assertThat(crawl().frames() - framesBefore).isGreaterThan(30);
    assertThat(pulses[0]).isGreaterThan(30);
    assertThat(pulses[1]).isZero();
  }

  @Test
  void reducedMotionPagesInsteadOfScrolling(FxRobot robot) throws Exception {
    robot.moveTo(ui.window.timeline().list());
    ui.ingest(Updates.many(8, Updates.AT_1807));
    WaitForAsyncUtils.asyncFx(() -> crawl().setReducedMotion(true));
    WaitForAsyncUtils.waitForFxEvents();
    double offset = crawl().tapeOffset();
    assertThat(offset).isZero();
    letFramesPass();
    assertThat(crawl().tapeOffset()).isZero();
  }

  @Test
  void largerTextMakesLargerCrawlItems(FxRobot robot) {
    ui.ingest(Updates.seed());
    robot.moveTo(".crawl-strip");
    double before =
        crawl().itemsOnStrip().stream().mapToDouble(i -> i.getWidth()).max().orElseThrow();
    robot.clickOn(ui.window.timeline().list());
    robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
    robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    double after =
        crawl().itemsOnStrip().stream().mapToDouble(i -> i.getWidth()).max().orElseThrow();
    assertThat(after).isGreaterThan(before * 1.1);
    assertThat(ui.window.settings().fontScale()).isEqualTo(1.2);
  }
}

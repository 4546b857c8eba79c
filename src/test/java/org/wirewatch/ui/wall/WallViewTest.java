package org.wirewatch.ui.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
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
import org.wirewatch.model.SourceStatus;
import org.wirewatch.ui.UiFixture;
import org.wirewatch.ui.UiSettings;
import org.wirewatch.ui.Updates;
import org.wirewatch.ui.WindowModel;

/** The wall reads the same view-model as the window, composed for distance. */
@ExtendWith(ApplicationExtension.class)
class WallViewTest {
  @TempDir Path settings;
  private UiFixture ui;
  private WallView wall;
  private WindowModel model;
  private Stage stage;

  @Start
  void start(Stage primary) {
    ui = new UiFixture(settings);
    // One breaking update is already there when the wall comes up: it must not take over.
    ui.timeline.ingest(
        Updates.WIRE,
        org.wirewatch.model.FeedSnapshot.of(
            List.of(
                Updates.update(
                    "old-breaking",
                    Updates.AT_1807.minusHours(2),
                    "Earlier breaking story",
                    "",
                    Priority.BREAKING))),
        Updates.now());
    WaitForAsyncUtils.waitForFxEvents();
    model = new WindowModel(ui.ctx, UiSettings.defaults());
    wall = new WallView(model, ui.clock, List.of(), Duration.ofSeconds(20));
    // A stage of its own that fits Monocle's screen; the shared primary stage stays as it was.
    Scene scene = new Scene(wall, 1600, 900);
    scene
        .getStylesheets()
        .add(Objects.requireNonNull(WallWindow.class.getResource("wall.css")).toExternalForm());
    stage = new Stage();
    stage.setScene(scene);
    stage.show();
  }

  @org.junit.jupiter.api.AfterEach
  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(stage::close).get();
  }

  private static LiveUpdate at(String id, int minutes, String headline, Priority p) {
    return Updates.update(id, Updates.AT_1807.plusMinutes(minutes), headline, "", p);
  }

  /** Arrives a minute after the wall came up, past the backlog of the first fetches. */
  private void arrives(LiveUpdate u) {
    ui.timeline.ingest(
        Updates.WIRE,
        org.wirewatch.model.FeedSnapshot.of(List.of(u)),
        ui.clock.instant().plusSeconds(60));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theCrawlMovesThoughItIsTheOnlyNodeThatCanHoldTheFocus() throws Exception {
    ui.ingest(Updates.seed());
    WaitForAsyncUtils.asyncFx(() -> wall.crawl().requestFocus()).get();
    WaitForAsyncUtils.waitForFxEvents();
    double from = wall.crawl().tapeOffset();
    WaitForAsyncUtils.waitFor(
        5, java.util.concurrent.TimeUnit.SECONDS, () -> wall.crawl().tapeOffset() != from);
    assertThat(wall.crawl().isPaused()).isFalse();
  }

  @Test
  void theNewestFiveShowLargeNewestFirstAndWithdrawnOnesDoNot() {
    for (int i = 1; i <= 7; i++) {
      ui.ingest(at("n" + i, i, "Update " + i, Priority.NORMAL));
    }
    assertThat(wall.shownHeadlines())
        .containsExactly("Update 7", "Update 6", "Update 5", "Update 4", "Update 3");
    ui.ingest(Updates.withdrawing(List.of(), "n7"));
    assertThat(wall.shownHeadlines()).first().isEqualTo("Update 6");
  }

  @Test
  void aChangeBelowTheShownRowsLeavesThemAsTheyAreAndOneAmongThemRedrawsThem() {
    for (int i = 1; i <= 7; i++) {
      ui.ingest(at("n" + i, i, "Update " + i, Priority.NORMAL));
    }
    List<javafx.scene.Node> before = wall.headlineRows();

    ui.ingest(at("n1", 1, "Update 1, corrected", Priority.NORMAL));
    assertThat(wall.headlineRows()).as("an edit of a row not shown").isEqualTo(before);
    assertThat(wall.headlineRows().get(0)).isSameAs(before.get(0));

    ui.ingest(at("n6", 6, "Update 6, corrected", Priority.NORMAL));
    assertThat(wall.headlineRows().get(0)).isNotSameAs(before.get(0));
    assertThat(wall.shownHeadlines())
        .containsExactly("Update 7", "Update 6, corrected", "Update 5", "Update 4", "Update 3");
  }

  @Test
  void aSecondBreakingUpdateQueuesBehindTheFirstNeverOverwritesIt() {
    assertThat(wall.bannerHeadline()).as("the backlog's breaking story takes nothing").isNull();
    LiveUpdate agencyFirst =
        new LiveUpdate(
            org.wirewatch.model.SourceId.of("agency"),
            "a0",
            Updates.AT_1807,
            null,
            "Breaking, but in a new source's first fetch",
            "",
            null,
            null,
            null,
            List.of(),
            Priority.BREAKING,
            Updates.now(),
            java.util.Set.of());
    ui.timeline.ingest(
        org.wirewatch.model.SourceId.of("agency"),
        org.wirewatch.model.FeedSnapshot.of(List.of(agencyFirst)),
        Updates.now());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(wall.bannerHeadline()).as("a first fetch is backlog, not news").isNull();
    arrives(at("b1", 1, "Kremlin confirms summit", Priority.BREAKING));
    arrives(at("b2", 2, "White House confirms summit", Priority.BREAKING));
    assertThat(wall.bannerHeadline()).isEqualTo("Kremlin confirms summit");
    assertThat(wall.bannersWaiting()).isEqualTo(1);
    WaitForAsyncUtils.asyncFx(wall::endBanner);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(wall.bannerHeadline()).isEqualTo("White House confirms summit");
    WaitForAsyncUtils.asyncFx(wall::endBanner);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(wall.bannerHeadline()).isNull();
    assertThat(wall.shownHeadlines()).first().isEqualTo("White House confirms summit");
  }

  @Test
  void anAlertRuleWithTakeoverPutsAnOrdinaryUpdateOnTheBanner() {
    arrives(at("t1", 1, "RBI keeps the repo rate unchanged", Priority.NORMAL));
    assertThat(wall.bannerHeadline()).isNull();
    WaitForAsyncUtils.asyncFx(
        () -> model.takeoverRequests().add(ui.timeline.snapshot().get(0).key()));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(wall.bannerHeadline()).isEqualTo("RBI keeps the repo rate unchanged");
  }

  @Test
  void aQuietSourceIsSaidPlainlyAndEveryFailingSourceIsSaidInsteadOfOldNews() {
    Instant now = ui.clock.instant();
    status(SourceState.LIVE, null, now.minus(Duration.ofMinutes(12)));
    WaitForAsyncUtils.asyncFx(wall::refresh);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(wall.healthLines()).containsExactly("Wire Live: no update for 12 min");
    assertThat(wall.allFailingText()).isNull();

    status(SourceState.FAILING, "HTTP 503 Service Unavailable", now.minus(Duration.ofMinutes(12)));
    WaitForAsyncUtils.asyncFx(wall::refresh);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(wall.healthLines())
        .singleElement()
        .asString()
        .startsWith("Wire Live: failing: HTTP 503");
    assertThat(wall.allFailingText()).startsWith("No source is answering.");
  }

  @Test
  void theLeadShowsTheSeedsItemAtItsOwnTimeNamedAndCredited(org.testfx.api.FxRobot robot) {
    ui.ingest(Updates.seed());
    assertThat(robot.lookup(".wall-lead .wall-time").queryLabeled().getText()).isEqualTo("18:07");
    assertThat(robot.lookup(".wall-lead .wall-meta").queryLabeled().getText())
        .isEqualTo("IST \u00b7 Wire Live \u00b7 ANI");
  }

  @Test
  void clocksShowTheSourcesZonesThenUtcAndTextFollowsTheScreensHeight() {
    assertThat(wall.clockCities()).containsExactly("Kolkata", "UTC");
    assertThat(wall.getStyle()).as("900 / 40").contains("-fx-font-size: 22.5px");
  }

  private void status(SourceState state, String error, Instant lastUpdate) {
    ui.bridge.onStatus(
        new SourceStatus(
            Updates.WIRE,
            "Wire Live",
            URI.create("https://example.org/live"),
            state,
            error,
            lastUpdate,
            lastUpdate,
            null,
            ui.clock.instant().plusSeconds(30),
            List.of()));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theWallDimsInsideItsScheduleAndComesBackAfter() throws Exception {
    java.time.LocalTime now = java.time.LocalTime.now(ui.clock);
    Dimming schedule = new Dimming(now.plusHours(1), now.plusHours(3), 0.3);
    WaitForAsyncUtils.asyncFx(() -> wall.veil().setDimming(schedule)).get();
    assertThat(wall.veil().brightness()).isEqualTo(1.0);
    assertThat(wall.veil().isVisible()).as("no veil to draw by day").isFalse();

    ui.clock.advance(Duration.ofMinutes(90));
    WaitForAsyncUtils.asyncFx(wall::refresh).get();
    assertThat(wall.veil().brightness()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(wall.veil().isMouseTransparent()).isTrue();
    assertThat(wall.veil().getBoundsInParent().getWidth()).isEqualTo(wall.getWidth());

    ui.clock.advance(Duration.ofHours(2));
    WaitForAsyncUtils.asyncFx(wall::refresh).get();
    assertThat(wall.veil().brightness()).isEqualTo(1.0);
  }
}

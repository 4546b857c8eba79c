package org.wirewatch.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewatch.model.HistoryStatus;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.ui.UiFixture;
import org.wirewatch.ui.Updates;

@ExtendWith(ApplicationExtension.class)
class HistoryPaneTest {
  @TempDir Path settings;
  private UiFixture ui;
  private final FakeHistory history = new FakeHistory();

  /** A history that answers at once with what the test put in it, and records what was asked. */
  static final class FakeHistory implements HistoryPort {
    final List<Request> asked = new ArrayList<>();
    List<Hit> hits = List.of();
    HistoryStatus status = HistoryStatus.on("/data");
    Consumer<HistoryStatus> listener = s -> {};

    @Override
    public HistoryStatus status() {
      return status;
    }

    @Override
    public void onStatus(Consumer<HistoryStatus> l) {
      listener = l;
    }

    @Override
    public void search(Request request, Consumer<Result> done) {
      asked.add(request);
      done.accept(new Result(hits, null));
    }

    @Override
    public void export(Request request, String format, Path file, Consumer<String> done) {
      asked.add(request);
      done.accept("Exported " + hits.size() + " updates to " + file.getFileName());
    }
  }

  @Start
  void start(Stage stage) {
    LiveUpdate yesterday =
        Updates.update(
            "old",
            java.time.OffsetDateTime.parse("2025-08-06T14:30:00+05:30"),
            "Kremlin envoy arrives",
            "x",
            null);
    LiveUpdate edited = Updates.update("e", Updates.AT_1807, "Summit set", "y", null);
    history.hits =
        List.of(
            new HistoryPort.Hit(
                TimelineEntry.first(edited)
                    .revisedBy(edited, Instant.parse("2025-08-07T12:50:00Z")),
                "Rediff live"),
            new HistoryPort.Hit(TimelineEntry.first(yesterday), "Agency wire"));
    ui = new UiFixture(settings, history);
    ui.start(stage, org.wirewatch.ui.UiSettings.defaults().withZone("Asia/Kolkata", true));
  }

  @Test
  void theFilterBoxSearchesHistoryAndHitsShowTimeZoneDateAndSource(FxRobot robot) {
    robot.clickOn(ui.window.timeline().filterField()).write("kremlin envoy");
    robot.clickOn(ui.window.timeline().historyButton());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(history.asked)
        .extracting(HistoryPort.Request::text)
        .containsExactly("kremlin envoy");
    HistoryPane pane = ui.window.history();
    assertThat(pane.getScene()).as("shown in place of the timeline").isNotNull();
    assertThat(pane.results().getItems()).hasSize(2);
    assertThat(pane.describe(pane.results().getItems().get(1)))
        .isEqualTo("14:30 IST, 6 Aug 2025 · Agency wire — Kremlin envoy arrives");
    assertThat(pane.describe(pane.results().getItems().get(0))).endsWith("[edited]");
    assertThat(pane.statusLabel().getText()).isEqualTo("2 matches");
  }

  @Test
  void choosingAHitOpensItInTheDetailView(FxRobot robot) throws Exception {
    robot.interact(() -> ui.window.showHistory("kremlin"));
    HistoryPane pane = ui.window.history();
    robot.interact(() -> pane.results().getSelectionModel().select(1));
    WaitForAsyncUtils.waitFor(
        5,
        TimeUnit.SECONDS,
        () ->
            ui.window.detail().entry() != null
                && ui.window.detail().entry().key().id().equals("old"));
  }

  @Test
  void rangeAndSourceAreSentWithTheQuery(FxRobot robot) {
    robot.interact(() -> ui.window.showHistory("summit"));
    HistoryPane pane = ui.window.history();
    robot.interact(() -> pane.rangeChoice().setValue("Last 24 hours"));
    robot.interact(() -> pane.sourceChoice().setValue("Wire Live"));
    HistoryPort.Request last = history.asked.get(history.asked.size() - 1);
    assertThat(last.since()).isEqualTo(ui.clock.instant().minusSeconds(24 * 3600));
    assertThat(last.source()).isEqualTo(Updates.WIRE);
    assertThat(last.text()).isEqualTo("summit");
    assertThat(last.zone().getId()).isEqualTo("Asia/Kolkata");
  }

  @Test
  void escapeGoesBackToTheLiveTimeline(FxRobot robot) {
    robot.interact(() -> ui.window.showHistory(""));
    robot.clickOn(ui.window.history().queryField()).type(javafx.scene.input.KeyCode.ESCAPE);
    assertThat(ui.window.timeline().getScene()).isNotNull();
    assertThat(ui.window.history().getScene()).isNull();
  }

  @Test
  void historyTurningOffIsSaidInTheStatusBar(FxRobot robot) {
    assertThat(ui.window.statusBar().historyText()).isEmpty();
    HistoryStatus off = HistoryStatus.off("the disk holding /data/history.db is full");
    robot.interact(() -> history.listener.accept(off));
    assertThat(ui.window.statusBar().historyText())
        .isEqualTo("history off: the disk holding /data/history.db is full");
  }

  @Test
  void exportWritesEveryMatchNotOnlyThoseShown(FxRobot robot) {
    robot.interact(() -> ui.window.showHistory("summit"));
    robot.interact(() -> ui.window.history().exportTo(settings.resolve("notes.md"), "md"));
    HistoryPort.Request last = history.asked.get(history.asked.size() - 1);
    assertThat(last.limit()).isZero();
    assertThat(ui.window.history().statusLabel().getText())
        .isEqualTo("Exported 2 updates to notes.md");
  }
}

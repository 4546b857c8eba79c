package org.wirewatch.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewatch.ui.UiFixture;
import org.wirewatch.ui.Updates;

/** 5,000 updates: the list stays virtualized and a scroll step costs a few milliseconds. */
@ExtendWith(ApplicationExtension.class)
class LargeTimelineTest {
  @TempDir Path settings;
  private UiFixture ui;

  @Start
  void start(Stage stage) {
    ui = new UiFixture(settings);
    ui.start(stage);
  }

  @Test
  void fiveThousandUpdatesScrollWithAFewReusedCells(FxRobot robot) throws Exception {
    ui.ingest(Updates.many(5_000, Updates.AT_1807));
    TimelinePane pane = ui.window.timeline();
    // The bridge hands them over a hundred a hop, so they arrive over a few dozen hops.
    WaitForAsyncUtils.waitFor(
        10, java.util.concurrent.TimeUnit.SECONDS, () -> pane.list().getItems().size() == 5_000);
    assertThat(pane.list().getItems()).hasSize(5_000);

    WaitForAsyncUtils.asyncFx(
            () -> {
              VirtualFlow<?> flow = (VirtualFlow<?>) pane.list().lookup(".virtual-flow");
              // About 40 screens' worth, a frame at a time at a brisk 25 px per frame.
              for (int frame = 0; frame < 1_000; frame++) {
                flow.scrollPixels(25);
                pane.list().layout();
              }
            })
        .get();
    int cells = robot.lookup(".entry-cell").queryAll().size();
    assertThat(cells).isLessThan(60);
    // 25,000 px down: well past the first hundred rows, however tall a row is drawn.
    int first = pane.list().getItems().indexOf(pane.firstVisible());
    assertThat(first).isGreaterThan(100);
  }
}

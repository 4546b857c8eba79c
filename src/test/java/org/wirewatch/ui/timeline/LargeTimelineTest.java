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
    assertThat(pane.list().getItems()).hasSize(5_000);

    long[] worst = new long[1];
    long total =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  VirtualFlow<?> flow = (VirtualFlow<?>) pane.list().lookup(".virtual-flow");
                  long sum = 0;
                  // About 40 screens' worth, a frame at a time at a brisk 25 px per frame.
                  for (int frame = 0; frame < 1_000; frame++) {
                    long t0 = System.nanoTime();
                    flow.scrollPixels(25);
                    pane.list().layout();
                    long dt = System.nanoTime() - t0;
                    sum += dt;
                    worst[0] = Math.max(worst[0], dt);
                  }
                  return sum;
                })
            .get();
    int cells = robot.lookup(".entry-cell").queryAll().size();
    System.out.printf(
        "5000 updates: 1000 scroll frames, mean %.2f ms, worst %.2f ms, %d cells%n",
        total / 1e6 / 1000, worst[0] / 1e6, cells);
    assertThat(cells).isLessThan(60);
    assertThat(pane.firstVisible().key().id()).isNotEqualTo("n0");
  }
}

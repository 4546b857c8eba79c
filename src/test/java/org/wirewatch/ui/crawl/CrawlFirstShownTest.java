package org.wirewatch.ui.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewatch.model.Priority;
import org.wirewatch.ui.UiFixture;
import org.wirewatch.ui.Updates;

/** The hook the benchmarks' latency probe uses: once per update, when its item enters the strip. */
@ExtendWith(ApplicationExtension.class)
class CrawlFirstShownTest {
  @TempDir Path settings;
  private UiFixture ui;
  // "id on-strip-at-the-call", in the order the hook fired.
  private final List<String> fired = new CopyOnWriteArrayList<>();

  @Start
  void start(Stage stage) {
    ui = new UiFixture(settings);
    ui.start(stage);
    ui.window
        .crawl()
        .setOnFirstShown(
            key ->
                fired.add(
                    key.id() + " " + ui.window.crawl().visibleHeadlines().contains("Late news")));
  }

  private CrawlView crawl() {
    return ui.window.crawl();
  }

  private long firedFor(String id) {
    return fired.stream().filter(f -> f.startsWith(id + " ")).count();
  }

  @Test
  void firesOncePerUpdateWhenItsItemFirstOverlapsTheStrip(FxRobot robot) throws Exception {
    robot.moveTo(ui.window.timeline().list());
    WaitForAsyncUtils.asyncFx(() -> crawl().userPausedProperty().set(true)).get();
    ui.ingest(Updates.many(6, Updates.AT_1807));
    WaitForAsyncUtils.waitForFxEvents();
    int onStrip = crawl().visibleHeadlines().size();
    assertThat(fired).hasSize(onStrip);

    // A new update joins at the cursor, past the strip's right edge: not shown yet.
    ui.ingest(
        Updates.update("late", Updates.AT_1807.plusMinutes(9), "Late news", "", Priority.NORMAL));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(crawl().visibleHeadlines()).doesNotContain("Late news");
    assertThat(firedFor("late")).isZero();

    // Let it run fast: the new item scrolls in, and later comes round again.
    WaitForAsyncUtils.asyncFx(
            () -> {
              crawl().setSpeed(2500);
              crawl().userPausedProperty().set(false);
            })
        .get();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> firedFor("late") > 0);
    assertThat(fired).contains("late true");
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> !crawl().visibleHeadlines().contains("Late news"));
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> crawl().visibleHeadlines().contains("Late news"));
    assertThat(firedFor("late")).isOne();
    assertThat(fired).doesNotHaveDuplicates();
  }
}

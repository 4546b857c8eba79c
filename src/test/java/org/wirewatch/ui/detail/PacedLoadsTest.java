package org.wirewatch.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Paging quickly through the timeline loads one page when the selection rests, not one a row. */
@ExtendWith(ApplicationExtension.class)
class PacedLoadsTest {
  private final List<String> loaded = new CopyOnWriteArrayList<>();
  private PacedLoads loads;

  @Start
  void start(Stage stage) {
    loads = new PacedLoads(Duration.millis(150), loaded::add);
  }

  @Test
  void theFirstPageGoesAtOnceAndOfAQuickRunOnlyTheLastFollows() throws Exception {
    WaitForAsyncUtils.asyncFx(
            () -> {
              offer("row 1");
              offer("row 2");
              offer("row 3");
              offer("row 4");
            })
        .get();
    assertThat(loaded).containsExactly("row 1");
    assertThat(WaitForAsyncUtils.asyncFx(loads::waiting).get()).isTrue();

    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> loaded.size() == 2);
    assertThat(loaded).containsExactly("row 1", "row 4");
    assertThat(WaitForAsyncUtils.asyncFx(loads::waiting).get()).isFalse();
  }

  @Test
  void afterARestTheNextPageGoesAtOnceAgain() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> offer("row 1")).get();
    // The settle time passes with nothing offered: the next page is not held back.
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> settled()).get());
    WaitForAsyncUtils.asyncFx(() -> offer("row 9")).get();
    assertThat(loaded).containsExactly("row 1", "row 9");
  }

  @Test
  void aSkippedPageIsNeverMadeAndTheSamePageTwiceIsLoadedOnce() throws Exception {
    List<String> made = new CopyOnWriteArrayList<>();
    WaitForAsyncUtils.asyncFx(
            () -> {
              loads.offer(() -> made.add("a") ? "row 1" : "");
              loads.offer(() -> made.add("b") ? "row 2" : "");
              loads.offer(() -> made.add("c") ? "row 1" : "");
            })
        .get();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> made.size() == 2);
    assertThat(made).containsExactly("a", "c");
    assertThat(loaded).as("row 1 again is not loaded again").containsExactly("row 1");
  }

  private void offer(String page) {
    loads.offer(() -> page);
  }

  private boolean settled() {
    return !loads.waiting() && !loads.settling();
  }
}

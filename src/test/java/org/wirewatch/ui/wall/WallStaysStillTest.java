package org.wirewatch.ui.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewatch.model.SourceState;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.ui.DisplayTime;
import org.wirewatch.ui.UiFixture;
import org.wirewatch.ui.UiSettings;
import org.wirewatch.ui.Updates;
import org.wirewatch.ui.WindowModel;

/**
 * The wall's clocks and health lines are refreshed every few seconds, but with the software
 * pipeline any changed node costs a repaint and a whole-screen upload: they change the scene only
 * when what they show changes.
 */
@ExtendWith(ApplicationExtension.class)
class WallStaysStillTest {
  @TempDir Path settings;

  private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get();
  }

  @Test
  void clocksKeepTheirNodesUntilAMinuteTurns() throws Exception {
    UiFixture.MutableClock clock = new UiFixture(settings).clock;
    ClockRow row = onFx(() -> new ClockRow(List.of(ZoneId.of("UTC")), clock));
    List<Node> first = onFx(() -> List.copyOf(row.getChildren()));
    clock.advance(Duration.ofSeconds(60 - clock.instant().getEpochSecond() % 60 - 1));
    List<Node> sameMinute =
        onFx(
            () -> {
              row.render();
              return List.copyOf(row.getChildren());
            });
    assertThat(sameMinute).hasSize(1);
    assertThat(sameMinute.get(0)).isSameAs(first.get(0));
    clock.advance(Duration.ofSeconds(1));
    List<Node> nextMinute =
        onFx(
            () -> {
              row.render();
              return List.copyOf(row.getChildren());
            });
    assertThat(nextMinute.get(0)).isNotSameAs(first.get(0));
  }

  @Test
  void healthLinesAreRebuiltOnlyWhenOneReadsDifferently() throws Exception {
    UiFixture ui = new UiFixture(settings);
    WindowModel model = onFx(() -> new WindowModel(ui.ctx, UiSettings.defaults()));
    HealthLines health = new HealthLines();
    DisplayTime dt = new DisplayTime(ZoneId.of("Asia/Kolkata"), true);
    List<Node> first =
        onFx(
            () -> {
              health.render(model, ui.clock.instant(), dt);
              return List.copyOf(health.lines().getChildren());
            });
    assertThat(first).isNotEmpty();
    List<Node> again =
        onFx(
            () -> {
              health.render(model, ui.clock.instant(), dt);
              return List.copyOf(health.lines().getChildren());
            });
    assertThat(again).containsExactlyElementsOf(first);
    assertThat(again.get(0)).isSameAs(first.get(0));

    ui.bridge.onStatus(
        new SourceStatus(
            Updates.WIRE,
            "Wire Live",
            URI.create("https://example.org/live"),
            SourceState.FAILING,
            "HTTP 503",
            ui.clock.instant(),
            ui.clock.instant(),
            null,
            ui.clock.instant().plusSeconds(30),
            List.of()));
    WaitForAsyncUtils.waitForFxEvents();
    List<String> changed =
        onFx(
            () -> {
              health.render(model, ui.clock.instant(), dt);
              assertThat(health.lines().getChildren().get(0)).isNotSameAs(first.get(0));
              return health.shown();
            });
    assertThat(changed.get(0)).isNotEqualTo(((javafx.scene.control.Label) first.get(0)).getText());
  }
}

package org.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ListView;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.ui.crawl.CrawlView;

/**
 * From an HTTP response to a row in the timeline and an entry in the crawl, through the app's own
 * wiring: {@link WirewatchApp} started with a command line, as a user would start it.
 */
class WirewatchAppEndToEndTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  @TempDir Path config;

  private Application app;
  private final FxRobot robot = new FxRobot();

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
    }
    FxToolkit.cleanupStages();
  }

  @Test
  void aServedUpdateReachesTheTimelineAndTheCrawl() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "application/feed+json")
            .body(
                """
                {"version":"https://jsonfeed.org/version/1.1","title":"Wire","items":[
                 {"id":"1807","title":"Putin-Trump summit likely next week: Kremlin envoy",
                  "content_text":"Kirill Dmitriev confirmed it.","authors":[{"name":"ANI"}],
                  "date_published":"2025-08-07T18:07:00+05:30"}]}
                """)
            .build());
    FxToolkit.registerPrimaryStage();
    app =
        FxToolkit.setupApplication(
            WirewatchApp.class,
            "--source",
            server.url("/live.json") + ";name=Wire desk;zone=Asia/Kolkata",
            "--config-dir",
            config.toString(),
            "--no-history",
            "--zone",
            "Asia/Kolkata");

    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () -> {
          ListView<TimelineEntry> list = robot.lookup(".timeline-list").queryListView();
          return list != null && !list.getItems().isEmpty();
        });
    ListView<TimelineEntry> list = robot.lookup(".timeline-list").queryListView();
    TimelineEntry row = list.getItems().get(0);
    assertThat(row.update().headline())
        .isEqualTo("Putin-Trump summit likely next week: Kremlin envoy");
    assertThat(row.update().author()).isEqualTo("ANI");
    assertThat(row.update().published().toString()).isEqualTo("2025-08-07T18:07+05:30");

    CrawlView crawl = robot.lookup(".crawl").queryAs(CrawlView.class);
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            crawl
                .visibleHeadlines()
                .contains("Putin-Trump summit likely next week: Kremlin envoy"));
    assertThat(robot.lookup(".crawl-time").queryLabeled().getText()).isEqualTo("18:07");
  }
}

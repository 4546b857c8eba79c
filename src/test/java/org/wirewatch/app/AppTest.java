package org.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.format.FeedFormat;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.SourceState;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.source.SourcesFile;
import org.wirewatch.timeline.fx.TimelineFxBridge;
import org.wirewatch.ui.sources.SourceManager;

/** The wired app, end to end through the real poller, on loopback only. */
class AppTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  @TempDir Path settings;

  private static final String FEED =
      """
      {"version":"https://jsonfeed.org/version/1.1","title":"Wire","items":[
       {"id":"a","title":"Summit likely next week","content_text":"x","authors":[{"name":"ANI"}],
        "date_published":"2025-08-07T18:07:00+05:30"}]}
      """;

  private AppOptions options(List<SourceConfig> sources) {
    return new AppOptions(sources, 100, ZoneId.of("Asia/Kolkata"), settings, false);
  }

  @Test
  void withNoSourceTheDemoFlowsThroughTheRealPipelineToTheSeedsItem() {
    try (App app = new App(options(List.of()), Clock.systemUTC())) {
      assertThat(app.sources())
          .singleElement()
          .satisfies(s -> assertThat(s.url().getHost()).isEqualTo("127.0.0.1"));
      app.startPolling();
      // The demo reveals the 18:07 item 12 s after it starts.
      await()
          .atMost(Duration.ofSeconds(40))
          .until(
              () ->
                  app.timeline().snapshot().stream()
                      .anyMatch(e -> e.key().id().equals("demo-putin-trump-summit")));
      LiveUpdate summit =
          app.timeline().snapshot().stream()
              .map(TimelineEntry::update)
              .filter(u -> u.id().equals("demo-putin-trump-summit"))
              .findFirst()
              .orElseThrow();
      assertThat(summit.published()).isEqualTo(OffsetDateTime.parse("2025-08-07T18:07:00+05:30"));
      assertThat(summit.author()).isEqualTo("ANI");
    }
  }

  @Test
  void aSourceThatFailsIsReportedAndAnotherStillFlows() {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "application/feed+json")
            .body(FEED)
            .build());
    SourceConfig good = SourceConfig.of("good", server.url("/good").uri());
    SourceConfig dead = SourceConfig.of("dead", URI.create("http://127.0.0.1:9/closed"));
    List<SourceStatus> statuses = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (App app = new App(options(List.of(good, dead)), Clock.systemUTC())) {
      app.addStatusListener(statuses::add);
      app.startPolling();
      await().atMost(Duration.ofSeconds(20)).until(() -> app.timeline().size() == 1);
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  statuses.stream()
                      .anyMatch(
                          s ->
                              s.source().value().equals("dead")
                                  && s.state() == SourceState.FAILING));
      assertThat(statuses)
          .anyMatch(s -> s.source().value().equals("good") && s.state() == SourceState.LIVE);
    }
  }

  @Test
  void sourceManagerTestsASourceWithoutTouchingTheTimelineAndAppliesASavedList() throws Exception {
    server.enqueue(new MockResponse.Builder().body(FEED).build());
    try (App app = new App(options(List.of()), Clock.systemUTC())) {
      TimelineFxBridge bridge = new TimelineFxBridge(Runnable::run).attach(app.timeline());
      Path file = settings.resolve(SourcesFile.FILE_NAME);
      javafx.collections.ObservableList<SourceConfig> shown =
          javafx.collections.FXCollections.observableArrayList(app.sources());
      SourceManager manager = new AppSourceManager(app, bridge, Runnable::run, shown, file);
      SourceConfig wire =
          new SourceConfig(
              SourceId.of("wire"),
              "Wire",
              server.url("/feed").uri(),
              FeedFormat.JSON_FEED,
              null,
              null,
              null,
              true);

      SourceManager.ProbeResult probe = manager.test(wire).toCompletableFuture().get();
      assertThat(probe.ok()).isTrue();
      assertThat(probe.count()).isEqualTo(1);
      assertThat(probe.firstThree().get(0).author()).isEqualTo("ANI");
      assertThat(app.timeline().size()).as("a test fetch adds nothing").isZero();

      app.startPolling();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  app.timeline().snapshot().stream()
                      .anyMatch(e -> e.key().source().value().equals("demo")));
      CompletableFuture<Void> applied = manager.apply(List.of(wire)).toCompletableFuture();
      applied.get();
      assertThat(new SourcesFile().read(file)).containsExactly(wire);
      assertThat(app.sources()).containsExactly(wire);
      assertThat(manager.sources()).containsExactly(wire);
      assertThat(shown).as("the window's list follows the edit").containsExactly(wire);
      assertThat(app.timeline().snapshot())
          .as("the demo's updates leave when real sources replace it")
          .noneMatch(e -> e.key().source().value().equals("demo"));

      manager.apply(List.of()).toCompletableFuture().get();
      assertThat(app.sources())
          .as("an empty list brings the demo back")
          .singleElement()
          .satisfies(s -> assertThat(s.id().value()).isEqualTo("demo"));
      assertThat(shown).containsExactlyElementsOf(app.sources());
    }
  }

  @Test
  void aFailedProbeSaysWhy() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).build());
    try (App app = new App(options(List.of()), Clock.systemUTC())) {
      TimelineFxBridge bridge = new TimelineFxBridge(Runnable::run).attach(app.timeline());
      SourceManager manager =
          new AppSourceManager(
              app,
              bridge,
              Runnable::run,
              javafx.collections.FXCollections.observableArrayList(),
              settings.resolve("s.json"));
      SourceManager.ProbeResult probe =
          manager.test(SourceConfig.of("x", server.url("/x").uri())).toCompletableFuture().get();
      assertThat(probe.error()).isEqualTo("HTTP 503 Service Unavailable");
    }
  }
}

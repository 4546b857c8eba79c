package org.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.ingest.UpdateChange;
import org.wirewatch.model.HistoryStatus;
import org.wirewatch.model.SourceState;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.store.HistoryQuery;

/** History through the wired app: a restart on loopback, with the real poller and store. */
class AppHistoryTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  @TempDir Path settings;
  @TempDir Path data;

  private static final String FEED =
      """
      {"version":"https://jsonfeed.org/version/1.1","title":"Wire","items":[
       {"id":"a","title":"Summit likely next week","content_text":"Kremlin envoy says.",
        "authors":[{"name":"ANI"}],"date_published":"2025-08-07T18:07:00+05:30"},
       {"id":"b","title":"Tariff talks resume","content_text":"Second round.",
        "date_published":"2025-08-07T17:44:00+05:30"}]}
      """;

  private AppOptions options(SourceConfig source) {
    return new AppOptions(
        List.of(source),
        100,
        ZoneId.of("Asia/Kolkata"),
        settings,
        false,
        new HistoryOptions(data, Duration.ofDays(100_000), 0, Duration.ofDays(100_000)));
  }

  /** Answers 200 with an ETag, and 304 to a request that sends it back. */
  private void serveFeedWithEtag() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if ("\"v1\"".equals(request.getHeaders().get("If-None-Match"))) {
              return new MockResponse.Builder().code(304).build();
            }
            return new MockResponse.Builder()
                .setHeader("Content-Type", "application/feed+json")
                .setHeader("ETag", "\"v1\"")
                .body(FEED)
                .build();
          }
        });
  }

  @Test
  void restartRestoresBeforeTheFirstPollWhichIsConditionalAndAnnouncesNothing() throws Exception {
    serveFeedWithEtag();
    SourceConfig wire = SourceConfig.of("wire", server.url("/feed.json").uri());
    try (App first = new App(options(wire), Clock.systemUTC())) {
      assertThat(first.historyStatus().on()).isTrue();
      first.startPolling();
      await().atMost(Duration.ofSeconds(20)).until(() -> first.timeline().size() == 2);
    }
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("If-None-Match")).isNull();

    List<UpdateChange> announced = new CopyOnWriteArrayList<>();
    List<SourceState> states = new CopyOnWriteArrayList<>();
    try (App second = new App(options(wire), Clock.systemUTC())) {
      // Restored before anything polled.
      assertThat(second.timeline().snapshot())
          .extracting(e -> e.update().headline())
          .containsExactly("Summit likely next week", "Tariff talks resume");
      second.changes().subscribe(d -> announced.addAll(d.changes()), Runnable::run);
      second.addStatusListener(s -> states.add(s.state()));
      second.startPolling();
      await().atMost(Duration.ofSeconds(20)).until(() -> states.contains(SourceState.LIVE));
      assertThat(second.historyStore()).isPresent();
      assertThat(second.historyStore().get().search(HistoryQuery.text("kremlin"))).hasSize(1);
    }
    RecordedRequest resumed = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(resumed.getHeaders().get("If-None-Match")).isEqualTo("\"v1\"");
    assertThat(announced).isEmpty();
  }

  @Test
  void aSecondAppOnTheSameDataDirectoryRunsWithHistoryOffAndSaysWhy() {
    serveFeedWithEtag();
    SourceConfig wire = SourceConfig.of("wire", server.url("/feed.json").uri());
    try (App first = new App(options(wire), Clock.systemUTC());
        App second = new App(options(wire), Clock.systemUTC())) {
      assertThat(first.historyStatus().on()).isTrue();
      HistoryStatus off = second.historyStatus();
      assertThat(off.on()).isFalse();
      assertThat(off.message()).contains("another Wirewatch").contains(data.toString());
      assertThat(second.historyStore()).isEmpty();
      second.startPolling();
      await().atMost(Duration.ofSeconds(20)).until(() -> second.timeline().size() == 2);
    }
  }

  @Test
  void theDemoIsNotKept() throws Exception {
    AppOptions demo =
        new AppOptions(
            List.of(), 100, ZoneId.of("Asia/Kolkata"), settings, true, HistoryOptions.in(data));
    try (App app = new App(demo, Clock.systemUTC())) {
      app.startPolling();
      await().atMost(Duration.ofSeconds(20)).until(() -> app.timeline().size() > 0);
    }
    try (var store =
        org.wirewatch.store.HistoryStore.openForReading(
            data, org.wirewatch.store.StoreSettings.defaults(Clock.systemUTC()))) {
      assertThat(store.count()).isZero();
    }
  }

  @Test
  void theWindowsPortSearchesAndExportsOffTheCallersThread() throws Exception {
    serveFeedWithEtag();
    SourceConfig wire = SourceConfig.of("wire", server.url("/feed.json").uri());
    try (App app = new App(options(wire), Clock.systemUTC())) {
      app.startPolling();
      await().atMost(Duration.ofSeconds(20)).until(() -> app.historyStore().get().count() == 2);
      AppHistoryPort port = new AppHistoryPort(app, Runnable::run);
      List<org.wirewatch.ui.history.HistoryPort.Result> results = new CopyOnWriteArrayList<>();
      Thread caller = Thread.currentThread();
      List<Thread> answeredOn = new CopyOnWriteArrayList<>();
      port.search(
          new org.wirewatch.ui.history.HistoryPort.Request(
              "tariff", null, null, null, 10, ZoneId.of("Asia/Kolkata")),
          r -> {
            answeredOn.add(Thread.currentThread());
            results.add(r);
          });
      await().atMost(Duration.ofSeconds(10)).until(() -> !results.isEmpty());
      assertThat(answeredOn).doesNotContain(caller);
      assertThat(results.get(0).hits())
          .singleElement()
          .satisfies(
              h -> assertThat(h.entry().update().headline()).isEqualTo("Tariff talks resume"));

      Path file = settings.resolve("out.csv");
      List<String> said = new CopyOnWriteArrayList<>();
      port.export(
          new org.wirewatch.ui.history.HistoryPort.Request(
              "", null, null, null, 0, ZoneId.of("Asia/Kolkata")),
          "csv",
          file,
          said::add);
      await().atMost(Duration.ofSeconds(10)).until(() -> !said.isEmpty());
      assertThat(said).containsExactly("Exported 2 updates to out.csv");
      assertThat(java.nio.file.Files.readAllLines(file)).hasSize(3);
    }
  }
}

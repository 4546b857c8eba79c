package org.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.source.PushSettings;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.source.SourceSpec;

/**
 * The Wikimedia preset against a recorded recentchange stream replayed on loopback: one wiki's
 * changes become updates with the page, the summary and the editor; the opaque JSON event id is
 * sent back on reconnect.
 */
class PushSourceAppTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  @TempDir Path settings;
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

  private static String recorded() throws Exception {
    try (var in = PushSourceAppTest.class.getResourceAsStream("/push/wikimedia-recentchange.sse")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theWikimediaPresetFollowsOneWikisRecentChanges() throws Exception {
    String stream = recorded();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            requests.add(request);
            // The first connection replays the recording and closes, as EventStreams does after
            // a while; later ones stay quiet.
            return new MockResponse.Builder()
                .setHeader("Content-Type", "text/event-stream; charset=utf-8")
                .body(requests.size() == 1 ? stream : ":ok\n\n")
                .build();
          }
        });
    SourceConfig preset = SourceSpec.parse("wikimedia:enwiki");
    assertThat(preset.url().toString()).isEqualTo(SourceSpec.WIKIMEDIA_STREAM);
    assertThat(preset.pushOnly()).isTrue();
    var local = server.url("/v2/stream/recentchange").uri();
    SourceConfig source =
        preset
            .withUrl(local)
            .withPush(new PushSettings(local, preset.push().fields(), preset.push().filter()));
    List<SourceStatus> statuses = new CopyOnWriteArrayList<>();
    AppOptions options = new AppOptions(List.of(source), 100, ZoneId.of("UTC"), settings, false);
    try (App app = new App(options, Clock.systemUTC())) {
      app.addStatusListener(statuses::add);
      app.startPolling();
      await().atMost(Duration.ofSeconds(20)).until(() -> app.timeline().size() == 3);
      List<LiveUpdate> updates =
          app.timeline().snapshot().stream().map(TimelineEntry::update).toList();
      assertThat(updates)
          .extracting(LiveUpdate::headline)
          .containsExactlyInAnyOrder(
              "2026 Kolkata floods", "Reserve Bank of India", "Talk:2026 Kolkata floods");
      LiveUpdate rbi =
          updates.stream()
              .filter(u -> u.headline().startsWith("Reserve"))
              .findFirst()
              .orElseThrow();
      assertThat(rbi.text()).isEqualTo("RBI holds repo rate at 5.5%");
      assertThat(rbi.author()).isEqualTo("Anikhil");
      assertThat(rbi.permalink().toString())
          .isEqualTo("https://en.wikipedia.org/wiki/Reserve_Bank_of_India");
      assertThat(rbi.publishedInstant()).isEqualTo(java.time.Instant.parse("2026-12-03T12:37:09Z"));
      // The stream ended; the reconnect sends the last event's opaque JSON id back.
      await().atMost(Duration.ofSeconds(20)).until(() -> requests.size() >= 2);
      assertThat(requests.get(1).getHeaders().get("Last-Event-ID"))
          .startsWith("[{\"topic\":\"eqiad.mediawiki.recentchange\"")
          .contains("1796212801004");
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> statuses.stream().anyMatch(s -> s.problems().contains("live (push)")));
    }
  }

  @Test
  void aPlainSourceWhoseUrlAnswersWithAnEventStreamIsFollowedAsOne() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            requests.add(request);
            return new MockResponse.Builder()
                .setHeader("Content-Type", "text/event-stream")
                .body(
                    "id: 7\ndata: {\"id\":\"u1807\",\"title\":\"Summit likely\","
                        + "\"date_published\":\"2025-08-07T18:07:00+05:30\"}\n\n")
                .build();
          }
        });
    SourceConfig plain = SourceConfig.of("live", server.url("/live").uri());
    AppOptions options = new AppOptions(List.of(plain), 100, ZoneId.of("UTC"), settings, false);
    try (App app = new App(options, Clock.systemUTC())) {
      app.startPolling();
      await().atMost(Duration.ofSeconds(20)).until(() -> app.timeline().size() == 1);
      assertThat(app.timeline().snapshot().get(0).update().headline()).isEqualTo("Summit likely");
      await().atMost(Duration.ofSeconds(20)).until(() -> requests.size() >= 2);
      assertThat(requests.get(1).getHeaders().get("Accept")).isEqualTo("text/event-stream");
    }
  }
}

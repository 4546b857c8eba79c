package org.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.format.FeedFormat;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;
import org.wirewatch.source.SourceConfig;

/**
 * A polling source whose server misbehaves, through the app's real wiring: every update ends at its
 * newest version, a deletion is never undone by a stale copy, and the source says what it ignored.
 */
class HostileServerTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  @TempDir Path settings;

  private static final SourceId WIRE = SourceId.of("wire");

  private static String feed(String items) {
    return "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Wire\",\"items\":["
        + items
        + "]}";
  }

  private static String item(String id, String title, String modified) {
    return "{\"id\":\""
        + id
        + "\",\"title\":\""
        + title
        + "\",\"content_text\":\"body\",\"date_published\":\"2025-08-07T18:00:00+05:30\","
        + "\"date_modified\":\""
        + modified
        + "\"}";
  }

  private static final String ORIGINAL =
      feed(
          item("a", "Summit likely", "2025-08-07T18:00:00+05:30")
              + ","
              + item("b", "Envoy quoted", "2025-08-07T18:00:00+05:30"));
  private static final String EDITED =
      feed(
          item("a", "Summit likely next week", "2025-08-07T18:05:00+05:30")
              + ",{\"id\":\"b\",\"_wirewatch\":{\"deleted\":true}}");

  private static MockResponse served(String body, String lastModified) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", "application/feed+json")
        .setHeader("Last-Modified", lastModified)
        .body(body)
        .build();
  }

  @Test
  void staleSnapshotsNeverRevertAnEditNorReviveADeletion() {
    List<MockResponse> script =
        List.of(
            served(ORIGINAL, "Thu, 07 Aug 2025 12:30:00 GMT"),
            served(EDITED, "Thu, 07 Aug 2025 12:35:00 GMT"),
            // A lagging mirror: the first snapshot again, served as what it is.
            served(ORIGINAL, "Thu, 07 Aug 2025 12:30:00 GMT"));
    AtomicInteger requests = new AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            int n = requests.getAndIncrement();
            return script.get(Math.min(n, script.size() - 1));
          }
        });
    SourceConfig wire =
        new SourceConfig(
            WIRE,
            "Wire",
            server.url("/feed.json").uri(),
            FeedFormat.JSON_FEED,
            Duration.ofMinutes(10),
            ZoneId.of("Asia/Kolkata"),
            null,
            true);
    List<SourceStatus> statuses = new CopyOnWriteArrayList<>();
    AppOptions options =
        new AppOptions(List.of(wire), 100, ZoneId.of("Asia/Kolkata"), settings, false);
    try (App app = new App(options, Clock.systemUTC())) {
      app.addStatusListener(statuses::add);
      app.startPolling();
      for (int poll = 1; poll <= 4; poll++) {
        int expected = poll;
        await().atMost(Duration.ofSeconds(20)).until(() -> lastSuccessCount(statuses) >= expected);
        app.refresh(WIRE);
      }

      TimelineEntry a = app.timeline().find(new UpdateKey(WIRE, "a")).orElseThrow();
      TimelineEntry b = app.timeline().find(new UpdateKey(WIRE, "b")).orElseThrow();
      assertThat(a.update().headline()).isEqualTo("Summit likely next week");
      assertThat(a.revisions()).hasSize(1);
      assertThat(b.withdrawn()).as("the stale copy still lists b").isTrue();
      assertThat(statuses.get(statuses.size() - 1).problems())
          .anyMatch(p -> p.contains("older copy"));
    }
  }

  // Each successful poll publishes a LIVE status with a new lastSuccess.
  private static long lastSuccessCount(List<SourceStatus> statuses) {
    return statuses.stream()
        .map(SourceStatus::lastSuccess)
        .filter(java.util.Objects::nonNull)
        .distinct()
        .count();
  }
}

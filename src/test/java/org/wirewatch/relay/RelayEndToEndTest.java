package org.wirewatch.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.app.App;
import org.wirewatch.app.AppOptions;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.source.PushSettings;
import org.wirewatch.source.SourceConfig;

/**
 * One relay polls the source; a client fed only by the relay (its feed and its event stream) holds
 * the same updates, with the same versions and withdrawals, and still does after the relay
 * restarts.
 */
class RelayEndToEndTest {
  @StartStop private final MockWebServer upstream = new MockWebServer();
  @TempDir Path relayDir;
  @TempDir Path clientDir;
  private volatile String items = "";

  private static String item(String id, String title, String modified, boolean deleted) {
    return "{\"id\":\""
        + id
        + "\",\"title\":\""
        + title
        + "\",\"content_text\":\""
        + title
        + "\",\"date_published\":\"2025-08-07T12:00:00Z\",\"date_modified\":\""
        + modified
        + "\",\"authors\":[{\"name\":\"ANI\"}]"
        + (deleted ? ",\"_wirewatch\":{\"deleted\":true}" : "")
        + "}";
  }

  /** The upstream source serves these items as its JSON Feed, from the next request on. */
  private void serve(String... list) {
    items = String.join(",", list);
  }

  @org.junit.jupiter.api.BeforeEach
  void feedServesItems() {
    upstream.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder()
                .setHeader("Content-Type", "application/feed+json")
                .body(
                    "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Wire\","
                        + "\"items\":["
                        + items
                        + "]}")
                .build();
          }
        });
  }

  private static final String A = item("a", "Summit likely", "2025-08-07T12:00:00Z", false);
  private static final String A_EDITED =
      item("a", "Summit next week", "2025-08-07T12:30:00Z", false);
  private static final String B = item("b", "Sensex falls", "2025-08-07T12:00:00Z", false);
  private static final String C = item("c", "RBI holds rates", "2025-08-07T12:32:00Z", false);
  private static final String D = item("d", "Monsoon update", "2025-08-07T12:40:00Z", false);
  private static final String E = item("e", "Venue chosen", "2025-08-07T12:10:00Z", false);

  private final class Relay implements AutoCloseable {
    final App app;
    final RelayServer server;
    final RelayEvents events;

    Relay(int port) throws Exception {
      this(port, Clock.systemUTC(), false);
    }

    Relay(int port, Clock clock, boolean history) throws Exception {
      SourceConfig wire =
          new SourceConfig(
              SourceId.of("wire"),
              "Wire live",
              upstream.url("/live.json").uri(),
              null,
              Duration.ofSeconds(2),
              ZoneId.of("Asia/Kolkata"),
              null,
              true);
      app =
          new App(
              new AppOptions(
                  List.of(wire),
                  500,
                  ZoneId.of("UTC"),
                  relayDir,
                  false,
                  history
                      ? org.wirewatch.app.HistoryOptions.in(relayDir.resolve("data"))
                      : org.wirewatch.app.HistoryOptions.off()),
              clock);
      events = new RelayEvents(app::sourceName, clock::millis);
      app.changes().subscribe(events, app.subscriberThread("relay"));
      server =
          new RelayServer(
              new InetSocketAddress("127.0.0.1", port),
              events,
              new org.wirewatch.cli.HistoryBackfill(app),
              () -> app.timeline().snapshot(),
              app::sourceName,
              "relay");
      app.startPolling();
    }

    @Override
    public void close() {
      server.close();
      app.close();
    }
  }

  /** What a timeline shows, by relay id: "headline|revisions", withdrawn ones left out. */
  private static Map<String, String> shown(List<TimelineEntry> entries, boolean isRelay) {
    Map<String, String> out = new TreeMap<>();
    for (TimelineEntry e : entries) {
      if (e.withdrawnAt() != null) {
        continue;
      }
      String id = isRelay ? e.update().source().value() + "/" + e.update().id() : e.update().id();
      out.put(id, e.update().headline() + "|" + e.update().author());
    }
    return out;
  }

  @Test
  void aClientFedOnlyByTheRelayHoldsWhatTheRelayHoldsAcrossEditsWithdrawalsAndARestart()
      throws Exception {
    serve(A, B);
    Relay relay = new Relay(0);
    int port = relay.server.address().getPort();
    URI base = URI.create("http://127.0.0.1:" + port);
    SourceConfig viaRelay =
        new SourceConfig(
                SourceId.of("relay"),
                "Newsroom relay",
                base.resolve("/feed.json"),
                null,
                Duration.ofSeconds(30),
                ZoneId.of("UTC"),
                null,
                true)
            .withPush(PushSettings.of(base.resolve("/events")));
    try (App client =
        new App(
            new AppOptions(
                List.of(viaRelay),
                500,
                ZoneId.of("UTC"),
                clientDir,
                false,
                org.wirewatch.app.HistoryOptions.in(clientDir.resolve("data"))),
            Clock.systemUTC())) {
      client.startPolling();
      try {
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    shown(relay.app.timeline().snapshot(), true).size() == 2
                        && shown(client.timeline().snapshot(), false)
                            .equals(shown(relay.app.timeline().snapshot(), true)));

        // An edit, a withdrawal and a new update reach the client through the stream alone: the
        // client polls every 30 s, the test waits less than that.
        serve(A_EDITED, item("b", "Sensex falls", "2025-08-07T12:31:00Z", true), C);
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    shown(client.timeline().snapshot(), false)
                        .keySet()
                        .equals(java.util.Set.of("wire/a", "wire/c")));
        assertThat(shown(client.timeline().snapshot(), false))
            .isEqualTo(shown(relay.app.timeline().snapshot(), true));
        TimelineEntry edited =
            client.timeline().snapshot().stream()
                .filter(e -> e.update().id().equals("wire/a"))
                .findFirst()
                .orElseThrow();
        assertThat(edited.update().headline()).isEqualTo("Summit next week");
        assertThat(edited.revisions()).as("the earlier version is kept").hasSize(1);
        assertThat(client.timeline().snapshot())
            .as("the client names the source the relay read, not the relay")
            .extracting(e -> e.update().sourceName(client::sourceName))
            .containsOnly("Wire live");
      } finally {
        relay.close();
      }

      // The relay restarts; what came meanwhile reaches the client once it is back.
      serve(A_EDITED, C, D);
      try (Relay again = new Relay(port)) {
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    shown(client.timeline().snapshot(), false).containsKey("wire/d")
                        && shown(client.timeline().snapshot(), false)
                            .equals(shown(again.app.timeline().snapshot(), true)));
      }
    }

    // The client restarts with no relay: what its history restored still names the origin.
    try (App restarted =
        new App(
            new AppOptions(
                List.of(viaRelay),
                500,
                ZoneId.of("UTC"),
                clientDir,
                false,
                org.wirewatch.app.HistoryOptions.in(clientDir.resolve("data"))),
            Clock.systemUTC())) {
      assertThat(shown(restarted.timeline().snapshot(), false)).containsKey("wire/d");
      assertThat(restarted.timeline().snapshot())
          .extracting(e -> e.update().sourceName(restarted::sourceName))
          .containsOnly("Wire live");
    }
  }

  /** Reads a stream's events until one names {@code until}; returns the ids of those before it. */
  private static List<String> idsUntil(InputStream body, String until) throws Exception {
    List<String> ids = new ArrayList<>();
    BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      if (line.startsWith("data:")) {
        JsonObject item = JsonParser.parseString(line.substring(5)).getAsJsonObject();
        String id = item.get("id").getAsString();
        if (id.equals(until)) {
          return ids;
        }
        ids.add(id);
      }
    }
    throw new AssertionError("the stream ended before " + until + "; got " + ids);
  }

  @Test
  void aRelayRestartedWithHistoryReplaysOnlyWhatChangedSinceTheScreensLastEvent() throws Exception {
    // An hour ago, so that the relay's history has a past.
    org.wirewatch.ui.UiFixture.MutableClock past =
        new org.wirewatch.ui.UiFixture.MutableClock(
            Instant.now().minus(Duration.ofHours(1)), ZoneId.of("UTC"));
    serve(A, B);
    int port;
    long screenSaw;
    try (Relay relay = new Relay(0, past, true)) {
      port = relay.server.address().getPort();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> shown(relay.app.timeline().snapshot(), true).size() == 2);
      // Ten minutes on, one more update: the screen's last event.
      past.advance(Duration.ofMinutes(10));
      serve(A, B, E);
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> shown(relay.app.timeline().snapshot(), true).containsKey("wire/e"));
      screenSaw = relay.events.lastId();
    }

    // While relay and screen are away, a is edited and c is new; b and e stay as they were.
    serve(A_EDITED, B, C, E);
    try (Relay again = new Relay(port, Clock.systemUTC(), true)) {
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  shown(again.app.timeline().snapshot(), true).containsKey("wire/c")
                      && shown(again.app.timeline().snapshot(), true)
                          .get("wire/a")
                          .startsWith("Summit next week"));
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<InputStream> stream =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/events"))
                  .header("Last-Event-ID", Long.toString(screenSaw))
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      // One live update after the replay marks where the replay ended.
      serve(A_EDITED, B, C, E, D);
      try (InputStream body = stream.body()) {
        assertThat(idsUntil(body, "wire/d"))
            .as("what changed since a minute before the screen's last event, not all four")
            .containsExactlyInAnyOrder("wire/e", "wire/a", "wire/c");
      }
    }
  }
}

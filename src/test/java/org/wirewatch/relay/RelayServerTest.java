package org.wirewatch.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wirewatch.ingest.UpdateChange;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.Updates;
import org.wirewatch.timeline.TimelineDelta;

/** The relay's two endpoints: a conditional feed, and a stream that replays what was missed. */
class RelayServerTest {
  private final List<TimelineEntry> held = new CopyOnWriteArrayList<>();
  private final java.util.concurrent.atomic.AtomicLong millis =
      new java.util.concurrent.atomic.AtomicLong(1_000);
  private final RelayEvents events = new RelayEvents(id -> "Wire live", millis::get);
  private final List<Instant> backfillAsked = new CopyOnWriteArrayList<>();
  private volatile List<TimelineEntry> history;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private RelayServer server;
  private long seq;

  private URI at(String path) throws Exception {
    if (server == null) {
      server =
          new RelayServer(
              new InetSocketAddress("127.0.0.1", 0),
              events,
              (since, max) -> {
                backfillAsked.add(since);
                return history;
              },
              () -> held,
              id -> "Wire live",
              "relay");
    }
    return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
  }

  @AfterEach
  void close() {
    if (server != null) {
      server.close();
    }
  }

  private TimelineEntry add(String id, String headline) {
    TimelineEntry e = TimelineEntry.first(Updates.update().id(id).headline(headline).build());
    held.add(0, e);
    events.onDelta(new TimelineDelta(++seq, List.of(new UpdateChange.Added(e)), List.of()));
    return e;
  }

  @Test
  void theFeedAnswers304UntilSomethingChanges() throws Exception {
    add("a", "Summit likely");
    HttpResponse<String> first =
        http.send(
            HttpRequest.newBuilder(at("/feed.json")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("\"id\":\"rediff/a\"").contains("\"source\":\"Wire live\"");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again =
        http.send(
            HttpRequest.newBuilder(at("/feed.json")).header("If-None-Match", etag).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    add("b", "Sensex falls");
    HttpResponse<String> changed =
        http.send(
            HttpRequest.newBuilder(at("/feed.json")).header("If-None-Match", etag).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.body()).contains("rediff/b");
  }

  /** Reads events from a stream until {@code count} have come (or it ends). */
  private List<String> readEvents(String lastEventId, int count) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(at("/events")).timeout(Duration.ofSeconds(20));
    if (lastEventId != null) {
      b.header("Last-Event-ID", lastEventId);
    }
    HttpResponse<java.io.InputStream> r =
        http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
    List<String> got = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
      StringBuilder event = new StringBuilder();
      String line;
      while (got.size() < count && (line = in.readLine()) != null) {
        if (line.isEmpty()) {
          if (event.indexOf("data:") >= 0) {
            got.add(event.toString());
          }
          event.setLength(0);
        } else {
          event.append(line).append('\n');
        }
      }
    }
    return got;
  }

  @Test
  void aReconnectWithLastEventIdGetsOnlyWhatItMissedInOrder() throws Exception {
    add("a", "A");
    add("b", "B");
    add("c", "C");
    long afterA = events.lastId() - 2;
    List<String> got = readEvents(Long.toString(afterA), 2);
    assertThat(got).hasSize(2);
    assertThat(got.get(0))
        .contains("id: " + (afterA + 1))
        .contains("event: added")
        .contains("rediff/b");
    assertThat(got.get(1)).contains("id: " + (afterA + 2)).contains("rediff/c");
  }

  @Test
  void aNewSubscriberOrOneFromBeforeARestartGetsEverythingHeld() throws Exception {
    add("a", "A");
    add("b", "B");
    assertThat(readEvents(null, 2)).anySatisfy(e -> assertThat(e).contains("rediff/a"));
    // An id from an earlier run is below anything this run numbered.
    assertThat(readEvents("17", 2))
        .hasSize(2)
        .allSatisfy(e -> assertThat(e).contains("id: " + events.lastId()));
  }

  @Test
  void idsKeepIncreasingAcrossARestart() {
    RelayEvents later = new RelayEvents(id -> "x", () -> 2_000);
    assertThat(later.lastId()).isGreaterThan(events.lastId() + RelayEvents.KEPT);
    assertThat(Instant.ofEpochMilli(2_000)).isAfter(Instant.ofEpochMilli(1_000));
  }

  @Test
  void idsFollowTheClockSoAnIdTellsAboutWhenItsEventWasPublished() {
    add("a", "A");
    long first = events.lastId();
    millis.set(5_000);
    add("b", "B");
    add("c", "C");
    assertThat(first).isEqualTo(1_000_000);
    assertThat(events.lastId()).isEqualTo(5_000_001);
    assertThat(RelayEvents.publishedAbout(events.lastId())).isEqualTo(Instant.ofEpochMilli(5_000));
    // The clock set back never makes an id repeat.
    millis.set(2_000);
    add("d", "D");
    assertThat(events.lastId()).isEqualTo(5_000_002);
  }

  @Test
  void aSubscriberTheLogCannotServeIsReplayedFromHistorySinceItsLastEvent() throws Exception {
    millis.set(900_000);
    add("a", "A");
    add("b", "B");
    TimelineEntry edited =
        TimelineEntry.first(Updates.update().id("old").headline("Edited while away").build());
    TimelineEntry withdrawn =
        TimelineEntry.first(Updates.update().id("gone").headline("Gone").build())
            .withdrawnAt(Instant.ofEpochMilli(800_000));
    history = List.of(edited, withdrawn);
    long fromAnEarlierRun = 600_000L * 1000 + 7;

    List<String> got = readEvents(Long.toString(fromAnEarlierRun), 2);

    assertThat(backfillAsked)
        .containsExactly(Instant.ofEpochMilli(600_000).minus(RelayServer.REPLAY_MARGIN));
    assertThat(got).hasSize(2);
    assertThat(got.get(0)).contains("event: added").contains("rediff/old");
    assertThat(got.get(1)).contains("event: removed").contains("rediff/gone");
    assertThat(got).allSatisfy(e -> assertThat(e).contains("id: " + events.lastId()));
  }

  @Test
  void withNothingFromHistoryTheSubscriberGetsEverythingHeld() throws Exception {
    add("a", "A");
    add("b", "B");
    history = null;
    List<String> got = readEvents("17", 2);
    assertThat(backfillAsked).hasSize(1);
    assertThat(got).anySatisfy(e -> assertThat(e).contains("rediff/a"));
    assertThat(got).anySatisfy(e -> assertThat(e).contains("rediff/b"));
  }

  @Test
  void anIdThisRelayNeverGaveGetsEverythingHeldNotAnEmptyReplay() throws Exception {
    add("a", "A");
    add("b", "B");
    history = List.of();
    List<String> got = readEvents(Long.toString(events.lastId() + 1_000_000), 2);
    assertThat(backfillAsked).as("history from the future would be empty").isEmpty();
    assertThat(got).hasSize(2).anySatisfy(e -> assertThat(e).contains("rediff/a"));
  }
}

package org.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import org.wirewatch.model.SourceState;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.source.SourceConfig;

/** A pasted web page URL is followed to the feed the page advertises, and the status says so. */
class FeedDiscoveryAppTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  @TempDir Path settings;

  private static final String PAGE =
      """
      <!DOCTYPE html><html><head><title>World live</title>
      <link rel="alternate" type="application/atom+xml" title="World live" href="/live/feed.atom">
      </head><body><h1>World live</h1><p>Follow the latest.</p></body></html>
      """;
  private static final String ATOM =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>World live</title><id>urn:w</id>
      <updated>2025-08-07T12:37:00Z</updated>
      <entry><id>urn:w:1807</id><title>Putin-Trump summit likely next week: Kremlin envoy</title>
      <link href="/live/1807"/><updated>2025-08-07T12:37:00Z</updated>
      <author><name>ANI</name></author><summary>A Kremlin envoy said so.</summary></entry></feed>
      """;

  private void serve() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return request.getTarget().equals("/live/feed.atom")
                ? new MockResponse.Builder()
                    .setHeader("Content-Type", "application/atom+xml")
                    .body(ATOM)
                    .build()
                : new MockResponse.Builder()
                    .setHeader("Content-Type", "text/html; charset=utf-8")
                    .body(PAGE)
                    .build();
          }
        });
  }

  @Test
  void thePollerFollowsThePagesFeedAndSaysSo() {
    serve();
    SourceConfig page = SourceConfig.of("world", server.url("/live").uri());
    List<SourceStatus> statuses = new CopyOnWriteArrayList<>();
    AppOptions options =
        new AppOptions(List.of(page), 100, ZoneId.of("Asia/Kolkata"), settings, false);
    try (App app = new App(options, Clock.systemUTC())) {
      app.addStatusListener(statuses::add);
      app.startPolling();
      await().atMost(Duration.ofSeconds(20)).until(() -> app.timeline().size() == 1);
      assertThat(app.timeline().snapshot().get(0).update().author()).isEqualTo("ANI");
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  statuses.stream()
                      .anyMatch(
                          s ->
                              s.state() == SourceState.LIVE
                                  && s.url().getPath().equals("/live/feed.atom")
                                  && s.problems().stream()
                                      .anyMatch(p -> p.startsWith("using the page's Atom feed"))));
    }
    assertThat(page.url().getPath()).as("the configured URL stays the page").isEqualTo("/live");
  }

  @Test
  void aOneShotReadOfThePageReadsTheFeedAndListsIt() {
    serve();
    SourceConfig page = SourceConfig.of("world", server.url("/live").uri());
    AppOptions options = new AppOptions(List.of(page), 100, ZoneId.of("UTC"), settings, false);
    try (App app = new App(options, Clock.systemUTC())) {
      SourceReader.Once once = app.reader().fetchOnce(page);
      assertThat(once.ok()).isTrue();
      assertThat(once.snapshot().updates()).hasSize(1);
      assertThat(once.snapshot().problems()).first().asString().startsWith("using the page's Atom");
      assertThat(once.feeds())
          .singleElement()
          .satisfies(f -> assertThat(f.url().getPath()).isEqualTo("/live/feed.atom"));
    }
  }
}

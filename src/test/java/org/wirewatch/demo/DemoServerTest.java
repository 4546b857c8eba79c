package org.wirewatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DemoServerTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T20:00:00Z"), ZoneOffset.UTC);

  @Test
  void servesJsonFeedOnLoopbackAndAnswersMatchingEtagWith304() throws Exception {
    DemoFeed feed = new DemoFeed(DemoScript.bundled(), ZoneId.of("Asia/Kolkata"));
    try (DemoServer server = new DemoServer(feed, clock, Duration.ofSeconds(30))) {
      URI url = server.url();
      assertThat(url.getHost()).isEqualTo("127.0.0.1");
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> first =
          http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(first.headers().firstValue("Content-Type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("application/feed+json"));
      assertThat(first.body()).contains("Putin-Trump summit likely next week");

      String etag = first.headers().firstValue("ETag").orElseThrow();
      HttpResponse<String> second =
          http.send(
              HttpRequest.newBuilder(url).header("If-None-Match", etag).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(second.statusCode()).isEqualTo(304);
      assertThat(second.body()).isEmpty();
    }
  }
}

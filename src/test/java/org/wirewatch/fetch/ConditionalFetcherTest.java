package org.wirewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okio.Buffer;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.wirewatch.source.SourceConfig;

class ConditionalFetcherTest {
  private static final Instant NOW = Instant.parse("2025-08-07T12:00:00Z");
  private static final long ONE_MB = 1024 * 1024;

  @StartStop private final MockWebServer server = new MockWebServer();

  private final OkHttpClient client = HttpClientFactory.create();
  private final ConditionalFetcher fetcher =
      new ConditionalFetcher(client, ONE_MB, Clock.fixed(NOW, ZoneOffset.UTC));

  private URI url(String path) {
    return server.url(path).uri();
  }

  private RecordedRequest taken() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the server").isNotNull();
    return request;
  }

  private static MockResponse.Builder ok(String body) {
    return new MockResponse.Builder().code(200).body(body);
  }

  @Test
  void returnsBodyContentTypeAndValidatorsOf200() {
    server.enqueue(
        ok("{\"items\":[]}")
            .setHeader("Content-Type", "application/feed+json")
            .setHeader("ETag", "\"v1\"")
            .setHeader("Last-Modified", "Thu, 07 Aug 2025 11:00:00 GMT")
            .build());

    FetchOutcome outcome = fetcher.fetch(url("/feed.json"), Validators.NONE);

    assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
    FetchOutcome.Fetched fetched = (FetchOutcome.Fetched) outcome;
    assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("{\"items\":[]}");
    assertThat(fetched.contentType()).isEqualTo("application/feed+json");
    assertThat(fetched.finalUrl()).isEqualTo(url("/feed.json"));
    assertThat(fetched.validators())
        .isEqualTo(new Validators("\"v1\"", "Thu, 07 Aug 2025 11:00:00 GMT"));
  }

  @Test
  void identifiesItselfAndAcceptsGzip() throws Exception {
    server.enqueue(ok("x").build());

    fetcher.fetch(url("/"), Validators.NONE);

    RecordedRequest request = taken();
    assertThat(request.getHeaders().get("User-Agent")).isEqualTo("Wirewatch/0.1");
    assertThat(request.getHeaders().get("Accept-Encoding")).isEqualTo("gzip");
  }

  @Test
  void firstRequestIsUnconditional() throws Exception {
    server.enqueue(ok("x").build());

    fetcher.fetch(url("/"), Validators.NONE);

    RecordedRequest request = taken();
    assertThat(request.getHeaders().get("If-None-Match")).isNull();
    assertThat(request.getHeaders().get("If-Modified-Since")).isNull();
  }

  @Test
  void sendsEtagAndLastModifiedBackAndReads304AsNotModified() throws Exception {
    server.enqueue(new MockResponse.Builder().code(304).build());

    FetchOutcome outcome =
        fetcher.fetch(url("/"), new Validators("W/\"abc\"", "Thu, 07 Aug 2025 11:00:00 GMT"));

    assertThat(outcome).isEqualTo(new FetchOutcome.NotModified());
    RecordedRequest request = taken();
    assertThat(request.getHeaders().get("If-None-Match")).isEqualTo("W/\"abc\"");
    assertThat(request.getHeaders().get("If-Modified-Since"))
        .isEqualTo("Thu, 07 Aug 2025 11:00:00 GMT");
  }

  @Test
  void permanentRedirectIsReportedAsMovedNotFollowed() {
    server.enqueue(new MockResponse.Builder().code(301).setHeader("Location", "/new").build());
    server.enqueue(new MockResponse.Builder().code(308).setHeader("Location", "/newer").build());

    assertThat(fetcher.fetch(url("/old"), Validators.NONE))
        .isEqualTo(new FetchOutcome.Moved(url("/new")));
    assertThat(fetcher.fetch(url("/new"), Validators.NONE))
        .isEqualTo(new FetchOutcome.Moved(url("/newer")));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void temporaryRedirectIsFollowedAndFinalUrlReported() throws Exception {
    server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "/b").build());
    server.enqueue(new MockResponse.Builder().code(307).setHeader("Location", "/c").build());
    server.enqueue(ok("here").build());

    FetchOutcome outcome = fetcher.fetch(url("/a"), new Validators("\"e\"", null));

    assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
    assertThat(((FetchOutcome.Fetched) outcome).finalUrl()).isEqualTo(url("/c"));
    assertThat(taken().getTarget()).isEqualTo("/a");
    assertThat(taken().getTarget()).isEqualTo("/b");
    RecordedRequest last = taken();
    assertThat(last.getTarget()).isEqualTo("/c");
    assertThat(last.getHeaders().get("If-None-Match")).isEqualTo("\"e\"");
  }

  @Test
  void redirectLoopFailsAfterFiveHops() {
    for (int i = 0; i < 10; i++) {
      server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "/loop").build());
    }

    FetchOutcome outcome = fetcher.fetch(url("/loop"), Validators.NONE);

    assertThat(outcome).isEqualTo(new FetchOutcome.Failed("too many redirects (more than 5)"));
    assertThat(server.getRequestCount()).isEqualTo(ConditionalFetcher.MAX_REDIRECTS + 1);
  }

  @Test
  void redirectWithoutLocationFails() {
    server.enqueue(new MockResponse.Builder().code(301).build());

    assertThat(fetcher.fetch(url("/"), Validators.NONE))
        .isEqualTo(
            new FetchOutcome.Failed("HTTP 301 Moved Permanently without a usable Location header"));
  }

  @Test
  void oneShotFetchFollowsEvenPermanentRedirects() {
    server.enqueue(new MockResponse.Builder().code(301).setHeader("Location", "/new").build());
    server.enqueue(ok("moved body").build());

    FetchOutcome outcome = fetcher.fetch(SourceConfig.of("s", url("/old")));

    assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
    FetchOutcome.Fetched fetched = (FetchOutcome.Fetched) outcome;
    assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("moved body");
    assertThat(fetched.finalUrl()).isEqualTo(url("/new"));
  }

  @Test
  void goneIsItsOwnOutcome() {
    server.enqueue(new MockResponse.Builder().code(410).build());

    assertThat(fetcher.fetch(url("/"), Validators.NONE))
        .isEqualTo(new FetchOutcome.Gone("HTTP 410 Gone"));
  }

  @Test
  void errorStatusesFailWithTheirNameInWords() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().code(500).build());
    server.enqueue(new MockResponse.Builder().code(404).build());

    assertThat(fetcher.fetch(url("/"), Validators.NONE))
        .isEqualTo(new FetchOutcome.Failed("HTTP 503 Service Unavailable"));
    assertThat(fetcher.fetch(url("/"), Validators.NONE))
        .isEqualTo(new FetchOutcome.Failed("HTTP 500 Internal Server Error"));
    assertThat(fetcher.fetch(url("/"), Validators.NONE))
        .isEqualTo(new FetchOutcome.Failed("HTTP 404 Not Found"));
  }

  @Test
  void retryAfterSecondsIsReadOn429() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "120").build());

    assertThat(fetcher.fetch(url("/"), Validators.NONE))
        .isEqualTo(new FetchOutcome.Failed("HTTP 429 Too Many Requests", Duration.ofSeconds(120)));
  }

  @Test
  void retryAfterHttpDateIsReadOn503RelativeToTheClock() {
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .setHeader("Retry-After", "Thu, 07 Aug 2025 12:02:30 GMT")
            .build());

    assertThat(fetcher.fetch(url("/"), Validators.NONE))
        .isEqualTo(
            new FetchOutcome.Failed("HTTP 503 Service Unavailable", Duration.ofSeconds(150)));
  }

  @Test
  void retryAfterIsIgnoredOnOtherStatuses() {
    server.enqueue(new MockResponse.Builder().code(500).setHeader("Retry-After", "120").build());

    assertThat(((FetchOutcome.Failed) fetcher.fetch(url("/"), Validators.NONE)).retryAfter())
        .isNull();
  }

  @Test
  void gzipBodyIsInflatedWithinTheCap() {
    byte[] plain = "live ".repeat(100_000).getBytes(StandardCharsets.UTF_8); // 500 KB
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Encoding", "gzip")
            .body(Gzip.of(plain))
            .build());

    FetchOutcome outcome = fetcher.fetch(url("/"), Validators.NONE);

    assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
    assertThat(((FetchOutcome.Fetched) outcome).body()).isEqualTo(plain);
  }

  @Test
  void gzipBombFailsOnInflatedSizeNotWireSize() {
    Buffer bomb = Gzip.bomb(8 * 1024 * 1024);
    assertThat(bomb.size()).as("tiny on the wire").isLessThan(ONE_MB / 10);
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Encoding", "gzip")
            .body(bomb)
            .build());

    assertThat(fetcher.fetch(url("/"), Validators.NONE))
        .isEqualTo(new FetchOutcome.Failed("response larger than 1 MB"));
  }

  @Test
  void streamedBodyOverTheCapFailsWithoutContentLength() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .chunkedBody("x".repeat((int) ONE_MB + 1), 64 * 1024)
            .build());

    assertThat(fetcher.fetch(url("/"), Validators.NONE))
        .isEqualTo(new FetchOutcome.Failed("response larger than 1 MB"));
  }

  @Test
  void endlessBodyIsCutOffAtTheCapWhileStreaming() {
    // A body that never ends: only a cap checked while reading can stop it before the timeout.
    MockResponseBody endless =
        new MockResponseBody() {
          @Override
          public long getContentLength() {
            return -1;
          }

          @Override
          public void writeTo(BufferedSink sink) throws IOException {
            byte[] chunk = new byte[64 * 1024];
            while (true) {
              sink.write(chunk);
              sink.flush();
            }
          }
        };
    server.enqueue(new MockResponse.Builder().code(200).body(endless).build());
    OkHttpClient bounded =
        HttpClientFactory.create(HttpSettings.defaults().withCallTimeout(Duration.ofSeconds(5)));

    FetchOutcome outcome =
        new ConditionalFetcher(bounded, ONE_MB, Clock.systemUTC()).fetch(url("/"), Validators.NONE);

    assertThat(outcome).isEqualTo(new FetchOutcome.Failed("response larger than 1 MB"));
  }

  @Test
  void declaredLengthOverTheCapFails() {
    server.enqueue(ok("x".repeat((int) ONE_MB + 1)).build());

    assertThat(fetcher.fetch(url("/"), Validators.NONE))
        .isEqualTo(new FetchOutcome.Failed("response larger than 1 MB"));
  }

  @Test
  void bodyExactlyAtTheCapIsAccepted() {
    server.enqueue(
        new MockResponse.Builder().code(200).chunkedBody("y".repeat((int) ONE_MB), 4096).build());

    FetchOutcome outcome = fetcher.fetch(url("/"), Validators.NONE);

    assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
    assertThat(((FetchOutcome.Fetched) outcome).body()).hasSize((int) ONE_MB);
  }

  @Test
  void defaultCapIsTenMegabytes() {
    assertThat(new ConditionalFetcher(client).maxBytes()).isEqualTo(10L * 1024 * 1024);
  }

  @Test
  void slowDripIsStoppedByTheCallTimeout() {
    // A byte every 50 ms never trips a per-read timeout; only the call timeout ends it.
    OkHttpClient impatient =
        HttpClientFactory.create(
            HttpSettings.defaults()
                .withReadTimeout(Duration.ofSeconds(5))
                .withCallTimeout(Duration.ofMillis(300)));
    server.enqueue(ok("z".repeat(200)).throttleBody(1, 50, TimeUnit.MILLISECONDS).build());

    FetchOutcome outcome = new ConditionalFetcher(impatient).fetch(url("/drip"), Validators.NONE);

    assertThat(outcome).isEqualTo(new FetchOutcome.Failed("timed out after 300 ms"));
  }

  @Test
  void silentServerTripsTheReadTimeout() {
    OkHttpClient impatient =
        HttpClientFactory.create(
            HttpSettings.defaults()
                .withReadTimeout(Duration.ofMillis(200))
                .withCallTimeout(Duration.ofSeconds(10)));
    server.enqueue(ok("late").bodyDelay(2, TimeUnit.SECONDS).build());

    FetchOutcome outcome = new ConditionalFetcher(impatient).fetch(url("/"), Validators.NONE);

    assertThat(outcome).isEqualTo(new FetchOutcome.Failed("no data for 200 ms"));
  }

  @Test
  void closedPortIsConnectionRefused() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    FetchOutcome outcome =
        fetcher.fetch(URI.create("http://127.0.0.1:" + port + "/"), Validators.NONE);

    assertThat(outcome).isEqualTo(new FetchOutcome.Failed("connection refused"));
  }

  @Test
  void junkAfterAnOverlongBodyOnAReusedConnectionIsRetriedOnAFreshOne() throws Exception {
    String feed = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[]}";
    // The first response says its body is shorter than it is; the rest stays on the connection
    // and would be read as the next response's status line.
    server.enqueue(
        new MockResponse.Builder()
            .body(feed + "XYZZY not a status line\r\n\r\n")
            .setHeader("Content-Length", String.valueOf(feed.length()))
            .build());
    server.enqueue(new MockResponse.Builder().body("lost to the junk").build());
    server.enqueue(new MockResponse.Builder().body("fresh").build());
    ConditionalFetcher fetcher = new ConditionalFetcher(HttpClientFactory.create());
    URI url = server.url("/feed").uri();

    FetchOutcome first = fetcher.fetch(url, Validators.NONE);
    FetchOutcome second = fetcher.fetch(url, Validators.NONE);

    assertThat(first).isInstanceOf(FetchOutcome.Fetched.class);
    assertThat(
            new String(
                ((FetchOutcome.Fetched) first).body(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(feed);
    assertThat(second).isInstanceOf(FetchOutcome.Fetched.class);
    String body =
        new String(((FetchOutcome.Fetched) second).body(), java.nio.charset.StandardCharsets.UTF_8);
    server.takeRequest();
    int secondConnection = server.takeRequest().getConnectionIndex();
    if (body.equals("lost to the junk")) {
      // Under load OkHttp may not have pooled the first connection: then the second request went
      // out fresh and met no junk at all. Either way the junk is never a response.
      assertThat(secondConnection).as("served on a fresh connection").isEqualTo(1);
      return;
    }
    assertThat(body).as("the junk was never taken as a response").isEqualTo("fresh");
    assertThat(server.takeRequest().getConnectionIndex())
        .as("the retry went out on a new connection")
        .isEqualTo(1);
  }
}

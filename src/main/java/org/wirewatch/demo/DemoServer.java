package org.wirewatch.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The embedded demo source: a loopback HTTP server publishing the scripted live blog as JSON Feed,
 * with ETags so the poller's conditional GET is exercised like against any real source.
 */
public final class DemoServer implements AutoCloseable {
  public static final String PATH = "/live.json";

  private final DemoFeed feed;
  private final Clock clock;
  private final Instant startedAt;
  private final HttpServer server;
  private final ExecutorService executor;

  /**
   * @param headStart how far into the script the demo begins; {@code --once} starts past the script
   *     so a single fetch sees every scripted item
   */
  public DemoServer(DemoFeed feed, Clock clock, Duration headStart) throws IOException {
    this.feed = feed;
    this.clock = clock;
    this.startedAt = clock.instant().minus(headStart);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "wirewatch-demo-server");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext(PATH, this::serve);
    server.start();
  }

  /** The feed's URL on loopback. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("GET")
          && !exchange.getRequestMethod().equals("HEAD")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      Instant now = clock.instant();
      byte[] body =
          feed.render(Duration.between(startedAt, now), now).getBytes(StandardCharsets.UTF_8);
      String etag = "\"" + sha1(body) + "\"";
      exchange.getResponseHeaders().set("ETag", etag);
      exchange.getResponseHeaders().set("Cache-Control", "no-cache");
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/feed+json; charset=utf-8");
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(200, head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  private static String sha1(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}

package org.wirewatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.wirewatch.app.App;
import org.wirewatch.app.AppOptions;
import org.wirewatch.relay.NchanPublisher;
import org.wirewatch.relay.RelayEvents;
import org.wirewatch.relay.RelayServer;

/**
 * {@code --serve HOST:PORT}: Wirewatch headless as a relay. It watches its sources and serves the
 * merged timeline at {@code /feed.json} and {@code /events} until SIGINT or SIGTERM.
 */
final class RelayRunner {
  private final AppOptions options;
  private final PrintStream err;

  RelayRunner(AppOptions options, PrintStream err) {
    this.options = options;
    this.err = err;
  }

  /**
   * Where to listen: {@code PORT} or {@code :PORT} is loopback; any other host only when written
   * out ({@code 0.0.0.0:8080} for every interface).
   */
  static InetSocketAddress address(String spec) {
    String s = spec.strip();
    int colon = s.lastIndexOf(':');
    String host = colon < 0 ? "" : s.substring(0, colon).replaceAll("^\\[|\\]$", "");
    String port = colon < 0 ? s : s.substring(colon + 1);
    int p;
    try {
      p = Integer.parseInt(port);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--serve " + spec + ": expected [HOST:]PORT");
    }
    if (p < 0 || p > 65535) {
      throw new IllegalArgumentException("--serve " + spec + ": no such port");
    }
    return new InetSocketAddress(host.isEmpty() ? "127.0.0.1" : host, p);
  }

  int run(String spec) {
    return run(spec, null);
  }

  /**
   * @param publishTo an nchan publisher endpoint to send every event to as well, or {@code null}
   */
  int run(String spec, String publishTo) {
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stop.countDown();
                  try {
                    closed.await(5, java.util.concurrent.TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                },
                "wirewatch-shutdown"));
    Clock clock = Clock.systemDefaultZone();
    try (App app = new App(options, clock)) {
      RelayEvents events = new RelayEvents(app::sourceName, clock::millis);
      app.changes().subscribe(events, app.subscriberThread("relay"));
      NchanPublisher nchan =
          publishTo == null ? null : new NchanPublisher(new okhttp3.OkHttpClient(), publishTo);
      if (nchan != null) {
        events.addListener(nchan);
      }
      try (RelayServer server =
          new RelayServer(
              address(spec),
              events,
              new HistoryBackfill(app),
              () -> app.timeline().snapshot(),
              app::sourceName,
              "Wirewatch relay")) {
        app.startPolling();
        InetSocketAddress at = server.address();
        String base = "http://" + at.getHostString() + ":" + at.getPort();
        err.println(
            "wirewatch: relaying "
                + app.sources().size()
                + " sources at "
                + base
                + "/feed.json and "
                + base
                + "/events");
        err.flush();
        stop.await();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("--serve " + spec + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      closed.countDown();
    }
    return 0;
  }
}

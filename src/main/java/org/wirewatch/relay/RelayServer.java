package org.wirewatch.relay;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;

/**
 * Serves the merged timeline to other Wirewatch screens: {@code GET /feed.json} (JSON Feed 1.1 with
 * the {@code _wirewatch} extension, ETag and 304) and {@code GET /events} (Server-Sent Events of
 * every change, replaying from {@code Last-Event-ID}). Built on the JDK's own HTTP server: one
 * relay feeds a room of screens; past that, nginx with nchan fans it out (docs/DEPLOYMENT.md).
 *
 * <p>A subscriber that falls {@value #BACKLOG} events behind is disconnected, to reconnect and
 * replay, so a stuck screen never holds the relay's memory. Heartbeat comments every 15 s keep
 * proxies and clients from taking a quiet stream for a dead one.
 */
public final class RelayServer implements AutoCloseable {
  static final int BACKLOG = 2_000;
  private static final Duration HEARTBEAT = Duration.ofSeconds(15);

  /**
   * How far before a subscriber's last event a replay from history starts: an update is stamped
   * when it is read, a little before its event is published, and a burst runs ids ahead of the
   * clock. Replaying a little too much costs nothing; the subscriber's timeline drops what it has.
   */
  static final Duration REPLAY_MARGIN = Duration.ofMinutes(1);

  private final HttpServer server;
  private final ExecutorService threads;
  private final RelayEvents events;
  private final RelayBackfill backfill;
  private final Supplier<List<TimelineEntry>> timeline;
  private final Function<SourceId, String> names;
  private final String title;
  private volatile boolean closed;

  /**
   * @param address where to listen; the caller decides whether anything but loopback is allowed
   * @param backfill what changed since a moment, for subscribers the event log cannot serve
   * @param timeline the entries now, newest first
   */
  public RelayServer(
      InetSocketAddress address,
      RelayEvents events,
      RelayBackfill backfill,
      Supplier<List<TimelineEntry>> timeline,
      Function<SourceId, String> names,
      String title)
      throws IOException {
    this.events = events;
    this.backfill = backfill;
    this.timeline = timeline;
    this.names = names;
    this.title = title;
    this.threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "wirewatch-relay");
              t.setDaemon(true);
              return t;
            });
    this.server = HttpServer.create(address, 64);
    server.setExecutor(threads);
    server.createContext("/feed.json", this::feed);
    server.createContext("/events", this::stream);
    server.start();
  }

  /** The address it listens on (the port chosen when 0 was asked for). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  private void feed(HttpExchange x) throws IOException {
    try (x) {
      if (!x.getRequestMethod().equals("GET") && !x.getRequestMethod().equals("HEAD")) {
        x.sendResponseHeaders(405, -1);
        return;
      }
      // Read the version first: a change during the build makes the next request fetch again.
      String etag = "\"" + events.version() + "-" + events.lastId() + "\"";
      x.getResponseHeaders().set("ETag", etag);
      x.getResponseHeaders().set("Cache-Control", "no-cache");
      if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
        x.sendResponseHeaders(304, -1);
        return;
      }
      JsonObject feed = new JsonObject();
      feed.addProperty("version", "https://jsonfeed.org/version/1.1");
      feed.addProperty("title", title);
      JsonArray items = new JsonArray();
      for (TimelineEntry e : timeline.get()) {
        items.add(RelayItems.asHeld(e, names));
      }
      feed.add("items", items);
      byte[] body = feed.toString().getBytes(StandardCharsets.UTF_8);
      x.getResponseHeaders().set("Content-Type", "application/feed+json; charset=utf-8");
      x.sendResponseHeaders(200, x.getRequestMethod().equals("HEAD") ? -1 : body.length);
      if (!x.getRequestMethod().equals("HEAD")) {
        x.getResponseBody().write(body);
      }
    }
  }

  private void stream(HttpExchange x) throws IOException {
    BlockingQueue<RelayEvents.Event> queue = new ArrayBlockingQueue<>(BACKLOG);
    boolean[] overflowed = {false};
    RelayEvents.Listener listener =
        e -> {
          if (!queue.offer(e)) {
            overflowed[0] = true;
          }
        };
    // Listen before reading the backlog: an event in between is in both, and sent once.
    events.addListener(listener);
    try (x) {
      x.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      x.getResponseHeaders().set("Cache-Control", "no-cache");
      x.getResponseHeaders().set("X-Accel-Buffering", "no"); // nginx: pass events on at once
      x.sendResponseHeaders(200, 0);
      OutputStream out = x.getResponseBody();
      long sent = replay(out, x.getRequestHeaders().getFirst("Last-Event-ID"));
      while (!closed && !overflowed[0]) {
        RelayEvents.Event e = queue.poll(HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        if (e == null) {
          out.write(":\n\n".getBytes(StandardCharsets.US_ASCII));
        } else if (e.id() > sent) {
          write(out, e);
          sent = e.id();
        }
        if (queue.isEmpty()) {
          out.flush();
        }
      }
    } catch (IOException | InterruptedException gone) {
      // The subscriber left (or the relay is closing): nothing to tell anyone.
    } finally {
      events.removeListener(listener);
    }
  }

  /** Sends what the subscriber missed; returns the id it now stands at. */
  private long replay(OutputStream out, String lastEventId) throws IOException {
    out.write("retry: 2000\n\n".getBytes(StandardCharsets.US_ASCII));
    long last = -1;
    if (lastEventId != null) {
      try {
        last = Long.parseLong(lastEventId.strip());
      } catch (NumberFormatException notOurs) {
        last = -1;
      }
    }
    List<RelayEvents.Event> missed = last < 0 ? null : events.after(last);
    if (missed == null) {
      // Read the id first: what changes while the entries are written comes again from the queue.
      long at = events.lastId();
      List<TimelineEntry> changed = last < 0 || last > at ? null : changedSince(last);
      // New, or not served from history: everything held now; the client's timeline dedups.
      for (TimelineEntry e : changed != null ? changed : timeline.get()) {
        String type = e.withdrawnAt() == null ? "added" : "removed";
        write(out, new RelayEvents.Event(at, type, RelayItems.asHeld(e, names).toString()));
      }
      out.flush();
      return at;
    }
    for (RelayEvents.Event e : missed) {
      write(out, e);
      last = e.id();
    }
    out.flush();
    return last;
  }

  /** What history holds of the changes after event {@code last}, or {@code null}. */
  private List<TimelineEntry> changedSince(long last) {
    try {
      return backfill.changedSince(
          RelayEvents.publishedAbout(last).minus(REPLAY_MARGIN), RelayEvents.KEPT);
    } catch (RuntimeException e) {
      // A failing history costs the subscriber a longer replay, never the stream.
      return null;
    }
  }

  private static void write(OutputStream out, RelayEvents.Event e) throws IOException {
    // JSON has no raw newlines, so the data is one line.
    out.write(
        ("id: " + e.id() + "\nevent: " + e.type() + "\ndata: " + e.data() + "\n\n")
            .getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    closed = true;
    server.stop(0);
    threads.shutdownNow();
  }
}

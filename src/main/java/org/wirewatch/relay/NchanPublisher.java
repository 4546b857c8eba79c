package org.wirewatch.relay;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes each relay event to an nginx nchan publisher endpoint ({@code --publish-to
 * http://127.0.0.1:8089/pub/wirewatch}), in order, from one thread of its own, so nchan serves it
 * to any number of subscribers and buffers it for their reconnects. The event's type travels as
 * {@code X-EventSource-Event}. A queue of {@value #QUEUE} events absorbs a slow nginx; past that
 * the oldest waiting events are dropped and logged (subscribers then resync from the relay's own
 * {@code /events} or {@code /feed.json}).
 */
public final class NchanPublisher implements RelayEvents.Listener, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NchanPublisher.class);
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  static final int QUEUE = 10_000;

  private final OkHttpClient http;
  private final String endpoint;
  private final BlockingQueue<RelayEvents.Event> queue = new ArrayBlockingQueue<>(QUEUE);
  private final Thread worker;
  private volatile boolean closed;

  public NchanPublisher(OkHttpClient http, String endpoint) {
    this.http = http;
    this.endpoint = endpoint;
    this.worker = new Thread(this::run, "wirewatch-nchan");
    worker.setDaemon(true);
    worker.start();
  }

  @Override
  public void onEvent(RelayEvents.Event event) {
    while (!queue.offer(event)) {
      RelayEvents.Event dropped = queue.poll();
      if (dropped != null) {
        LOG.warn("nchan is not keeping up; dropped relay event {}", dropped.id());
      }
    }
  }

  private void run() {
    while (!closed) {
      RelayEvents.Event e;
      try {
        e = queue.take();
      } catch (InterruptedException stop) {
        return;
      }
      publish(e);
    }
  }

  private void publish(RelayEvents.Event e) {
    Request request =
        new Request.Builder()
            .url(endpoint)
            .header("X-EventSource-Event", e.type())
            .post(RequestBody.create(e.data(), JSON))
            .build();
    for (int attempt = 1; attempt <= 3 && !closed; attempt++) {
      try (Response r = http.newCall(request).execute()) {
        if (r.isSuccessful()) {
          return;
        }
        LOG.warn("nchan answered HTTP {} for relay event {}", r.code(), e.id());
      } catch (IOException io) {
        LOG.warn("cannot publish relay event {} to nchan: {}", e.id(), io.getMessage());
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    worker.interrupt();
  }
}

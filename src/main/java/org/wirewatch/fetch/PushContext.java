package org.wirewatch.fetch;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import okhttp3.OkHttpClient;

/**
 * What every push source shares.
 *
 * @param client the HTTP client for streams: no call timeout, and a read timeout that is the stall
 *     limit (a few heartbeats of silence), see {@link #streamClient}
 * @param handler reads and ingests each event
 * @param streams runs each connection's blocking read on a thread of its own
 * @param defaultRetry how long to wait before reconnecting when the server never said ({@code
 *     retry:})
 */
public record PushContext(
    OkHttpClient client, PushHandler handler, Executor streams, Duration defaultRetry) {
  /** 45 s: three of the usual 15 s heartbeats. */
  public static final Duration STALL = Duration.ofSeconds(45);

  public PushContext {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(streams, "streams");
    defaultRetry = defaultRetry == null ? Duration.ofSeconds(3) : defaultRetry;
  }

  /**
   * A client for streams made from the pollers' client (same pool, limits and user agent): OkHttp's
   * call timeout would end every stream, and its default 10 s read timeout is shorter than a 15 s
   * heartbeat, so the read timeout becomes the stall limit instead.
   */
  public static OkHttpClient streamClient(OkHttpClient polling, Duration stall) {
    return polling.newBuilder().callTimeout(Duration.ZERO).readTimeout(stall).build();
  }
}

package org.wirewatch.fetch;

import okhttp3.OkHttpClient;

/**
 * Builds the one {@link OkHttpClient} the app shares between all sources (one connection pool, one
 * set of limits).
 *
 * <p>Redirects are not followed by OkHttp: {@link ConditionalFetcher} follows them itself so that a
 * permanent move (301/308) is seen and can move the source. There is deliberately no OkHttp {@code
 * Cache}: it may answer from disk without asking the server, while Wirewatch keeps its own
 * ETag/Last-Modified per source (see docs/adr/0002). OkHttp's transparent gzip stays on; the
 * fetcher counts the inflated bytes itself.
 */
public final class HttpClientFactory {
  private HttpClientFactory() {}

  /** A client with {@link HttpSettings#defaults()}. */
  public static OkHttpClient create() {
    return create(HttpSettings.defaults());
  }

  /** A client with the given timeouts and User-Agent, redirects off and no cache. */
  public static OkHttpClient create(HttpSettings settings) {
    String userAgent = settings.userAgent();
    return new OkHttpClient.Builder()
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .writeTimeout(settings.readTimeout())
        .callTimeout(settings.callTimeout())
        .followRedirects(false)
        .followSslRedirects(false)
        .cache(null)
        .addInterceptor(
            chain ->
                chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build()))
        .build();
  }

  /**
   * Releases a client at application exit: cancels calls still running (synchronous ones too, so a
   * poller blocked in a read returns at once), closes pooled connections and stops OkHttp's
   * threads.
   */
  public static void shutdown(OkHttpClient client) {
    client.dispatcher().cancelAll();
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}

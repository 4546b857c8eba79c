package org.wirewatch.fetch;

import java.io.IOException;
import java.net.ProtocolException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.wirewatch.source.SourceConfig;

/**
 * Conditional GET with our own validators, a streaming size cap and redirects handled by hand.
 *
 * <ul>
 *   <li>Sends If-None-Match / If-Modified-Since from the {@link Validators} it is given; a 304
 *       becomes {@link FetchOutcome.NotModified} with no body.
 *   <li>Counts the body's bytes after OkHttp's transparent gzip while reading, and gives up as soon
 *       as they pass the cap, so neither a huge body nor a gzip bomb is ever held in memory.
 *   <li>A 301/308 on the source's own URL is reported as {@link FetchOutcome.Moved}; other
 *       redirects (302/303/307, and any redirect after the first hop) are followed, up to {@value
 *       #MAX_REDIRECTS}.
 *   <li>410 is {@link FetchOutcome.Gone}; any other non-2xx, network error or timeout is {@link
 *       FetchOutcome.Failed} with the message in words and, for 429/503, the Retry-After.
 * </ul>
 *
 * <p>Thread-safe; one instance is shared by all pollers. Blocking: never call it on the FX thread.
 */
public final class ConditionalFetcher implements Fetcher {
  /** The default cap on a decompressed body: 10 MB. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  static final int MAX_REDIRECTS = 5;
  private static final String ACCEPT =
      "application/feed+json, application/json;q=0.9, application/ld+json;q=0.9,"
          + " application/rss+xml, application/atom+xml, application/xml;q=0.9,"
          + " text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";
  private static final int CHUNK = 8192;

  private final OkHttpClient client;
  private final long maxBytes;
  private final Clock clock;

  /** A fetcher with the default 10 MB cap and the system clock. */
  public ConditionalFetcher(OkHttpClient client) {
    this(client, DEFAULT_MAX_BYTES, Clock.systemUTC());
  }

  /**
   * @param client the shared client, from {@link HttpClientFactory} (redirects off)
   * @param maxBytes the most decompressed body bytes to accept
   * @param clock reads "now" to turn a Retry-After date into a delay
   */
  public ConditionalFetcher(OkHttpClient client, long maxBytes, Clock clock) {
    this.client = Objects.requireNonNull(client, "client");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public long maxBytes() {
    return maxBytes;
  }

  @Override
  public FetchOutcome fetch(URI url, Validators validators) {
    return fetch(url, validators, false);
  }

  /**
   * Fetches a source once, unconditionally, for one-shot use (the headless {@code --once} mode).
   * Permanent redirects are followed too, so a moved source still yields its body; {@link
   * FetchOutcome.Fetched#finalUrl()} tells where it was found. Blocking.
   */
  public FetchOutcome fetch(SourceConfig source) {
    return fetch(source.url(), Validators.NONE, true);
  }

  private FetchOutcome fetch(URI url, Validators validators, boolean followPermanent) {
    try {
      return fetchOnce(url, validators, followPermanent);
    } catch (ProtocolException junk) {
      // A pooled connection carried bytes past the previous response (a server that sent more
      // than its Content-Length said): what follows is not a response. Drop the pooled
      // connections and ask once more on a fresh one, at once.
      client.connectionPool().evictAll();
      try {
        return fetchOnce(url, validators, followPermanent);
      } catch (ProtocolException again) {
        return new FetchOutcome.Failed("not an HTTP response: " + again.getMessage());
      }
    }
  }

  private FetchOutcome fetchOnce(URI url, Validators validators, boolean followPermanent)
      throws ProtocolException {
    HttpUrl current = HttpUrl.get(url.toString());
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      try (Response response = client.newCall(request(current, validators)).execute()) {
        int code = response.code();
        if (!isRedirect(code)) {
          return outcome(response, current);
        }
        String location = response.header("Location");
        HttpUrl target = location == null ? null : current.resolve(location);
        if (target == null) {
          return new FetchOutcome.Failed(
              FailureMessages.status(code, response.message())
                  + " without a usable Location header");
        }
        if (hop == 0 && !followPermanent && (code == 301 || code == 308)) {
          return new FetchOutcome.Moved(target.uri());
        }
        current = target;
      } catch (ProtocolException e) {
        throw e;
      } catch (IOException e) {
        return new FetchOutcome.Failed(
            FailureMessages.io(
                e,
                Duration.ofMillis(client.connectTimeoutMillis()),
                Duration.ofMillis(client.readTimeoutMillis()),
                Duration.ofMillis(client.callTimeoutMillis())));
      }
    }
    return new FetchOutcome.Failed("too many redirects (more than " + MAX_REDIRECTS + ")");
  }

  private static Request request(HttpUrl url, Validators validators) {
    Request.Builder builder = new Request.Builder().url(url).get().header("Accept", ACCEPT);
    if (validators.etag() != null) {
      builder.header("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      builder.header("If-Modified-Since", validators.lastModified());
    }
    return builder.build();
  }

  private static boolean isRedirect(int code) {
    return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
  }

  private FetchOutcome outcome(Response response, HttpUrl url) throws IOException {
    int code = response.code();
    if (code == 304) {
      return new FetchOutcome.NotModified();
    }
    if (code == 410) {
      return new FetchOutcome.Gone(FailureMessages.status(code, response.message()));
    }
    if (code < 200 || code > 299) {
      Duration retryAfter =
          code == 429 || code == 503
              ? RetryAfter.parse(response.headers(), clock.instant()).orElse(null)
              : null;
      return new FetchOutcome.Failed(FailureMessages.status(code, response.message()), retryAfter);
    }
    String type = response.header("Content-Type");
    if (type != null
        && type.strip().toLowerCase(java.util.Locale.ROOT).startsWith("text/event-stream")) {
      return new FetchOutcome.EventStream(url.uri());
    }
    byte[] body = readCapped(response.body());
    if (body == null) {
      return new FetchOutcome.Failed("response larger than " + FailureMessages.size(maxBytes));
    }
    return new FetchOutcome.Fetched(
        body,
        response.header("Content-Type"),
        url.uri(),
        response.header("ETag"),
        response.header("Last-Modified"),
        served(response.headers()));
  }

  private static java.time.Instant served(okhttp3.Headers headers) {
    java.util.Date date = headers.getDate("Last-Modified");
    if (date == null) {
      date = headers.getDate("Date");
    }
    return date == null ? null : date.toInstant();
  }

  /**
   * Reads the (already inflated) body chunk by chunk, counting as it goes.
   *
   * @return the bytes, or {@code null} once they pass the cap (the rest is never read)
   */
  private byte[] readCapped(ResponseBody body) throws IOException {
    if (body.contentLength() > maxBytes) {
      return null;
    }
    BufferedSource source = body.source();
    Buffer buffer = new Buffer();
    while (source.read(buffer, CHUNK) != -1) {
      if (buffer.size() > maxBytes) {
        buffer.clear();
        return null;
      }
    }
    return buffer.readByteArray();
  }
}

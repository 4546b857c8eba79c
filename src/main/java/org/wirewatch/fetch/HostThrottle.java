package org.wirewatch.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-host waits asked for by servers. A 429 or 503 with Retry-After from one source delays every
 * source on the same host and port until it elapses: several live blogs of one publisher share the
 * server that asked us to slow down. Thread-safe; shared by all runners.
 */
public final class HostThrottle {
  private final Map<String, Instant> until = new ConcurrentHashMap<>();

  /** Records that {@code url}'s host asked not to be asked again before {@code notBefore}. */
  public void block(URI url, Instant notBefore) {
    until.merge(key(url), notBefore, (a, b) -> a.isAfter(b) ? a : b);
  }

  /** When {@code url}'s host may be asked again, or {@code null} when it may be asked now. */
  public Instant blockedUntil(URI url, Instant now) {
    String key = key(url);
    Instant at = until.get(key);
    if (at == null) {
      return null;
    }
    if (!at.isAfter(now)) {
      until.remove(key, at);
      return null;
    }
    return at;
  }

  static String key(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    int port = url.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
    return host + ":" + port;
  }
}

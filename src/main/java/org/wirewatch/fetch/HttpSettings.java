package org.wirewatch.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits for the shared HTTP client.
 *
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param readTimeout how long a single read may wait for data (per read, not per call)
 * @param callTimeout how long a whole call may take, redirects excluded; this is what stops a
 *     server that drips one byte a second
 * @param userAgent the User-Agent sent with every request
 */
public record HttpSettings(
    Duration connectTimeout, Duration readTimeout, Duration callTimeout, String userAgent) {
  public static final String USER_AGENT = "Wirewatch/0.1";

  public HttpSettings {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(callTimeout, "callTimeout");
    userAgent = userAgent == null || userAgent.isBlank() ? USER_AGENT : userAgent;
  }

  /** 10 s to connect, 15 s per read, 20 s per call, "Wirewatch/0.1". */
  public static HttpSettings defaults() {
    return new HttpSettings(
        Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(20), USER_AGENT);
  }

  public HttpSettings withCallTimeout(Duration timeout) {
    return new HttpSettings(connectTimeout, readTimeout, timeout, userAgent);
  }

  public HttpSettings withReadTimeout(Duration timeout) {
    return new HttpSettings(connectTimeout, timeout, callTimeout, userAgent);
  }
}

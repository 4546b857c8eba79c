package org.wirewatch.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLException;

/** Turns HTTP statuses and I/O exceptions into the short words the status bar shows. */
final class FailureMessages {
  private static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(301, "Moved Permanently"),
          Map.entry(302, "Found"),
          Map.entry(303, "See Other"),
          Map.entry(307, "Temporary Redirect"),
          Map.entry(308, "Permanent Redirect"),
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(406, "Not Acceptable"),
          Map.entry(408, "Request Timeout"),
          Map.entry(410, "Gone"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(451, "Unavailable For Legal Reasons"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(501, "Not Implemented"),
          Map.entry(502, "Bad Gateway"),
          Map.entry(503, "Service Unavailable"),
          Map.entry(504, "Gateway Timeout"));

  private FailureMessages() {}

  /**
   * "HTTP 503 Service Unavailable". The standard reason phrase wins over the server's: HTTP/2 sends
   * none, and a server's own text is untrusted.
   */
  static String status(int code, String serverReason) {
    String reason = REASONS.get(code);
    if (reason == null && serverReason != null) {
      String cleaned = serverReason.replaceAll("[^\\p{Print}]", "").strip();
      reason = cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
    }
    return reason == null || reason.isEmpty() ? "HTTP " + code : "HTTP " + code + " " + reason;
  }

  /** "connection refused", "timed out after 20 s", "unknown host example.invalid", ... */
  static String io(IOException e, Duration connect, Duration read, Duration call) {
    if (e instanceof UnknownHostException) {
      return "unknown host " + nonNull(e.getMessage());
    }
    if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
      return chainMentions(e, "refused")
          ? "connection refused"
          : "could not connect: " + nonNull(e.getMessage());
    }
    if (e instanceof SocketTimeoutException) {
      return chainMentions(e, "connect")
          ? "connect timed out after " + words(connect)
          : "no data for " + words(read);
    }
    if (e instanceof InterruptedIOException) {
      // OkHttp's call timeout surfaces as a plain InterruptedIOException("timeout").
      return chainMentions(e, "timeout") ? "timed out after " + words(call) : "interrupted";
    }
    if (e instanceof SSLException) {
      return "TLS failure: " + nonNull(e.getMessage());
    }
    if ("Canceled".equals(e.getMessage())) {
      return "cancelled";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /**
   * Why a push stream ended, in words: "no data for 45 s" (a stall past the read timeout),
   * "connection refused", "connection reset".
   */
  static String stream(Throwable t, long readTimeoutMillis) {
    if (t instanceof IOException io) {
      Duration read = Duration.ofMillis(readTimeoutMillis);
      return io(io, read, read, Duration.ZERO);
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** "10 MB", "512 KB", "1500 bytes". */
  static String size(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KB";
    }
    return bytes + " bytes";
  }

  /** "20 s", "300 ms", "5 min". */
  static String words(Duration d) {
    long millis = d.toMillis();
    if (millis % 60_000 == 0 && millis >= 120_000) {
      return millis / 60_000 + " min";
    }
    if (millis % 1000 == 0) {
      return millis / 1000 + " s";
    }
    return millis + " ms";
  }

  private static boolean chainMentions(Throwable e, String word) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage();
      if (m != null && m.toLowerCase(Locale.ROOT).contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}

package org.wirewatch.model;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A source's health at one moment. Immutable; the poller publishes a new one on every change.
 *
 * @param source which source
 * @param name its display name
 * @param url the URL being polled now (a 301 moves it for the session)
 * @param state live, stale, failing, ...
 * @param lastError the last error in words ("HTTP 503 Service Unavailable"), or {@code null}
 * @param lastSuccess when a fetch last succeeded, or {@code null}
 * @param lastUpdate when the source last brought a new or changed update, or {@code null}
 * @param staleSince when the source became stale or failing, or {@code null}
 * @param nextAttempt when the next fetch is due, or {@code null} when stopped
 * @param recentErrors the latest errors, newest last, bounded
 * @param problems what was wrong with parts of the last document read (items skipped, dates
 *     unreadable), empty for a clean one
 */
public record SourceStatus(
    SourceId source,
    String name,
    URI url,
    SourceState state,
    String lastError,
    Instant lastSuccess,
    Instant lastUpdate,
    Instant staleSince,
    Instant nextAttempt,
    List<SourceError> recentErrors,
    List<String> problems) {
  public SourceStatus {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(state, "state");
    recentErrors = recentErrors == null ? List.of() : List.copyOf(recentErrors);
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  /** A status with no document problems to report. */
  public SourceStatus(
      SourceId source,
      String name,
      URI url,
      SourceState state,
      String lastError,
      Instant lastSuccess,
      Instant lastUpdate,
      Instant staleSince,
      Instant nextAttempt,
      List<SourceError> recentErrors) {
    this(
        source,
        name,
        url,
        state,
        lastError,
        lastSuccess,
        lastUpdate,
        staleSince,
        nextAttempt,
        recentErrors,
        List.of());
  }

  /** One failed attempt. */
  public record SourceError(Instant at, String message) {}
}

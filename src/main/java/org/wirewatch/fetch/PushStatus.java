package org.wirewatch.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.model.SourceState;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.source.SourceConfig;

/**
 * A push source's status, in one place: "live (push)" while the stream is up; while it is down, the
 * fallback poller's state with why the stream is down; for a source that is only a stream, FAILING
 * until it reconnects.
 */
final class PushStatus {
  private PushStatus() {}

  /** What the runner knows of its stream. */
  record Stream(
      boolean running,
      boolean streamUp,
      String downBecause,
      Instant lastEvent,
      Instant lastUpdate,
      Instant nextConnect,
      List<String> problems,
      long badEvents,
      List<SourceStatus.SourceError> errors) {}

  static SourceStatus of(SourceConfig configured, Stream s, SourceStatus polled) {
    List<String> notes = new ArrayList<>();
    URI url = configured.push().stream();
    if (s.streamUp()) {
      notes.add("live (push)");
    } else if (s.running() && s.downBecause() != null) {
      notes.add(
          polled == null
              ? "push stream down: " + s.downBecause()
              : "push stream down: "
                  + s.downBecause()
                  + "; polling every "
                  + configured.interval().toSeconds()
                  + " s");
    }
    notes.addAll(s.problems());
    if (s.badEvents() > 0) {
      notes.add(s.badEvents() + " unreadable events skipped");
    }
    List<SourceStatus.SourceError> recent = new ArrayList<>(s.errors());
    if (polled != null) {
      recent.addAll(polled.recentErrors());
    }
    Instant success = later(s.lastEvent(), polled == null ? null : polled.lastSuccess());
    Instant update = later(s.lastUpdate(), polled == null ? null : polled.lastUpdate());
    SourceState state;
    String error;
    Instant next;
    if (!s.running()) {
      state = SourceState.STOPPED;
      error = configured.enabled() ? null : "disabled";
      next = null;
    } else if (s.streamUp()) {
      state = SourceState.LIVE;
      error = null;
      next = null;
    } else if (polled != null && polled.state() != SourceState.STOPPED && s.downBecause() != null) {
      // Polling carries the source: its state says how that goes.
      state = polled.state();
      error = polled.lastError();
      next = polled.nextAttempt();
      url = polled.url();
      notes.addAll(polled.problems());
    } else {
      state = s.downBecause() == null ? SourceState.STARTING : SourceState.FAILING;
      error = s.downBecause() == null ? null : "push: " + s.downBecause();
      next = s.nextConnect();
    }
    return new SourceStatus(
        configured.id(),
        configured.name(),
        url,
        state,
        error,
        success,
        update,
        null,
        next,
        recent,
        notes);
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}

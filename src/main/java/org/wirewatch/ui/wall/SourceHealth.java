package org.wirewatch.ui.wall;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.wirewatch.model.SourceState;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.ui.DisplayTime;
import org.wirewatch.ui.status.StatusText;

/**
 * A source's health as a wall says it, plainly, for someone across the room: "Rediff live: live",
 * "Rediff live: no update for 12 min", "PTI: failing: HTTP 503".
 */
final class SourceHealth {
  /** A live source that brought nothing new for this long is said to be quiet. */
  static final Duration QUIET_AFTER = Duration.ofMinutes(10);

  private SourceHealth() {}

  static String line(String name, SourceStatus s, Instant now, DisplayTime dt) {
    return name + ": " + words(s, now, dt);
  }

  static String words(SourceStatus s, Instant now, DisplayTime dt) {
    if (s == null) {
      return "starting";
    }
    Instant last = s.lastUpdate();
    if (s.state() == SourceState.LIVE
        && last != null
        && Duration.between(last, now).compareTo(QUIET_AFTER) >= 0) {
      return "no update for " + minutes(Duration.between(last, now));
    }
    if (s.state() == SourceState.STALE && s.staleSince() != null) {
      return "not answering for " + minutes(Duration.between(s.staleSince(), now));
    }
    return StatusText.state(s, now, dt);
  }

  /** Whether the source needs attention (the wall colours it). */
  static boolean troubled(SourceStatus s, Instant now) {
    if (s == null) {
      return false;
    }
    return s.state() == SourceState.FAILING
        || s.state() == SourceState.STALE
        || (s.state() == SourceState.LIVE
            && s.lastUpdate() != null
            && Duration.between(s.lastUpdate(), now).compareTo(QUIET_AFTER) >= 0);
  }

  /** Every watched source failing or stale: the wall must say so instead of showing old news. */
  static boolean allFailing(List<SourceStatus> statuses) {
    return !statuses.isEmpty()
        && statuses.stream()
            .allMatch(s -> s.state() == SourceState.FAILING || s.state() == SourceState.STALE);
  }

  static String minutes(Duration d) {
    long m = Math.max(0, d.toMinutes());
    if (m < 60) {
      return m + " min";
    }
    return (m / 60) + " h " + (m % 60) + " min";
  }

  /** What the wall says when no source answers: how old the newest update shown is. */
  static String noneAnswering(List<TimelineEntry> entries, Instant now, DisplayTime dt) {
    TimelineEntry newest = entries.isEmpty() ? null : entries.get(0);
    return "No source is answering."
        + (newest == null
            ? ""
            : " The newest update shown is from "
                + dt.clockOnly(newest.update().publishedInstant())
                + ", "
                + DisplayTime.age(newest.update().publishedInstant(), now)
                + ".");
  }
}

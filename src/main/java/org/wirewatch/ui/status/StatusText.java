package org.wirewatch.ui.status;

import java.time.Duration;
import java.time.Instant;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.ui.DisplayTime;

/** The words the status bar shows for one source: "live", "stale since 18:12", "failing: …". */
public final class StatusText {
  private StatusText() {}

  /** The state in words, e.g. "failing: HTTP 503, retry in 40 s". */
  public static String state(SourceStatus status, Instant now, DisplayTime time) {
    return switch (status.state()) {
      case STARTING -> "starting";
      case LIVE -> "live";
      case STALE ->
          status.staleSince() == null
              ? "stale"
              : "stale since " + time.clockOnly(status.staleSince());
      case FAILING -> {
        String what =
            status.lastError() == null || status.lastError().isBlank()
                ? "failing"
                : "failing: " + status.lastError();
        yield status.nextAttempt() == null
            ? what
            : what + ", retry in " + DisplayTime.wait(Duration.between(now, status.nextAttempt()));
      }
      case STOPPED -> status.lastError() == null ? "stopped" : "stopped: " + status.lastError();
    };
  }

  /** "updated 18:07 · next in 12 s", or what is known of it. */
  public static String timing(SourceStatus status, Instant now, DisplayTime time) {
    StringBuilder out = new StringBuilder();
    if (status.lastUpdate() != null) {
      out.append("updated ").append(time.clockOnly(status.lastUpdate()));
    } else if (status.lastSuccess() != null) {
      out.append("checked ").append(time.clockOnly(status.lastSuccess()));
    }
    if (status.nextAttempt() != null && status.state() != org.wirewatch.model.SourceState.FAILING) {
      if (out.length() > 0) {
        out.append(" · ");
      }
      Duration wait = Duration.between(now, status.nextAttempt());
      out.append(
          wait.isNegative() || wait.isZero() ? "polling now" : "next in " + DisplayTime.wait(wait));
    }
    return out.toString();
  }

  /**
   * What the source's last document said about itself, in a few words: "using the page's Atom
   * feed", "the document was repaired", "+2 more"; empty when it said nothing.
   */
  public static String notes(SourceStatus status) {
    java.util.List<String> problems = status.problems();
    if (problems.isEmpty()) {
      return "";
    }
    String first = problems.get(0);
    int cut = first.indexOf(" (");
    int colon = first.indexOf(": ");
    if (colon > 0 && (cut < 0 || colon < cut)) {
      cut = colon;
    }
    String shortly = cut > 0 ? first.substring(0, cut) : first;
    if (shortly.length() > 48) {
      shortly = shortly.substring(0, 47) + "\u2026";
    }
    return problems.size() == 1 ? shortly : shortly + " +" + (problems.size() - 1) + " more";
  }
}

package org.wirewatch.model;

import java.util.Objects;

/**
 * Whether history is being kept, and if not, why: shown in the status bar and said on stderr.
 *
 * @param on true while updates are being stored
 * @param message what to tell the user ("history: ~/.local/share/wirewatch", "history off: another
 *     Wirewatch is using …"); never empty
 */
public record HistoryStatus(boolean on, String message) {
  public HistoryStatus {
    Objects.requireNonNull(message, "message");
  }

  public static HistoryStatus on(String where) {
    return new HistoryStatus(true, "history: " + where);
  }

  public static HistoryStatus off(String why) {
    return new HistoryStatus(false, "history off: " + why);
  }
}

package org.wirewatch.alert;

import java.util.Locale;
import java.util.Optional;

/** What an alert rule does when it matches. */
public enum AlertAction {
  /** The update is marked in the rule's colour wherever it shows. */
  HIGHLIGHT,
  /** A desktop notification (bursts grouped into one). */
  NOTIFY,
  /** A short tone. */
  SOUND,
  /** A banner across the wall display. */
  TAKEOVER;

  public static Optional<AlertAction> named(String name) {
    for (AlertAction a : values()) {
      if (a.name().equalsIgnoreCase(name.strip())) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

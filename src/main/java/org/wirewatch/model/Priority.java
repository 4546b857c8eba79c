package org.wirewatch.model;

import java.util.Locale;

/** How prominently an update is shown. */
public enum Priority {
  NORMAL,
  BREAKING,
  PINNED;

  /** The lower-case name used in JSON output and configuration. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

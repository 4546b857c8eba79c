package org.wirewatch.ui;

import org.wirewatch.model.TimelineEntry;

/** The sentence a screen reader speaks for an update, the same in every view. */
public final class Spoken {
  private Spoken() {}

  /** What a screen reader says for one update: "18:07, ANI: Headline. Source." */
  public static String of(TimelineEntry entry, DisplayTime time, String source) {
    org.wirewatch.model.LiveUpdate u = entry.update();
    StringBuilder out = new StringBuilder(time.clock(u.publishedInstant()));
    if (u.author() != null && !u.author().isBlank()) {
      out.append(", ").append(u.author().strip());
    }
    out.append(": ");
    if (u.priority() == org.wirewatch.model.Priority.BREAKING) {
      out.append("Breaking. ");
    }
    out.append(u.headline()).append(". ").append(source).append('.');
    if (entry.edited()) {
      out.append(" Edited.");
    }
    if (entry.withdrawn()) {
      out.append(" Withdrawn by the source.");
    }
    return out.toString();
  }
}

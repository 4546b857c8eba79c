package org.wirewatch.store;

import java.util.List;
import org.wirewatch.model.SourceCursor;
import org.wirewatch.model.TimelineEntry;

/** What history gave back on start; see {@code Timeline.restore}. */
public record RestoredHistory(
    List<TimelineEntry> shown, List<TimelineEntry> knownOnly, List<SourceCursor> cursors) {
  public RestoredHistory {
    shown = List.copyOf(shown);
    knownOnly = List.copyOf(knownOnly);
    cursors = List.copyOf(cursors);
  }

  public static RestoredHistory empty() {
    return new RestoredHistory(List.of(), List.of(), List.of());
  }
}

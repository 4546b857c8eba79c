package org.wirewatch.timeline;

import java.util.Comparator;
import org.wirewatch.model.TimelineEntry;

/** Newest first by published time; ties broken so the order is total and stable. */
public final class TimelineOrder {
  private TimelineOrder() {}

  public static final Comparator<TimelineEntry> NEWEST_FIRST =
      Comparator.<TimelineEntry, java.time.Instant>comparing(e -> e.update().publishedInstant())
          .thenComparing(e -> e.update().firstSeen())
          .thenComparing(e -> e.key().source())
          .thenComparing(e -> e.key().id())
          .reversed();
}

package org.wirewatch.ui.timeline;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.collections.ListChangeListener;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;

/**
 * Updates that just arrived at the top while the reader was there: their rows slide in. Nothing
 * slides with reduced motion, or when the reader is scrolled away and would not see it.
 */
final class Arrivals {
  private static final long REMEMBERED_NANOS = 1_000_000_000L;
  private static final long SLIDING_NANOS = 600_000_000L;

  private final Map<UpdateKey, Long> at = new HashMap<>();
  private final BooleanSupplier watching;
  private boolean reducedMotion;

  /** {@code watching}: whether the reader sees the top of the list now. */
  Arrivals(BooleanSupplier watching) {
    this.watching = watching;
  }

  void setReducedMotion(boolean reduced) {
    this.reducedMotion = reduced;
  }

  void note(ListChangeListener.Change<? extends TimelineEntry> c) {
    if (reducedMotion || !watching.getAsBoolean()) {
      return;
    }
    long now = System.nanoTime();
    at.values().removeIf(when -> now - when > REMEMBERED_NANOS);
    while (c.next()) {
      if (c.wasAdded() && !c.wasReplaced() && c.getFrom() < 5) {
        for (TimelineEntry e : c.getAddedSubList()) {
          at.put(e.key(), now);
        }
      }
    }
  }

  boolean justArrived(UpdateKey key) {
    Long when = at.get(key);
    return when != null && System.nanoTime() - when < SLIDING_NANOS;
  }
}

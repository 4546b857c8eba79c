package org.wirewatch.ui.wall;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.wirewatch.model.Priority;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;

/**
 * The breaking takeover's queue: each breaking update that arrives after the wall came up (or one a
 * takeover rule matched) takes the banner in turn; a second one waits behind the first, never
 * overwrites it. Pure bookkeeping: the wall's timer says when a banner's time is up.
 */
final class Takeovers {
  private final Deque<TimelineEntry> waiting = new ArrayDeque<>();
  private final Set<UpdateKey> seen = new HashSet<>();
  private final Consumer<TimelineEntry> show;
  private final Set<org.wirewatch.model.SourceId> sources = new HashSet<>();
  private TimelineEntry showing;

  /**
   * @param backlog what the timeline held when the wall came up
   * @param show puts an entry on the banner ({@code null} clears it)
   */
  Takeovers(List<TimelineEntry> backlog, Consumer<TimelineEntry> show) {
    backlog.forEach(
        e -> {
          seen.add(e.key());
          sources.add(e.update().source());
        });
    this.show = show;
  }

  /** Looks at entries that just arrived, newest first; queues breaking updates not seen before. */
  void consider(List<TimelineEntry> entries) {
    Set<org.wirewatch.model.SourceId> known = Set.copyOf(sources);
    // Oldest first, so two that arrive together show in the order they happened.
    for (int i = entries.size() - 1; i >= 0; i--) {
      TimelineEntry e = entries.get(i);
      sources.add(e.update().source());
      if (e.update().priority() == Priority.BREAKING
          && !e.withdrawn()
          && seen.add(e.key())
          && known.contains(e.update().source())) {
        enqueue(e);
      }
    }
  }

  /** Queues an update a takeover rule matched. */
  void enqueue(TimelineEntry e) {
    seen.add(e.key());
    if (showing == null) {
      showing = e;
      show.accept(e);
    } else if (!showing.key().equals(e.key())
        && waiting.stream().noneMatch(w -> w.key().equals(e.key()))) {
      waiting.add(e);
    }
  }

  /** The banner's time is up: the next one waiting, or none. */
  void next() {
    showing = waiting.poll();
    show.accept(showing);
  }

  TimelineEntry showing() {
    return showing;
  }

  int waiting() {
    return waiting.size();
  }
}

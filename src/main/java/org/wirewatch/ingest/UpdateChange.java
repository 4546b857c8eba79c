package org.wirewatch.ingest;

import java.util.Objects;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;

/** One change to what is known: the event the timeline, the store and alerts subscribe to. */
public sealed interface UpdateChange {

  /** The entry as it stands after the change. */
  TimelineEntry entry();

  default UpdateKey key() {
    return entry().key();
  }

  /** The lower-case event name used on the wire: added, edited or removed. */
  String eventName();

  /** A new update. */
  record Added(TimelineEntry entry) implements UpdateChange {
    public Added {
      Objects.requireNonNull(entry);
    }

    @Override
    public String eventName() {
      return "added";
    }
  }

  /** A known update the source changed; {@code entry().previous()} is what it replaced. */
  record Edited(TimelineEntry entry) implements UpdateChange {
    public Edited {
      Objects.requireNonNull(entry);
    }

    @Override
    public String eventName() {
      return "edited";
    }
  }

  /** A known update the source explicitly withdrew; the entry is now a tombstone. */
  record Removed(TimelineEntry entry) implements UpdateChange {
    public Removed {
      Objects.requireNonNull(entry);
    }

    @Override
    public String eventName() {
      return "removed";
    }
  }
}

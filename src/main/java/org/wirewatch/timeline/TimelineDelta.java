package org.wirewatch.timeline;

import java.util.List;
import org.wirewatch.ingest.UpdateChange;
import org.wirewatch.model.SourceCursor;
import org.wirewatch.model.UpdateKey;

/**
 * What one ingest did to the in-memory timeline: the changes, plus the entries that left memory,
 * because the timeline is bounded or their source was removed (they are not withdrawn).
 *
 * @param sequence this delta's place in the timeline's stream: 1 for the first, then one more each
 *     time; subscribers see them in this order
 * @param cursor the validators of the fetch these changes came from, or {@code null} (a removal, an
 *     eviction, or a fetch that carried none); a delta may carry only a cursor when a fetch brought
 *     new validators but no change
 */
public record TimelineDelta(
    long sequence, List<UpdateChange> changes, List<UpdateKey> evicted, SourceCursor cursor) {
  public TimelineDelta {
    changes = List.copyOf(changes);
    evicted = List.copyOf(evicted);
  }

  public TimelineDelta(long sequence, List<UpdateChange> changes, List<UpdateKey> evicted) {
    this(sequence, changes, evicted, null);
  }

  /** True when no update changed and none left memory (there may still be a cursor). */
  public boolean isEmpty() {
    return changes.isEmpty() && evicted.isEmpty();
  }
}

package org.wirewatch.timeline;

import java.util.List;
import org.wirewatch.ingest.UpdateChange;
import org.wirewatch.model.UpdateKey;

/**
 * What one ingest did to the in-memory timeline: the changes, plus the entries that left memory,
 * because the timeline is bounded or their source was removed (they are not withdrawn).
 *
 * @param sequence this delta's place in the timeline's stream: 1 for the first, then one more each
 *     time; subscribers see them in this order
 */
public record TimelineDelta(long sequence, List<UpdateChange> changes, List<UpdateKey> evicted) {
  public TimelineDelta {
    changes = List.copyOf(changes);
    evicted = List.copyOf(evicted);
  }

  public boolean isEmpty() {
    return changes.isEmpty() && evicted.isEmpty();
  }
}

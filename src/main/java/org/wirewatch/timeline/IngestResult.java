package org.wirewatch.timeline;

import java.time.Instant;
import java.util.List;
import org.wirewatch.ingest.UpdateChange;

/**
 * What one ingest did.
 *
 * @param changes added, edited and removed updates; empty when nothing changed
 * @param staleCopy true when the batch was served as older than one already applied, so nothing of
 *     it was applied
 * @param lastApplied when the newest batch applied for this source was served, or {@code null}
 */
public record IngestResult(List<UpdateChange> changes, boolean staleCopy, Instant lastApplied) {
  public IngestResult {
    changes = List.copyOf(changes);
  }

  static IngestResult skipped() {
    return new IngestResult(List.of(), false, null);
  }
}

package org.wirewatch.timeline;

import java.time.Instant;
import java.util.Objects;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.SourceCursor;
import org.wirewatch.model.SourceId;

/**
 * One fetch of one source, as the timeline ingests it.
 *
 * @param source which source
 * @param snapshot what the document said
 * @param seenAt when Wirewatch received it
 * @param servedAt when the server says this version was made (Last-Modified, else Date), or {@code
 *     null} when it did not say; a batch served as older than the last one applied for the source
 *     is a stale copy and changes nothing
 * @param cursor where the source's reading stands once this batch is applied (its validators), or
 *     {@code null}; published with the batch's delta so a store writes both together
 */
public record SourceBatch(
    SourceId source, FeedSnapshot snapshot, Instant seenAt, Instant servedAt, SourceCursor cursor) {
  public SourceBatch {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(seenAt, "seenAt");
  }

  /** A batch with no validators to carry. */
  public SourceBatch(SourceId source, FeedSnapshot snapshot, Instant seenAt, Instant servedAt) {
    this(source, snapshot, seenAt, servedAt, null);
  }
}

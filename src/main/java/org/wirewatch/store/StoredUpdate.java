package org.wirewatch.store;

import java.util.Objects;
import org.wirewatch.model.TimelineEntry;

/**
 * One update as history holds it: the entry (with its revisions and withdrawal) and the name its
 * source had when it was stored.
 */
public record StoredUpdate(TimelineEntry entry, String sourceName) {
  public StoredUpdate {
    Objects.requireNonNull(entry, "entry");
    sourceName =
        sourceName == null || sourceName.isBlank() ? entry.key().source().value() : sourceName;
  }
}

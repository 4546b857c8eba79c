package org.wirewatch.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An earlier version of an update, kept when the source edited it.
 *
 * @param update the content as it was
 * @param replacedAt when Wirewatch saw it replaced by a newer version
 */
public record Revision(LiveUpdate update, Instant replacedAt) {
  public Revision {
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(replacedAt, "replacedAt");
  }
}

package org.wirewatch.model;

import java.util.Objects;

/**
 * Where an update was first read when it reached this Wirewatch through another one (a relay): the
 * relay's own source id and the name it shows for it. The update's {@link LiveUpdate#source()}
 * stays the source this Wirewatch read it from, so identity, staleness and history keep working per
 * configured source; the origin is what a reader is told.
 *
 * @param sourceId the source's id at the relay, e.g. "rediff"
 * @param name the source's name at the relay, e.g. "Rediff live"; the id when the relay gave none
 */
public record Origin(String sourceId, String name) {
  public Origin {
    Objects.requireNonNull(sourceId, "sourceId");
    sourceId = sourceId.strip();
    if (sourceId.isEmpty()) {
      throw new IllegalArgumentException("origin source id must not be blank");
    }
    name = name == null || name.isBlank() ? sourceId : name.strip();
  }

  /** An origin from untrusted fields, or {@code null} when there is no usable source id. */
  public static Origin ofNullable(String sourceId, String name) {
    return sourceId == null || sourceId.isBlank() ? null : new Origin(sourceId, name);
  }
}

package org.wirewatch.model;

import java.util.Objects;

/** (source, id): the identity of an update across polls and revisions. */
public record UpdateKey(SourceId source, String id) {
  public UpdateKey {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(id, "id");
  }
}

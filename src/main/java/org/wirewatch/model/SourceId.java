package org.wirewatch.model;

import java.util.Objects;

/** Identifies one configured source; stable across runs (it names the source in the store). */
public record SourceId(String value) implements Comparable<SourceId> {
  public SourceId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("source id must not be blank");
    }
  }

  public static SourceId of(String value) {
    return new SourceId(value);
  }

  @Override
  public int compareTo(SourceId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

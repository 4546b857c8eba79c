package org.wirewatch.store;

import java.time.Instant;

/**
 * Row ids that sort as publication times: {@code published_ms * 1024} plus a tie-breaker for
 * updates published in the same millisecond. Search walks the full-text index newest first by
 * rowid, and a time range becomes a rowid range, without sorting anything.
 */
final class RowIds {
  static final long PER_MS = 1024;

  private RowIds() {}

  /** The first row id an update published at {@code ms} would try. */
  static long preferred(long publishedMs, String source, String id) {
    int tie = (source.hashCode() * 31 + id.hashCode()) & (int) (PER_MS - 1);
    return Math.multiplyExact(publishedMs, PER_MS) + tie;
  }

  /** The lowest row id of anything published at or after {@code at}. */
  static long from(Instant at) {
    return Math.multiplyExact(at.toEpochMilli(), PER_MS);
  }
}

package org.wirewatch.store;

import java.time.Instant;
import java.util.Set;
import org.wirewatch.model.SourceId;

/**
 * A search of history.
 *
 * @param text what the user typed: words, "quoted phrases", prefix* and OR (see {@link FtsQuery});
 *     blank means every update in the range
 * @param since only updates published at or after this, or {@code null}
 * @param until only updates published before this, or {@code null}
 * @param sources only these sources; empty means all
 * @param limit at most this many results, newest first; 0 means no limit
 */
public record HistoryQuery(
    String text, Instant since, Instant until, Set<SourceId> sources, int limit) {
  public HistoryQuery {
    text = text == null ? "" : text;
    sources = sources == null ? Set.of() : Set.copyOf(sources);
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    if (since != null && until != null && until.isBefore(since)) {
      throw new IllegalArgumentException("--until " + until + " is before --since " + since);
    }
  }

  public static HistoryQuery text(String text) {
    return new HistoryQuery(text, null, null, Set.of(), 0);
  }

  public HistoryQuery limitedTo(int n) {
    return new HistoryQuery(text, since, until, sources, n);
  }
}

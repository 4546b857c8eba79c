package org.wirewatch.fetch;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Permanent redirects not yet trusted. A 301/308 is only a candidate until its new location answers
 * with a document the handler accepts; until then the source keeps the URL it had. The chain
 * followed so far tells a loop (A → B → A) from a long but honest move. Not thread-safe: the poller
 * guards it with its own lock.
 */
final class PendingMove {
  private final List<URI> chain = new ArrayList<>();
  private String note;

  boolean isEmpty() {
    return chain.isEmpty();
  }

  /** Where the next request goes: the newest candidate, or {@code from} when there is none. */
  URI target(URI from) {
    return chain.isEmpty() ? from : chain.get(chain.size() - 1);
  }

  /**
   * Why following a move from {@code from} (via the candidates so far) to {@code next} must stop,
   * or {@code null} when it may be followed.
   */
  String problemWith(URI from, URI next, int maxMoves) {
    List<URI> seen = new ArrayList<>();
    seen.add(from);
    seen.addAll(chain);
    if (seen.contains(next)) {
      seen.add(next);
      return "permanent redirect loop: "
          + String.join(" → ", seen.stream().map(URI::toString).toList());
    }
    if (chain.size() >= maxMoves) {
      return "too many permanent redirects (more than " + maxMoves + ")";
    }
    return null;
  }

  /** {@code why}: what the status says once the move is kept, or {@code null} for a redirect. */
  void follow(URI next, String why) {
    chain.add(next);
    if (why != null) {
      note = why;
    }
  }

  /** What the status should say about the move, or {@code null} (a plain redirect). */
  String note() {
    return note;
  }

  void clear() {
    chain.clear();
    note = null;
  }
}

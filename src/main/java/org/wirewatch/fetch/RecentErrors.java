package org.wirewatch.fetch;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import org.wirewatch.model.SourceStatus.SourceError;

/** A source's last few errors, oldest first, for the status bar's error list. Not thread-safe. */
final class RecentErrors {
  private final ArrayDeque<SourceError> errors = new ArrayDeque<>();
  private final int limit;

  RecentErrors(int limit) {
    this.limit = limit;
  }

  void add(Instant at, String message) {
    errors.addLast(new SourceError(at, message));
    while (errors.size() > limit) {
      errors.removeFirst();
    }
  }

  List<SourceError> list() {
    return List.copyOf(errors);
  }
}

package org.wirewatch.model;

import java.util.List;
import java.util.Set;

/**
 * Everything one fetch of one source said: the updates in its current window and the ids it
 * explicitly marked as deleted. An update absent from {@link #updates()} is not deleted; only
 * {@link #deletedIds()} withdraws one.
 *
 * @param title the source's own title, or {@code null}
 * @param updates the updates in the window, in document order
 * @param deletedIds ids the source explicitly withdrew (JSON Feed / live-blog deleted markers, Atom
 *     tombstones)
 * @param problems what was wrong with parts of an otherwise readable document, in words (e.g. "item
 *     3 is a number, not an object; skipped"), for the source's status; empty for a clean document
 */
public record FeedSnapshot(
    String title, List<LiveUpdate> updates, Set<String> deletedIds, List<String> problems) {
  public FeedSnapshot {
    updates = updates == null ? List.of() : List.copyOf(updates);
    deletedIds = deletedIds == null ? Set.of() : Set.copyOf(deletedIds);
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  /** A snapshot of a clean document: no problems to report. */
  public FeedSnapshot(String title, List<LiveUpdate> updates, Set<String> deletedIds) {
    this(title, updates, deletedIds, List.of());
  }

  public static FeedSnapshot of(List<LiveUpdate> updates) {
    return new FeedSnapshot(null, updates, Set.of());
  }
}

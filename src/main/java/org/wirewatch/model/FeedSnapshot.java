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
 */
public record FeedSnapshot(String title, List<LiveUpdate> updates, Set<String> deletedIds) {
  public FeedSnapshot {
    updates = updates == null ? List.of() : List.copyOf(updates);
    deletedIds = deletedIds == null ? Set.of() : Set.copyOf(deletedIds);
  }

  public static FeedSnapshot of(List<LiveUpdate> updates) {
    return new FeedSnapshot(null, updates, Set.of());
  }
}

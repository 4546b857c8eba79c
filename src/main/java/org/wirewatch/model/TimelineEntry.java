package org.wirewatch.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the timeline knows about one update: its current version, the versions it replaced, and
 * whether the source withdrew it.
 *
 * @param update the current version
 * @param revisions earlier versions, oldest first, at most {@link #MAX_REVISIONS}; empty when never
 *     edited
 * @param editedAt when the latest edit was seen, or {@code null} when never edited
 * @param withdrawnAt when the source explicitly deleted it, or {@code null}; a withdrawn entry
 *     stays as a tombstone so a reader can see that it was withdrawn
 */
public record TimelineEntry(
    LiveUpdate update, List<Revision> revisions, Instant editedAt, Instant withdrawnAt) {

  /**
   * Revisions kept per update. A pinned summary edited every few minutes for days must not grow
   * without end on a wall display; the oldest revisions go first.
   */
  public static final int MAX_REVISIONS = 50;

  public TimelineEntry {
    Objects.requireNonNull(update, "update");
    revisions = revisions == null ? List.of() : List.copyOf(revisions);
  }

  public static TimelineEntry first(LiveUpdate update) {
    return new TimelineEntry(update, List.of(), null, null);
  }

  public UpdateKey key() {
    return update.key();
  }

  public boolean edited() {
    return !revisions.isEmpty();
  }

  public boolean withdrawn() {
    return withdrawnAt != null;
  }

  /** This entry after the source published {@code newer}, seen at {@code at}. */
  public TimelineEntry revisedBy(LiveUpdate newer, Instant at) {
    List<Revision> all = new ArrayList<>(revisions);
    all.add(new Revision(update, at));
    if (all.size() > MAX_REVISIONS) {
      all.subList(0, all.size() - MAX_REVISIONS).clear();
    }
    return new TimelineEntry(newer, all, at, null);
  }

  public TimelineEntry withdrawnAt(Instant at) {
    return new TimelineEntry(update, revisions, editedAt, at);
  }

  /**
   * When the update was edited, as a reader should be told: the source's own modification time when
   * it gave one (the "edited 18:12" of a live blog), else when Wirewatch saw the edit; {@code null}
   * when never edited.
   */
  public Instant editTime() {
    if (!edited()) {
      return null;
    }
    LiveUpdate before = previous();
    if (update.updated() != null && update.updated().toInstant().isAfter(before.lastModified())) {
      return update.updated().toInstant();
    }
    return editedAt;
  }

  /** The version before the current one, or {@code null} when never edited. */
  public LiveUpdate previous() {
    return revisions.isEmpty() ? null : revisions.get(revisions.size() - 1).update();
  }
}

package org.wirewatch.relay;

import java.time.Instant;
import java.util.List;
import org.wirewatch.model.TimelineEntry;

/**
 * What a relay can replay beyond its event log: the entries that changed since a moment, from the
 * relay's history when it keeps one. A screen that was away longer than the log reaches (or across
 * a relay restart) gets only those, instead of everything the relay holds.
 */
@FunctionalInterface
public interface RelayBackfill {
  /**
   * The entries added, edited or withdrawn at or after {@code since}, oldest change first; {@code
   * null} when that is not known or is more than {@code max} entries.
   */
  List<TimelineEntry> changedSince(Instant since, int max);
}

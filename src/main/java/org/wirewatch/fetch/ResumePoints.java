package org.wirewatch.fetch;

import org.wirewatch.model.SourceCursor;
import org.wirewatch.source.SourceConfig;

/**
 * Where a source's polling picks up after a restart: the validators (and a permanent move) stored
 * with the updates they vouch for, so the first poll is conditional and a 304 costs no body.
 */
@FunctionalInterface
public interface ResumePoints {
  /** Nowhere: every source starts afresh. */
  ResumePoints NONE = source -> null;

  /**
   * The cursor to resume {@code source} from, or {@code null}. Only a cursor that was stored for
   * this source as configured now (same URL) may be given; one that vouches for updates the
   * timeline does not hold would turn their absence into a 304.
   */
  SourceCursor resumeAt(SourceConfig source);
}

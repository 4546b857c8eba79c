package org.wirewatch.fetch;

import org.wirewatch.model.SourceStatus;
import org.wirewatch.source.SourceConfig;

/**
 * Keeps one source's updates coming and its {@link SourceStatus} current: a poller today, a push
 * stream with poll fallback later. {@link PollerGroup} holds runners behind this interface only.
 */
public interface SourceRunner {

  /** The source as configured now. */
  SourceConfig source();

  /** The latest status. */
  SourceStatus status();

  /** Starts fetching (at once); does nothing if already running. */
  void start();

  /** Stops fetching and discards work in flight. */
  void stop();

  /**
   * Asks for fresh data now (the manual refresh).
   *
   * @return false when the runner is not running
   */
  boolean pollNow();

  /**
   * Takes an edited configuration of the same source whose URL did not change (a new name,
   * interval, zone, format or selectors), keeping what the runner learned: validators, backoff,
   * throttling, a permanent move.
   */
  void reconfigure(SourceConfig edited);
}

package org.wirewatch.model;

/** The coarse health of a source, as the status bar colours it. */
public enum SourceState {
  /** Not fetched yet. */
  STARTING,
  /** The last attempt succeeded (a 304 counts). */
  LIVE,
  /** No success for several intervals, but not failing outright (e.g. slow, or just started). */
  STALE,
  /** The last attempt failed; retrying with backoff. */
  FAILING,
  /** Polling stopped for good (HTTP 410 Gone, or disabled). */
  STOPPED
}

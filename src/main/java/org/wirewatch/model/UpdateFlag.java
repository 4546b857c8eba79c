package org.wirewatch.model;

/**
 * Something wrong with one item that did not stop it from being shown. A flagged update is kept,
 * never dropped, so a reader sees it and can judge it.
 */
public enum UpdateFlag {
  /** The source gave no date; the first-seen time stands in for it. */
  MISSING_DATE,
  /** The source gave a date nobody could read; the first-seen time stands in for it. */
  UNREADABLE_DATE,
  /** The date lies in the future beyond tolerance (clock skew); shown at its first-seen time. */
  FUTURE_DATE,
  /** The source gave no headline; one was derived from the body. */
  MISSING_HEADLINE,
  /** A time-only stamp was completed with a date guessed from the page or the fetch date. */
  INFERRED_DATE
}

package org.wirewatch.fetch;

import java.net.URI;

/**
 * Fetches a URL once, conditionally. Blocking: call it from a background task, never from the FX
 * thread. Implementations never throw for HTTP or network trouble; they return {@link
 * FetchOutcome.Failed}.
 */
@FunctionalInterface
public interface Fetcher {
  /**
   * @param url what to fetch
   * @param validators what the last good response said, or {@link Validators#NONE}
   */
  FetchOutcome fetch(URI url, Validators validators);
}

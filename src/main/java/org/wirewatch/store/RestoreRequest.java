package org.wirewatch.store;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * What to bring back on start.
 *
 * @param sources the sources configured now, with their configured URLs: only their updates come
 *     back, and a cursor only when it was stored for the same URL
 * @param since updates published, first seen and edited before this are not shown again (but stay
 *     known)
 * @param maxShown at most this many shown, the newest
 * @param knownPerSource per source, this many newest updates are remembered beyond those shown, so
 *     a feed still listing them does not announce them as new
 */
public record RestoreRequest(
    Map<org.wirewatch.model.SourceId, URI> sources,
    Instant since,
    int maxShown,
    int knownPerSource) {
  public RestoreRequest {
    sources = Map.copyOf(sources);
  }
}

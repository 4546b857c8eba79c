package org.wirewatch.store;

import java.net.URI;
import org.wirewatch.model.SourceId;

/**
 * What the store asks about a source when it writes: its display name (searched, and shown in
 * results long after the source was removed), and the URL the user configured for it, so a cursor
 * is only resumed for the same configuration.
 */
public interface SourceDirectory {
  /** The display name, or {@code null} when unknown. */
  String name(SourceId source);

  /** The URL the user configured, or {@code null} when unknown. */
  URI configuredUrl(SourceId source);

  /** Whether history keeps this source at all (the demo, for one, is not kept). */
  default boolean keeps(SourceId source) {
    return true;
  }

  /** A directory that knows nothing (tests, tools). */
  SourceDirectory NONE =
      new SourceDirectory() {
        @Override
        public String name(SourceId source) {
          return null;
        }

        @Override
        public URI configuredUrl(SourceId source) {
          return null;
        }
      };
}

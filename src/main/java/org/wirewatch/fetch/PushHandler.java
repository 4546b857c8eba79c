package org.wirewatch.fetch;

import org.wirewatch.source.SourceConfig;

/** What a push source does with one event: in the app, read it and ingest what it says. */
@FunctionalInterface
public interface PushHandler {
  /**
   * Called on the stream's thread, in the order events arrive.
   *
   * @return what handling the event came to (changes, problems)
   * @throws Exception when the event's data is not readable: it is skipped and reported, and the
   *     stream goes on
   */
  BodyHandler.Handled handle(SourceConfig source, StreamEvent event) throws Exception;
}

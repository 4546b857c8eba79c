package org.wirewatch.fetch;

import org.wirewatch.model.SourceStatus;
import org.wirewatch.source.SourceConfig;

/**
 * What the poller does with a fetched body: in the app, parse it and ingest it into the timeline.
 * Called on the poller's background thread, once per 2xx response (never for a 304).
 */
@FunctionalInterface
public interface BodyHandler {
  /**
   * @param source the source as polled now (its URL reflects a permanent move)
   * @param body the body to handle
   * @return how many updates were added, edited or removed; more than zero sets the source's {@link
   *     SourceStatus#lastUpdate()}
   * @throws Exception when the body cannot be handled (a parse error): the source turns FAILING
   *     with the exception's message, and the response's validators are not kept, so the next poll
   *     fetches the body again instead of getting a 304
   */
  Handled handle(SourceConfig source, FetchedBody body) throws Exception;

  /**
   * What handling a body came to.
   *
   * @param changes updates added, edited or removed
   * @param problems what was wrong with parts of an otherwise readable document, in words (an item
   *     skipped, a date unreadable); shown with the source's status
   */
  record Handled(int changes, java.util.List<String> problems) {
    public Handled {
      problems = problems == null ? java.util.List.of() : java.util.List.copyOf(problems);
    }

    public static Handled changes(int changes) {
      return new Handled(changes, java.util.List.of());
    }
  }
}

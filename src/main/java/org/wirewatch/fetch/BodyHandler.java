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
   * @param follow a feed this document points at instead of holding updates itself (a web page
   *     advertising its feed), or {@code null}: the poller polls it instead, as it follows a
   *     permanent redirect, and keeps it once it answered with a document
   * @param followNote what the status says while the source is read from {@code follow} ("using the
   *     page's Atom feed")
   */
  record Handled(
      int changes, java.util.List<String> problems, java.net.URI follow, String followNote) {
    public Handled {
      problems = problems == null ? java.util.List.of() : java.util.List.copyOf(problems);
    }

    public Handled(int changes, java.util.List<String> problems) {
      this(changes, problems, null, null);
    }

    /** Nothing handled here: poll {@code feed} instead. */
    public static Handled follow(java.net.URI feed, String note) {
      return new Handled(0, java.util.List.of(), java.util.Objects.requireNonNull(feed), note);
    }

    public static Handled changes(int changes) {
      return new Handled(changes, java.util.List.of());
    }
  }
}

package org.wirewatch.app;

import java.time.Clock;
import java.time.Instant;
import org.wirewatch.fetch.ConditionalFetcher;
import org.wirewatch.fetch.FetchOutcome;
import org.wirewatch.fetch.FetchedBody;
import org.wirewatch.format.FeedParseException;
import org.wirewatch.format.FeedParsers;
import org.wirewatch.format.ParseContext;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.source.SourceConfig;

/**
 * Turns what a source sent into a snapshot: the one place a {@link ParseContext} is built from a
 * source's configuration. Also the one-shot fetch behind {@code --once} and "test this source".
 */
public final class SourceReader {
  private final FeedParsers parsers;
  private final ConditionalFetcher fetcher;
  private final Clock clock;

  SourceReader(FeedParsers parsers, ConditionalFetcher fetcher, Clock clock) {
    this.parsers = parsers;
    this.fetcher = fetcher;
    this.clock = clock;
  }

  /** Parses a body with the source's pinned format, or sniffs it. */
  public FeedSnapshot read(SourceConfig source, FetchedBody body) throws FeedParseException {
    ParseContext context =
        new ParseContext(
            source.id(),
            body.finalUrl(),
            body.contentType(),
            source.zone(),
            body.fetchedAt(),
            source.selectors());
    return parsers.parse(body.bytes(), context, source.format());
  }

  /**
   * What one unconditional fetch and parse came to: a snapshot, or why there is none.
   *
   * @param snapshot what the source holds, or {@code null} on failure
   * @param fetchedAt when it was fetched
   * @param error why it failed, in words, or {@code null}
   */
  public record Once(FeedSnapshot snapshot, Instant fetchedAt, String error) {
    static Once failed(String error, Instant at) {
      return new Once(null, at, error);
    }

    public boolean ok() {
      return error == null;
    }
  }

  /** Fetches (following every redirect, no validators) and parses once. Blocks: not on FX. */
  public Once fetchOnce(SourceConfig source) {
    FetchOutcome outcome = fetcher.fetch(source);
    Instant at = clock.instant();
    if (outcome instanceof FetchOutcome.Fetched fetched) {
      try {
        FetchedBody body =
            new FetchedBody(
                fetched.body(),
                fetched.contentType(),
                fetched.finalUrl(),
                at,
                fetched.served(),
                fetched.validators());
        return new Once(read(source, body), at, null);
      } catch (FeedParseException e) {
        return Once.failed(e.getMessage(), at);
      }
    }
    if (outcome instanceof FetchOutcome.Failed failed) {
      return Once.failed(failed.message(), at);
    }
    if (outcome instanceof FetchOutcome.Gone gone) {
      return Once.failed(gone.message() == null ? "HTTP 410 Gone" : gone.message(), at);
    }
    return Once.failed("unexpected answer: " + outcome, at);
  }
}

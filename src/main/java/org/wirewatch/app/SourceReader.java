package org.wirewatch.app;

import java.time.Clock;
import java.time.Instant;
import org.wirewatch.fetch.ConditionalFetcher;
import org.wirewatch.fetch.FetchOutcome;
import org.wirewatch.fetch.FetchedBody;
import org.wirewatch.format.FeedDiscoveredException;
import org.wirewatch.format.FeedLink;
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
  public record Once(
      FeedSnapshot snapshot, Instant fetchedAt, String error, java.util.List<FeedLink> feeds) {
    public Once {
      feeds = feeds == null ? java.util.List.of() : java.util.List.copyOf(feeds);
    }

    public Once(FeedSnapshot snapshot, Instant fetchedAt, String error) {
      this(snapshot, fetchedAt, error, null);
    }

    static Once failed(String error, Instant at) {
      return new Once(null, at, error);
    }

    public boolean ok() {
      return error == null;
    }
  }

  /**
   * Fetches (following every redirect, no validators) and parses once; a web page that advertises
   * feeds is read through the first of them, and {@link Once#feeds()} lists them all. Blocks: not
   * on FX.
   */
  public Once fetchOnce(SourceConfig source) {
    Once once = fetchOnceAt(source);
    if (once.feeds().isEmpty()) {
      return once;
    }
    FeedLink first = once.feeds().get(0);
    Once viaFeed = fetchOnceAt(source.withUrl(first.url()));
    if (!viaFeed.ok()) {
      return new Once(
          null, viaFeed.fetchedAt(), once.error() + "; " + viaFeed.error(), once.feeds());
    }
    java.util.List<String> problems = new java.util.ArrayList<>();
    problems.add("using " + first.describe() + " (" + first.url() + ")");
    problems.addAll(viaFeed.snapshot().problems());
    FeedSnapshot s = viaFeed.snapshot();
    return new Once(
        new FeedSnapshot(s.title(), s.updates(), s.deletedIds(), problems),
        viaFeed.fetchedAt(),
        null,
        once.feeds());
  }

  private Once fetchOnceAt(SourceConfig source) {
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
      } catch (FeedDiscoveredException e) {
        return new Once(null, at, e.getMessage(), e.feeds());
      } catch (FeedParseException e) {
        return Once.failed(e.getMessage(), at);
      }
    }
    if (outcome instanceof FetchOutcome.Failed failed) {
      return Once.failed(failed.message(), at);
    }
    if (outcome instanceof FetchOutcome.EventStream) {
      return Once.failed(
          "the URL is a Server-Sent Events stream: it is followed as it pushes, not read once", at);
    }
    if (outcome instanceof FetchOutcome.Gone gone) {
      return Once.failed(gone.message() == null ? "HTTP 410 Gone" : gone.message(), at);
    }
    return Once.failed("unexpected answer: " + outcome, at);
  }
}

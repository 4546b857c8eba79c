package org.wirewatch.fetch;

import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.source.SourceConfig;

/** One poll's blocking part, apart from the poller's bookkeeping: fetch, then hand a body on. */
final class PollAttempt {
  private static final Logger LOG = LoggerFactory.getLogger(PollAttempt.class);

  private PollAttempt() {}

  /** The blocking part: fetch, then hand a body to the handler. Holds no lock. */
  static Result run(PollingContext context, SourceConfig target, Validators sent) {
    FetchOutcome outcome;
    try {
      outcome = context.fetcher().fetch(target.url(), sent);
    } catch (RuntimeException e) {
      LOG.warn("fetcher threw for " + target.id(), e);
      return new Result.Failure(describe(e), null);
    }
    if (outcome instanceof FetchOutcome.Fetched fetched) {
      FetchedBody body =
          new FetchedBody(
              fetched.body(),
              fetched.contentType(),
              fetched.finalUrl(),
              context.clock().instant(),
              fetched.served(),
              fetched.validators());
      try {
        BodyHandler.Handled handled = context.handler().handle(target, body);
        if (handled.follow() != null) {
          return new Result.MovedTo(handled.follow(), handled.followNote());
        }
        return new Result.Handled(handled, fetched.validators());
      } catch (Exception | StackOverflowError e) {
        // A parser blowing up on hostile input fails this source only.
        return new Result.Failure(describe(e), null);
      }
    }
    if (outcome instanceof FetchOutcome.NotModified) {
      return new Result.Unchanged();
    }
    if (outcome instanceof FetchOutcome.Moved moved) {
      return new Result.MovedTo(moved.newUrl(), null);
    }
    if (outcome instanceof FetchOutcome.EventStream stream) {
      // Not a document to poll: whoever can follows it as push from now on.
      if (context.streamFound() != null) {
        SourceConfig pushing =
            target
                .withUrl(stream.url())
                .withPush(org.wirewatch.source.PushSettings.of(stream.url()));
        context.scheduler().execute(() -> context.streamFound().accept(pushing));
      }
      return new Result.Failure("the URL answers with an event stream (text/event-stream)", null);
    }
    if (outcome instanceof FetchOutcome.Gone g) {
      return new Result.Removed(g.message() == null ? "HTTP 410 Gone" : g.message());
    }
    FetchOutcome.Failed failed = (FetchOutcome.Failed) outcome;
    return new Result.Failure(failed.message(), failed.retryAfter());
  }

  static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** What one attempt came to, once the handler has had its say. */
  sealed interface Result {
    record Handled(BodyHandler.Handled outcome, Validators validators) implements Result {}

    record Unchanged() implements Result {}

    /** A permanent redirect, or a feed the document points at ({@code note} says which). */
    record MovedTo(URI url, String note) implements Result {}

    record Removed(String message) implements Result {}

    record Failure(String message, Duration retryAfter) implements Result {}
  }
}

package org.wirewatch.app;

import org.wirewatch.fetch.BodyHandler;
import org.wirewatch.fetch.FetchedBody;
import org.wirewatch.format.FeedParsers;
import org.wirewatch.format.ParseContext;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.timeline.Timeline;

/**
 * The poller's body handler: parse with the source's pinned format (or sniff), then merge into the
 * timeline. Runs on the poller's background thread; a parse error propagates so the poller shows
 * the source as failing and the timeline stays as it was.
 */
final class ParseAndIngest implements BodyHandler {
  private final FeedParsers parsers;
  private final Timeline timeline;

  ParseAndIngest(FeedParsers parsers, Timeline timeline) {
    this.parsers = parsers;
    this.timeline = timeline;
  }

  @Override
  public Handled handle(SourceConfig source, FetchedBody body) throws Exception {
    FeedSnapshot snapshot = parse(source, body);
    int changes = timeline.ingest(source.id(), snapshot, body.fetchedAt()).size();
    return new Handled(changes, snapshot.problems());
  }

  FeedSnapshot parse(SourceConfig source, FetchedBody body) throws Exception {
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
}

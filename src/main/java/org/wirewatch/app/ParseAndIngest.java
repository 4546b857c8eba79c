package org.wirewatch.app;

import org.wirewatch.fetch.BodyHandler;
import org.wirewatch.fetch.FetchedBody;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.timeline.Timeline;

/**
 * The poller's body handler: read the body, then merge it into the timeline. Runs on the poller's
 * background thread; a parse error propagates so the poller shows the source as failing and the
 * timeline stays as it was.
 */
final class ParseAndIngest implements BodyHandler {
  private final SourceReader reader;
  private final Timeline timeline;

  ParseAndIngest(SourceReader reader, Timeline timeline) {
    this.reader = reader;
    this.timeline = timeline;
  }

  @Override
  public Handled handle(SourceConfig source, FetchedBody body) throws Exception {
    FeedSnapshot snapshot = reader.read(source, body);
    int changes = timeline.ingest(source.id(), snapshot, body.fetchedAt()).size();
    return new Handled(changes, snapshot.problems());
  }
}

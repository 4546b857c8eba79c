package org.wirewatch.app;

import java.util.function.Predicate;
import org.wirewatch.fetch.BodyHandler;
import org.wirewatch.fetch.FetchedBody;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.SourceId;
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
  private final Predicate<SourceId> watched;

  /**
   * @param watched whether a source is still configured: a poll that was in flight when its source
   *     was removed must not bring the source's updates back
   */
  ParseAndIngest(SourceReader reader, Timeline timeline, Predicate<SourceId> watched) {
    this.reader = reader;
    this.timeline = timeline;
    this.watched = watched;
  }

  @Override
  public Handled handle(SourceConfig source, FetchedBody body) throws Exception {
    FeedSnapshot snapshot = reader.read(source, body);
    int changes;
    // Checked under the timeline's own lock, which forgetSource also takes: a removed source is
    // either forgotten after this ingest or skipped here, never brought back.
    synchronized (timeline) {
      if (!watched.test(source.id())) {
        return Handled.changes(0);
      }
      changes = timeline.ingest(source.id(), snapshot, body.fetchedAt()).size();
    }
    return new Handled(changes, snapshot.problems());
  }
}

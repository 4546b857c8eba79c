package org.wirewatch.app;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.wirewatch.fetch.BodyHandler;
import org.wirewatch.fetch.FetchedBody;
import org.wirewatch.format.FeedDiscoveredException;
import org.wirewatch.format.FeedLink;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.SourceCursor;
import org.wirewatch.model.SourceId;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.timeline.IngestResult;
import org.wirewatch.timeline.SourceBatch;
import org.wirewatch.timeline.Timeline;

/**
 * The poller's body handler: read the body, then merge it into the timeline. Runs on the poller's
 * background thread; a parse error propagates so the poller shows the source as failing and the
 * timeline stays as it was.
 */
final class ParseAndIngest implements BodyHandler {
  private static final DateTimeFormatter HTTP_TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

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

  private static SourceCursor cursor(SourceConfig source, FetchedBody body) {
    return new SourceCursor(
        source.id(),
        source.url(),
        body.validators().etag(),
        body.validators().lastModified(),
        body.served());
  }

  @Override
  public Handled handle(SourceConfig source, FetchedBody body) throws Exception {
    FeedSnapshot snapshot;
    try {
      snapshot = reader.read(source, body);
    } catch (FeedDiscoveredException page) {
      // A web page that advertises its feed: poll the feed instead, as after a permanent move.
      FeedLink feed = page.feeds().get(0);
      return Handled.follow(feed.url(), "using " + feed.describe() + " (" + feed.url() + ")");
    }
    // The timeline asks `watched` under the same lock forgetSource takes: a removed source is
    // either forgotten after this ingest or skipped here, never brought back.
    IngestResult result =
        timeline.ingest(
            new SourceBatch(
                source.id(), snapshot, body.fetchedAt(), body.served(), cursor(source, body)),
            watched);
    if (result.staleCopy()) {
      List<String> problems = new ArrayList<>(snapshot.problems());
      problems.add(
          "the server sent an older copy (made "
              + HTTP_TIME.format(body.served())
              + ", after one made "
              + HTTP_TIME.format(result.lastApplied())
              + "); ignored it");
      return new Handled(0, problems);
    }
    return new Handled(result.changes().size(), snapshot.problems());
  }
}

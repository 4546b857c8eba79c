package org.wirewatch.app;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.wirewatch.fetch.BodyHandler;
import org.wirewatch.fetch.PushHandler;
import org.wirewatch.fetch.StreamEvent;
import org.wirewatch.format.FeedParsers;
import org.wirewatch.format.ParseContext;
import org.wirewatch.format.push.FieldMap;
import org.wirewatch.format.push.StreamEventReader;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.SourceId;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.timeline.IngestResult;
import org.wirewatch.timeline.SourceBatch;
import org.wirewatch.timeline.Timeline;

/**
 * A push source's event handler: read the event's data with the feed parsers, then merge what it
 * says into the timeline, as one more batch of the source. An event carries one update, or one
 * withdrawal: what it does not mention stays (a snapshot never deletes by omission).
 */
final class PushIngest implements PushHandler {
  private final StreamEventReader reader;
  private final Timeline timeline;
  private final Predicate<SourceId> watched;
  private final Clock clock;
  private final Map<String, FieldMap> fieldMaps = new ConcurrentHashMap<>();

  PushIngest(FeedParsers parsers, Timeline timeline, Predicate<SourceId> watched, Clock clock) {
    this.reader = new StreamEventReader(parsers);
    this.timeline = timeline;
    this.watched = watched;
    this.clock = clock;
  }

  // Parsed once per spec, not once per event: a busy stream pushes many events a second.
  private FieldMap fieldMap(String spec) {
    return fieldMaps.computeIfAbsent(spec, FieldMap::parse);
  }

  @Override
  public BodyHandler.Handled handle(SourceConfig source, StreamEvent event) throws Exception {
    Instant now = clock.instant();
    ParseContext context =
        new ParseContext(
            source.id(), source.push().stream(), "application/json", source.zone(), now, null);
    FieldMap fields = source.push().fields() == null ? null : fieldMap(source.push().fields());
    Optional<FeedSnapshot> snapshot =
        reader.read(event.type(), event.data(), context, fields, source.push().filter());
    if (snapshot.isEmpty()) {
      return BodyHandler.Handled.changes(0);
    }
    // No served time: events are not copies of a document, so none is "older" than a poll.
    IngestResult result =
        timeline.ingest(new SourceBatch(source.id(), snapshot.get(), now, null), watched);
    return new BodyHandler.Handled(result.changes().size(), snapshot.get().problems());
  }
}

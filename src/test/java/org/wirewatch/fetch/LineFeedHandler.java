package org.wirewatch.fetch;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.format.FeedParseException;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.timeline.Timeline;

/**
 * Stands in for parse + ingest: reads a toy feed of {@code id|headline} lines into a real {@link
 * Timeline}, and throws {@link FeedParseException} on any other line.
 */
final class LineFeedHandler implements BodyHandler {
  static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2025-08-07T18:07:00+05:30");

  private final Timeline timeline;
  private final List<FetchedBody> bodies = new ArrayList<>();

  LineFeedHandler(Timeline timeline) {
    this.timeline = timeline;
  }

  @Override
  public Handled handle(SourceConfig source, FetchedBody body) throws FeedParseException {
    bodies.add(body);
    String[] lines = new String(body.bytes(), StandardCharsets.UTF_8).split("\n");
    List<LiveUpdate> updates = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      if (lines[i].startsWith("#")) {
        problems.add("line " + (i + 1) + " skipped: " + lines[i].substring(1).trim());
        continue;
      }
      String[] parts = lines[i].split("\\|", 2);
      if (parts.length != 2) {
        throw new FeedParseException("line " + (i + 1) + ": expected id|headline");
      }
      updates.add(
          new LiveUpdate(
              source.id(),
              parts[0],
              PUBLISHED,
              null,
              parts[1],
              "",
              null,
              null,
              null,
              null,
              null,
              body.fetchedAt(),
              null));
    }
    return new Handled(
        timeline.ingest(source.id(), FeedSnapshot.of(updates), body.fetchedAt()).size(), problems);
  }

  int calls() {
    return bodies.size();
  }

  List<FetchedBody> bodies() {
    return bodies;
  }
}

package org.wirewatch.format.conformance;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import org.wirewatch.format.FeedParseException;
import org.wirewatch.format.ParseContext;
import org.wirewatch.format.feed.RssAtomParser;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.SourceId;

/** Runs one fixture through the RSS/Atom parser, UTC as the source zone, fetched "now". */
final class ConformanceRunner {
  /** After every fixture's dates, so none is flagged as lying in the future. */
  static final Instant FETCHED = Instant.parse("2030-01-01T00:00:00Z");

  private final RssAtomParser parser = RssAtomParser.forRss();

  record Result(FeedSnapshot snapshot, String error) {
    boolean ok() {
      return snapshot != null;
    }
  }

  Result parse(byte[] bytes, URI base, String contentType) {
    ParseContext ctx =
        new ParseContext(SourceId.of("fixture"), base, contentType, ZoneOffset.UTC, FETCHED, null);
    try {
      return new Result(parser.parse(bytes, ctx), null);
    } catch (FeedParseException e) {
      return new Result(null, e.getMessage());
    } catch (RuntimeException e) {
      return new Result(null, "CRASH " + e);
    }
  }
}

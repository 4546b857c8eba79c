package org.wirewatch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wirewatch.format.FeedFormat;
import org.wirewatch.format.FeedParsers;
import org.wirewatch.format.ParseContext;
import org.wirewatch.model.SourceId;

/** What parsing a real document costs, per format, with sniffing. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ParseBenchmark {
  private final FeedParsers parsers = FeedParsers.standard();
  private byte[] jsonFeed;
  private byte[] rss;
  private ParseContext context;

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = ParseBenchmark.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("missing test resource " + path);
      }
      return in.readAllBytes();
    }
  }

  @Setup
  public void setUp() throws IOException {
    jsonFeed = resource("/fixtures/rsparser/Tests/RSParserTests/Resources/rose.json");
    rss = resource("/fixtures/rsparser/Tests/RSParserTests/Resources/livemint.xml");
    context =
        new ParseContext(
            SourceId.of("bench"),
            URI.create("https://example.org/feed"),
            null,
            ZoneId.of("Asia/Kolkata"),
            Instant.parse("2025-08-07T12:40:00Z"),
            null);
  }

  /** rose.json: 442 KB, 84 items of HTML (sanitized). */
  @Benchmark
  public Object jsonFeed84Items() throws Exception {
    return parsers.parse(jsonFeed, context, null);
  }

  /** livemint.xml: a real news RSS feed through Rome and the hardened XML parser. */
  @Benchmark
  public Object rssLivemint() throws Exception {
    return parsers.parse(rss, context, FeedFormat.RSS);
  }
}

package org.wirewatch.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.wirewatch.format.FeedParseException;
import org.wirewatch.format.FeedParsers;
import org.wirewatch.format.PageSelectors;
import org.wirewatch.format.ParseContext;
import org.wirewatch.format.page.PagePresets;
import org.wirewatch.format.push.FieldMap;
import org.wirewatch.format.push.StreamEventReader;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.SourceId;
import org.wirewatch.timeline.IngestResult;
import org.wirewatch.timeline.SourceBatch;
import org.wirewatch.timeline.Timeline;

/**
 * Bytes to timeline, per format, on one thread: sniff and parse (sanitizing included), then diff
 * and merge, as {@code ParseAndIngest} does for a poll. Scores are updates per second: each
 * benchmark counts the document's items as its operations (gc.alloc.rate.norm is then per update;
 * times the items, per document). {@code first*} ingests into an empty timeline; {@code repoll*}
 * reads the same document again into a timeline that already holds it (the steady state: nothing
 * changes). {@code first*} reads with parsers that have seen nothing, as a new app does; {@code
 * repoll*} with the ones that read the document before, whose sanitizer remembers its items. Run
 * with {@code bench/run.sh IngestBenchmark -prof gc}; see docs/PERFORMANCE.md.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class IngestBenchmark {
  static final int JSON_FEED_ITEMS = 500;
  static final int LIVE_BLOG_UPDATES = 400;
  static final int ROSE_ITEMS = 84;
  static final int RSS_ITEMS = 25;
  static final int ATOM_ITEMS = 48;
  static final int PAGE_ITEMS = 3;

  private static final Instant NOW = Instant.parse("2025-08-07T18:40:00Z");
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  private static final String RESOURCES = "/fixtures/rsparser/Tests/RSParserTests/Resources/";
  private static final String EVENT_FIELDS =
      "id:meta.id,headline:title,text:comment,html:parsedcomment,author:user,url:meta.uri,"
          + "time:meta.dt";

  private static final FeedParsers PARSERS = FeedParsers.standard();

  /**
   * A document, its context, and a timeline that already holds it. One state per document, so a
   * benchmark sets up only the one it reads.
   */
  public abstract static class Doc {
    byte[] bytes;
    ParseContext context;
    final Timeline held = new Timeline();

    void setUp(String name, byte[] bytes, String url, String type, PageSelectors sel, int n)
        throws FeedParseException {
      this.bytes = bytes;
      this.context = new ParseContext(SourceId.of(name), URI.create(url), type, KOLKATA, NOW, sel);
      int items = PARSERS.parse(bytes, context, null).updates().size();
      if (items != n) {
        throw new IllegalStateException(name + " has " + items + " items, expected " + n);
      }
      ingest(held, this);
      if (!ingest(held, this).changes().isEmpty()) {
        throw new IllegalStateException(name + ": reading it again changed the timeline");
      }
    }
  }

  /** Generated JSON Feed: 500 items of news HTML, about 1 MB. */
  @State(Scope.Thread)
  public static class JsonFeed1Mb extends Doc {
    @Setup
    public void setUp() throws Exception {
      setUp(
          "json",
          new BenchDocuments(20250807L).jsonFeed(JSON_FEED_ITEMS),
          "https://news.example.in/live/feed.json",
          "application/feed+json",
          null,
          JSON_FEED_ITEMS);
    }
  }

  /** Generated live page: a LiveBlogPosting of 400 HTML updates in JSON-LD, rendered too. */
  @State(Scope.Thread)
  public static class LiveBlog400 extends Doc {
    @Setup
    public void setUp() throws Exception {
      setUp(
          "liveblog",
          new BenchDocuments(20250807L).liveBlogPage(LIVE_BLOG_UPDATES),
          "https://news.example.in/live/world-2025-08-07",
          "text/html; charset=utf-8",
          null,
          LIVE_BLOG_UPDATES);
    }
  }

  /** rose.json (real): 442 KB, 84 HTML items. */
  @State(Scope.Thread)
  public static class Rose extends Doc {
    @Setup
    public void setUp() throws Exception {
      setUp(
          "rose",
          BenchDocuments.resource(RESOURCES + "rose.json"),
          "https://rosemaryorchard.com/feed.json",
          "application/json",
          null,
          ROSE_ITEMS);
    }
  }

  /** livemint.xml (real RSS): 30 KB, 25 items, through Rome and the hardened XML parser. */
  @State(Scope.Thread)
  public static class Livemint extends Doc {
    @Setup
    public void setUp() throws Exception {
      setUp(
          "livemint",
          BenchDocuments.resource(RESOURCES + "livemint.xml"),
          "https://www.livemint.com/rss/news",
          "application/rss+xml",
          null,
          RSS_ITEMS);
    }
  }

  /** DaringFireball.atom (real Atom): 114 KB, 48 HTML entries. */
  @State(Scope.Thread)
  public static class DaringFireball extends Doc {
    @Setup
    public void setUp() throws Exception {
      setUp(
          "daringfireball",
          BenchDocuments.resource(RESOURCES + "DaringFireball.atom"),
          "https://daringfireball.net/feeds/main",
          "application/atom+xml",
          null,
          ATOM_ITEMS);
    }
  }

  /** The Rediff live page (real), read by its selectors: 3 updates. */
  @State(Scope.Thread)
  public static class Rediff extends Doc {
    @Setup
    public void setUp() throws Exception {
      setUp(
          "rediff",
          BenchDocuments.resource("/pages/rediff-live-2025-08-07.html"),
          "https://www.rediff.com/news/live/putin-trump/20250807.htm",
          "text/html; charset=utf-8",
          PagePresets.rediffLive(),
          PAGE_ITEMS);
    }
  }

  /** The mapped push event's update, as the one-item JSON Feed the mapping writes. */
  @State(Scope.Thread)
  public static class OneItemFeed extends Doc {
    @Setup
    public void setUp() throws Exception {
      setUp(
          "wiki",
          ("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"\",\"items\":[{"
                  + "\"id\":\"5b3c6e44c281-aaaa-4bbb-8ccc-00006e44c281\","
                  + "\"title\":\"2026 Kolkata floods\","
                  + "\"content_text\":\"Updating casualty figures per PTI\","
                  + "\"content_html\":\"Updating casualty figures per PTI\","
                  + "\"url\":\"https://en.wikipedia.org/wiki/2026_Kolkata_floods\","
                  + "\"date_published\":\"2026-12-03T12:37:05Z\","
                  + "\"authors\":[{\"name\":\"Rsmith\"}]}]}")
              .getBytes(StandardCharsets.UTF_8),
          "https://stream.wikimedia.org/v2/stream/recentchange",
          "application/json",
          null,
          1);
    }
  }

  /** One pushed Wikimedia change (the test stream's first event) and its field map. */
  @State(Scope.Thread)
  public static class Push {
    final StreamEventReader events = new StreamEventReader(PARSERS);
    String data;
    FieldMap fields;
    ParseContext context;
    final Timeline held = new Timeline();

    @Setup
    public void setUp() throws Exception {
      String sse =
          new String(
              BenchDocuments.resource("/push/wikimedia-recentchange.sse"), StandardCharsets.UTF_8);
      int at = sse.indexOf("\ndata: ") + "\ndata: ".length();
      data = sse.substring(at, sse.indexOf('\n', at));
      fields = FieldMap.parse(EVENT_FIELDS);
      context =
          new ParseContext(
              SourceId.of("wiki"),
              URI.create("https://stream.wikimedia.org/v2/stream/recentchange"),
              "application/json",
              KOLKATA,
              NOW,
              null);
      ingest(held);
      if (!ingest(held).changes().isEmpty()) {
        throw new IllegalStateException("the same event twice changed the timeline");
      }
    }

    IngestResult ingest(Timeline timeline) throws FeedParseException {
      return ingest(timeline, events);
    }

    /** As a reader that has never seen the event. */
    IngestResult ingestUnseen(Timeline timeline) throws FeedParseException {
      return ingest(timeline, new StreamEventReader(FeedParsers.standard()));
    }

    private IngestResult ingest(Timeline timeline, StreamEventReader reader)
        throws FeedParseException {
      FeedSnapshot snapshot = reader.read("message", data, context, fields, null).orElseThrow();
      return timeline.ingest(
          new SourceBatch(context.source(), snapshot, NOW, null), source -> true);
    }
  }

  static IngestResult ingest(Timeline timeline, Doc doc) throws FeedParseException {
    return ingest(timeline, doc, PARSERS);
  }

  /** As parsers that have never seen the document read it: nothing is remembered. */
  static IngestResult ingestUnseen(Timeline timeline, Doc doc) throws FeedParseException {
    return ingest(timeline, doc, FeedParsers.standard());
  }

  private static IngestResult ingest(Timeline timeline, Doc doc, FeedParsers parsers)
      throws FeedParseException {
    FeedSnapshot snapshot = parsers.parse(doc.bytes, doc.context, null);
    return timeline.ingest(
        new SourceBatch(doc.context.source(), snapshot, NOW, null), source -> true);
  }

  /** Generated JSON Feed: 500 items of news HTML, about 1 MB. */
  @Benchmark
  @OperationsPerInvocation(JSON_FEED_ITEMS)
  public Object firstJsonFeed1Mb(JsonFeed1Mb doc) throws Exception {
    return ingestUnseen(new Timeline(), doc);
  }

  @Benchmark
  @OperationsPerInvocation(JSON_FEED_ITEMS)
  public Object repollJsonFeed1Mb(JsonFeed1Mb doc) throws Exception {
    return ingest(doc.held, doc);
  }

  /** Generated live page: a LiveBlogPosting of 400 HTML updates in JSON-LD, rendered too. */
  @Benchmark
  @OperationsPerInvocation(LIVE_BLOG_UPDATES)
  public Object firstLiveBlog400(LiveBlog400 doc) throws Exception {
    return ingestUnseen(new Timeline(), doc);
  }

  @Benchmark
  @OperationsPerInvocation(LIVE_BLOG_UPDATES)
  public Object repollLiveBlog400(LiveBlog400 doc) throws Exception {
    return ingest(doc.held, doc);
  }

  /** rose.json (real): 442 KB, 84 HTML items. */
  @Benchmark
  @OperationsPerInvocation(ROSE_ITEMS)
  public Object firstJsonFeedRose(Rose doc) throws Exception {
    return ingestUnseen(new Timeline(), doc);
  }

  @Benchmark
  @OperationsPerInvocation(ROSE_ITEMS)
  public Object repollJsonFeedRose(Rose doc) throws Exception {
    return ingest(doc.held, doc);
  }

  /** livemint.xml (real RSS): 30 KB, 25 items, through Rome and the hardened XML parser. */
  @Benchmark
  @OperationsPerInvocation(RSS_ITEMS)
  public Object firstRssLivemint(Livemint doc) throws Exception {
    return ingestUnseen(new Timeline(), doc);
  }

  @Benchmark
  @OperationsPerInvocation(RSS_ITEMS)
  public Object repollRssLivemint(Livemint doc) throws Exception {
    return ingest(doc.held, doc);
  }

  /** DaringFireball.atom (real Atom): 114 KB, 48 HTML entries. */
  @Benchmark
  @OperationsPerInvocation(ATOM_ITEMS)
  public Object firstAtomDaringFireball(DaringFireball doc) throws Exception {
    return ingestUnseen(new Timeline(), doc);
  }

  @Benchmark
  @OperationsPerInvocation(ATOM_ITEMS)
  public Object repollAtomDaringFireball(DaringFireball doc) throws Exception {
    return ingest(doc.held, doc);
  }

  /** The Rediff live page (real) read by its selectors. */
  @Benchmark
  @OperationsPerInvocation(PAGE_ITEMS)
  public Object firstRediffPage(Rediff doc) throws Exception {
    return ingestUnseen(new Timeline(), doc);
  }

  @Benchmark
  @OperationsPerInvocation(PAGE_ITEMS)
  public Object repollRediffPage(Rediff doc) throws Exception {
    return ingest(doc.held, doc);
  }

  /**
   * One pushed Wikimedia change, mapped by fields: read as JSON, rewritten into a one-item JSON
   * Feed, serialized, parsed again, merged.
   */
  @Benchmark
  public Object firstPushMappedEvent(Push push) throws Exception {
    return push.ingestUnseen(new Timeline());
  }

  @Benchmark
  public Object repollPushMappedEvent(Push push) throws Exception {
    return push.ingest(push.held);
  }

  /** The same update as the one-item JSON Feed the mapping writes: what the rewrite adds. */
  @Benchmark
  public Object firstPushAsOneItemFeed(OneItemFeed doc) throws Exception {
    return ingestUnseen(new Timeline(), doc);
  }
}

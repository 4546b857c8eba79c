package org.wirewatch.bench;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Priority;
import org.wirewatch.model.SourceId;
import org.wirewatch.timeline.Timeline;
import org.wirewatch.timeline.fx.TimelineFxBridge;

/**
 * What a poll costs the timeline, and what batching saves the FX side. Run with {@code
 * bench/run.sh}; see docs/PERFORMANCE.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class TimelineBenchmark {
  private static final SourceId SOURCE = SourceId.of("wire");
  private static final Instant NOW = Instant.parse("2025-08-07T12:40:00Z");

  private List<LiveUpdate> window100;
  private List<LiveUpdate> burst500;
  private Timeline full;

  static List<LiveUpdate> updates(int from, int count) {
    List<LiveUpdate> out = new ArrayList<>();
    OffsetDateTime base =
        OffsetDateTime.of(2025, 8, 7, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30));
    for (int i = from; i < from + count; i++) {
      out.add(
          new LiveUpdate(
              SOURCE,
              "u" + i,
              base.plusSeconds(i * 7L),
              null,
              "Headline number " + i,
              "Body text of update " + i + " with a few words in it.",
              null,
              URI.create("https://example.org/live/" + i),
              "ANI",
              List.of("tag"),
              Priority.NORMAL,
              NOW,
              null));
    }
    return out;
  }

  @Setup(Level.Iteration)
  public void setUp() {
    window100 = updates(4_900, 100);
    burst500 = updates(10_000, 500);
    full = new Timeline(5_000);
    full.ingest(SOURCE, FeedSnapshot.of(updates(0, 5_000)), NOW);
  }

  /** The common case: a poll of a 100-item window that brings nothing new, 5,000 held. */
  @Benchmark
  public Object repollWithNoChange() {
    return full.ingest(SOURCE, FeedSnapshot.of(window100), NOW);
  }

  /** A poll that brings 500 new updates into a fresh timeline. */
  @Benchmark
  public Object ingestBurstOf500() {
    Timeline t = new Timeline(5_000);
    return t.ingest(SOURCE, FeedSnapshot.of(burst500), NOW);
  }

  /** 500 updates reaching the FX list as one batched hop (what the app does). */
  @Benchmark
  public void fxListOneBatchedHop(Blackhole bh) {
    Queue<Runnable> fx = new ArrayDeque<>();
    Timeline t = new Timeline(5_000);
    TimelineFxBridge bridge = new TimelineFxBridge(fx::add).attach(t);
    int[] changes = {0};
    bridge.entries().addListener((javafx.collections.ListChangeListener<Object>) c -> changes[0]++);
    t.ingest(SOURCE, FeedSnapshot.of(burst500), NOW);
    while (!fx.isEmpty()) {
      fx.poll().run();
    }
    bh.consume(changes[0]);
  }

  /** The same 500 updates if each were its own hop and list change (what batching avoids). */
  @Benchmark
  public void fxListOneHopPerUpdate(Blackhole bh) {
    Queue<Runnable> fx = new ArrayDeque<>();
    Timeline t = new Timeline(5_000);
    TimelineFxBridge bridge = new TimelineFxBridge(fx::add).attach(t);
    int[] changes = {0};
    bridge.entries().addListener((javafx.collections.ListChangeListener<Object>) c -> changes[0]++);
    for (LiveUpdate u : burst500) {
      t.ingest(SOURCE, FeedSnapshot.of(List.of(u)), NOW);
      while (!fx.isEmpty()) {
        fx.poll().run();
      }
    }
    bh.consume(changes[0]);
  }
}

package org.wirewatch.bench;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Priority;
import org.wirewatch.model.SourceId;
import org.wirewatch.timeline.Timeline;

/**
 * What merging one update costs as the timeline grows: it should grow as log n. The timeline holds
 * {@code held} updates and is full (its capacity is {@code held}), so a new update also evicts the
 * oldest and the size stays put across the run. {@code addOne}: a poll that brings one new update;
 * {@code editOne}: a poll that edits one update in the middle of the timeline (its text alternates,
 * so each is an edit; its revisions reach the bound of 50 and stay there, the same at every size).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class MergeScalingBenchmark {
  private static final SourceId SOURCE = SourceId.of("wire");
  private static final Instant NOW = Instant.parse("2025-08-07T12:40:00Z");
  private static final OffsetDateTime BASE =
      OffsetDateTime.of(2025, 8, 7, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30));

  @Param({"1000", "10000", "100000"})
  public int held;

  private Timeline timeline;
  private long next;
  private LiveUpdate[] edits;
  private int edit;

  static LiveUpdate update(long i, String text) {
    return new LiveUpdate(
        SOURCE,
        "u" + i,
        BASE.plusSeconds(i * 7L),
        null,
        "Headline number " + i,
        text,
        null,
        URI.create("https://example.org/live/" + i),
        "ANI",
        List.of("tag"),
        Priority.NORMAL,
        NOW,
        null);
  }

  @Setup
  public void setUp() {
    timeline = new Timeline(held);
    LiveUpdate[] all = new LiveUpdate[held];
    for (int i = 0; i < held; i++) {
      all[i] = update(i, "Body text of update " + i + " with a few words in it.");
    }
    timeline.ingest(SOURCE, FeedSnapshot.of(List.of(all)), NOW);
    if (timeline.size() != held) {
      throw new IllegalStateException("holds " + timeline.size() + ", not " + held);
    }
    next = held;
    long middle = held / 2;
    edits = new LiveUpdate[] {update(middle, "First version."), update(middle, "Second version.")};
  }

  /** A poll that brings one new update (newest of all): added, and the oldest evicted. */
  @Benchmark
  public Object addOne() {
    return timeline.ingest(SOURCE, FeedSnapshot.of(List.of(update(next++, "New."))), NOW);
  }

  /** A poll that edits one update held in the middle of the timeline. */
  @Benchmark
  public Object editOne() {
    edit ^= 1;
    return timeline.ingest(SOURCE, FeedSnapshot.of(List.of(edits[edit])), NOW);
  }
}

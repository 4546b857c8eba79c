package org.wirewatch.bench;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Priority;
import org.wirewatch.model.SourceId;
import org.wirewatch.timeline.Timeline;

/**
 * Heap held by a full timeline (5,000 updates with seed-sized bodies, each edited once so it
 * carries a revision), measured as the used-heap difference after full GCs. Run by bench/run.sh
 * footprint; prints bytes per update.
 */
public final class TimelineFootprint {
  private TimelineFootprint() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : Timeline.DEFAULT_CAPACITY;
    String body = "Kirill A Dmitriev confirmed that preparations are underway. ".repeat(20);
    long before = usedAfterGc();
    Timeline timeline = new Timeline(n);
    Instant now = Instant.parse("2025-08-07T12:40:00Z");
    for (int round = 0; round < 2; round++) {
      List<LiveUpdate> all = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        all.add(
            new LiveUpdate(
                SourceId.of("source-" + (i % 10)),
                "id-" + i,
                OffsetDateTime.of(2025, 8, 7, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30))
                    .plusSeconds(i * 10L),
                null,
                "Headline " + i + (round == 1 ? " (updated)" : ""),
                body + i,
                "<p>" + body + i + "</p>",
                URI.create("https://example.org/live/" + i),
                "ANI",
                List.of("Russia", "US"),
                Priority.NORMAL,
                now,
                null));
      }
      timeline.ingest(SourceId.of("source-0"), FeedSnapshot.of(all), now.plusSeconds(round));
    }
    long after = usedAfterGc();
    System.out.printf(
        "timeline of %d updates, each with one revision: %.1f MB held, %d bytes per update%n",
        timeline.size(), (after - before) / 1e6, (after - before) / timeline.size());
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}

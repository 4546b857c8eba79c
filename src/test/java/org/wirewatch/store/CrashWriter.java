package org.wirewatch.store;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.wirewatch.ingest.UpdateChange;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Priority;
import org.wirewatch.model.SourceCursor;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.timeline.TimelineDelta;

/**
 * The process {@link StoreCrashIT} kills: writes batches to history as fast as it can, one
 * transaction each (updates, then the cursor that vouches for them), and prints {@code ACK n} after
 * batch n is committed. Arguments: data directory, first batch number, random seed.
 */
public final class CrashWriter {
  static final SourceId SOURCE = SourceId.of("crash");
  static final URI URL = URI.create("https://wire.example/live.json");

  private CrashWriter() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    long batch = Long.parseLong(args[1]);
    SplittableRandom random = new SplittableRandom(Long.parseLong(args[2]));
    SourceDirectory names =
        new SourceDirectory() {
          @Override
          public String name(SourceId source) {
            return "Crash wire";
          }

          @Override
          public URI configuredUrl(SourceId source) {
            return URL;
          }
        };
    try (HistoryStore store =
        HistoryStore.openForWriting(dir, StoreSettings.defaults(Clock.systemUTC()))) {
      System.out.println("READY");
      System.out.flush();
      for (; ; batch++) {
        int size = 1 + random.nextInt(size(batch));
        store.write(List.of(delta(batch, size)), names);
        System.out.println("ACK " + batch + " " + size);
        System.out.flush();
      }
    }
  }

  // Mostly small batches, now and then a big one, so kills land inside transactions of every size.
  private static int size(long batch) {
    return batch % 7 == 0 ? 400 : 20;
  }

  static TimelineDelta delta(long batch, int size) {
    List<UpdateChange> changes = new ArrayList<>();
    Instant seen = Instant.parse("2025-08-07T12:40:00Z").plusSeconds(batch);
    for (int i = 0; i < size; i++) {
      LiveUpdate u =
          new LiveUpdate(
              SOURCE,
              id(batch, i),
              OffsetDateTime.ofInstant(seen, ZoneOffset.ofHoursMinutes(5, 30)),
              null,
              "Batch " + batch + " update " + i,
              "Body of update " + i + " in batch " + batch + ". ".repeat(20),
              null,
              null,
              "ANI",
              List.of("crash"),
              Priority.NORMAL,
              seen,
              null);
      changes.add(new UpdateChange.Added(TimelineEntry.first(u)));
    }
    SourceCursor cursor = new SourceCursor(SOURCE, URL, "\"" + batch + "\"", null, seen);
    return new TimelineDelta(batch, changes, List.of(), cursor);
  }

  static String id(long batch, int i) {
    return batch + "-" + i;
  }
}

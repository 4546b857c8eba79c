package org.wirewatch.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.wirewatch.ingest.UpdateChange;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Priority;
import org.wirewatch.model.SourceCursor;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.store.HistoryQuery;
import org.wirewatch.store.HistoryStore;
import org.wirewatch.store.SourceDirectory;
import org.wirewatch.store.StoreSettings;
import org.wirewatch.timeline.TimelineDelta;

/**
 * The store's numbers for docs/PERFORMANCE.md: a burst of 10,000 updates in one batch, the same in
 * batches of 100, search latency over N stored updates (default 1,000,000), and file size per
 * 100,000 updates. Run with {@code bench/run.sh store [N]}; prints a Markdown table.
 */
public final class StoreBenchmark {
  private static final int SOURCES = 20;
  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
  private static final String[] WORDS = vocabulary();

  private StoreBenchmark() {}

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path root = Files.createTempDirectory("wirewatch-store-bench");
    try {
      System.out.println("| measure | median | p95 | bar |");
      System.out.println("|---|---|---|---|");
      burst(root, 10_000, 1, "burst of 10,000 updates, one transaction", "< 1 s");
      burst(root, 10_000, 100, "10,000 updates in batches of 100", "");
      fillAndSearch(root.resolve("big"), total);
    } finally {
      try (Stream<Path> files = Files.walk(root)) {
        files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void burst(Path root, int n, int batches, String label, String bar)
      throws Exception {
    long[] ms = new long[7];
    long[] indexMs = new long[7];
    for (int round = 0; round < ms.length; round++) {
      Path dir = root.resolve("burst-" + batches + "-" + round);
      try (HistoryStore store = open(dir)) {
        SplittableRandom random = new SplittableRandom(round);
        List<TimelineDelta> deltas = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
          deltas.add(delta(random, (long) b * (n / batches), n / batches));
        }
        long t0 = System.nanoTime();
        for (TimelineDelta d : deltas) {
          store.write(List.of(d), SourceDirectory.NONE);
        }
        ms[round] = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        store.indexAllPending();
        indexMs[round] = (System.nanoTime() - t1) / 1_000_000;
      }
    }
    Arrays.sort(ms);
    Arrays.sort(indexMs);
    long median = ms[ms.length / 2];
    System.out.printf(
        "| %s: stored (committed with its cursor) | %d ms (%,d updates/s) | %d ms | %s |%n",
        label, median, n * 1000L / Math.max(1, median), ms[ms.length - 1], bar);
    System.out.printf(
        "| %s: then indexed for search | %d ms | %d ms | |%n",
        label, indexMs[indexMs.length / 2], indexMs[indexMs.length - 1]);
  }

  /** Fills {@code dir} with {@code total} updates as the benchmark does; returns the time taken. */
  public static long fill(HistoryStore store, int total) throws Exception {
    SplittableRandom random = new SplittableRandom(42);
    long t0 = System.nanoTime();
    for (int written = 0; written < total; written += 10_000) {
      store.write(
          List.of(delta(random, written, Math.min(10_000, total - written))), SourceDirectory.NONE);
      store.indexAllPending();
    }
    return (System.nanoTime() - t0) / 1_000_000;
  }

  /** A word of the benchmark's vocabulary: 0 is the commonest. */
  public static String word(int rank) {
    return WORDS[rank];
  }

  private static void fillAndSearch(Path dir, int total) throws Exception {
    try (HistoryStore store = open(dir)) {
      long fillMs = fill(store, total);
      long bytes = 0;
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.toList()) {
          bytes += Files.size(p);
        }
      }
      System.out.printf(
          "| filling %,d updates in batches of 10,000 | %,d ms total | | |%n", total, fillMs);
      System.out.printf(
          "| file size per 100,000 updates | %.1f MB | | |%n", bytes / 1e6 / (total / 100_000.0));
      Instant end = START.plus(Duration.ofSeconds(30L * total));
      Instant lastDay = end.minus(Duration.ofDays(1));
      search(store, "one rare word (all matches)", HistoryQuery.text(WORDS[4_990]));
      search(store, "a common word, newest 200", HistoryQuery.text(WORDS[3]).limitedTo(200));
      search(
          store,
          "two words, newest 200",
          HistoryQuery.text(WORDS[3] + " " + WORDS[40]).limitedTo(200));
      search(
          store,
          "a phrase, newest 200",
          HistoryQuery.text("\"" + WORDS[1] + " " + WORDS[2] + "\"").limitedTo(200));
      search(
          store,
          "a prefix, newest 200",
          HistoryQuery.text(WORDS[700].substring(0, 3) + "*").limitedTo(200));
      search(
          store,
          "a common word in the last day",
          new HistoryQuery(WORDS[3], lastDay, end, Set.of(), 0));
      search(
          store,
          "a common word, one source, newest 200",
          new HistoryQuery(WORDS[3], null, null, Set.of(SourceId.of("source-7")), 200));
      search(
          store,
          "no words: the last hour",
          new HistoryQuery("", end.minus(Duration.ofHours(1)), end, Set.of(), 0));
    }
  }

  private static void search(HistoryStore store, String label, HistoryQuery query)
      throws Exception {
    store.search(query); // warm the page cache and the JIT once
    long[] us = new long[21];
    int results = 0;
    for (int i = 0; i < us.length; i++) {
      long t0 = System.nanoTime();
      results = store.search(query).size();
      us[i] = (System.nanoTime() - t0) / 1_000;
    }
    Arrays.sort(us);
    System.out.printf(
        "| search: %s (%,d results) | %.1f ms | %.1f ms | < 100 ms |%n",
        label, results, us[us.length / 2] / 1000.0, us[(int) (us.length * 0.95)] / 1000.0);
  }

  private static HistoryStore open(Path dir) throws Exception {
    return HistoryStore.openForWriting(dir, StoreSettings.defaults(Clock.systemUTC()));
  }

  /** {@code n} new updates, ids from {@code first}, one every 30 s, across the sources. */
  private static TimelineDelta delta(SplittableRandom random, long first, int n) {
    List<UpdateChange> changes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long seq = first + i;
      Instant at = START.plusSeconds(30 * seq);
      SourceId source = SourceId.of("source-" + (seq % SOURCES));
      LiveUpdate u =
          new LiveUpdate(
              source,
              "u-" + seq,
              OffsetDateTime.ofInstant(at, ZoneOffset.ofHoursMinutes(5, 30)),
              null,
              words(random, 8 + random.nextInt(6)),
              words(random, 40 + random.nextInt(50)),
              null,
              URI.create("https://news.example/live/" + seq),
              seq % 3 == 0 ? "ANI" : "PTI",
              List.of(),
              Priority.NORMAL,
              at,
              null);
      changes.add(new UpdateChange.Added(TimelineEntry.first(u)));
    }
    SourceCursor cursor =
        new SourceCursor(SourceId.of("source-0"), null, "\"" + first + "\"", null, null);
    return new TimelineDelta(first, changes, List.of(), cursor);
  }

  // Word frequencies fall off like a language's (Zipf): a few words are everywhere, most are rare.
  private static String words(SplittableRandom random, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double u = random.nextDouble();
      int index = (int) Math.min(WORDS.length - 1, Math.floor(Math.pow(WORDS.length, u)) - 1);
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(WORDS[index]);
    }
    return b.toString();
  }

  private static String[] vocabulary() {
    String[] words = new String[5_000];
    SplittableRandom r = new SplittableRandom(7);
    String letters = "abcdefghijklmnopqrstuvwxyz";
    for (int i = 0; i < words.length; i++) {
      StringBuilder w = new StringBuilder();
      int len = 3 + r.nextInt(7);
      for (int j = 0; j < len; j++) {
        w.append(letters.charAt(r.nextInt(letters.length())));
      }
      words[i] = w.append(i).toString(); // unique, so a rare word is truly rare
    }
    return words;
  }
}

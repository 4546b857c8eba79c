package org.wirewatch.bench;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.wirewatch.timeline.Timeline;

/**
 * The {@link IngestBenchmark} documents, timed in this thread's CPU time rather than wall time: on
 * a shared machine with more runnable threads than cores, wall time mostly measures the wait for a
 * core, CPU time what the work costs. Not JMH (no forks, no blackholes): a warm-up of a few seconds
 * per document, then as many rounds as fit in the measuring time. Run with {@code bench/run.sh
 * ingest-cpu [seconds per document]}.
 */
public final class IngestCpuTime {
  private IngestCpuTime() {}

  private interface Op {
    Object run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Map<String, IngestBenchmark.Doc> docs = new LinkedHashMap<>();
    docs.put("JSON Feed, 1 MB generated", new IngestBenchmark.JsonFeed1Mb());
    docs.put("LiveBlogPosting, 400 updates generated", new IngestBenchmark.LiveBlog400());
    docs.put("JSON Feed rose.json", new IngestBenchmark.Rose());
    docs.put("RSS livemint.xml", new IngestBenchmark.Livemint());
    docs.put("Atom DaringFireball.atom", new IngestBenchmark.DaringFireball());
    docs.put("live page Rediff (selectors)", new IngestBenchmark.Rediff());
    ((IngestBenchmark.JsonFeed1Mb) docs.get("JSON Feed, 1 MB generated")).setUp();
    ((IngestBenchmark.LiveBlog400) docs.get("LiveBlogPosting, 400 updates generated")).setUp();
    ((IngestBenchmark.Rose) docs.get("JSON Feed rose.json")).setUp();
    ((IngestBenchmark.Livemint) docs.get("RSS livemint.xml")).setUp();
    ((IngestBenchmark.DaringFireball) docs.get("Atom DaringFireball.atom")).setUp();
    ((IngestBenchmark.Rediff) docs.get("live page Rediff (selectors)")).setUp();
    IngestBenchmark.Push push = new IngestBenchmark.Push();
    push.setUp();
    System.out.printf(
        "%-40s %-7s %6s %12s %10s %14s%n",
        "document", "ingest", "items", "CPU ms/doc", "updates/s", "KB allocated");
    for (Map.Entry<String, IngestBenchmark.Doc> e : docs.entrySet()) {
      IngestBenchmark.Doc doc = e.getValue();
      int items = doc.held.size();
      measure(
          mx,
          e.getKey(),
          "first",
          items,
          seconds,
          () -> IngestBenchmark.ingestUnseen(new Timeline(), doc));
      measure(
          mx, e.getKey(), "repoll", items, seconds, () -> IngestBenchmark.ingest(doc.held, doc));
    }
    measure(mx, "push event, mapped", "first", 1, seconds, () -> push.ingestUnseen(new Timeline()));
  }

  private static void measure(
      com.sun.management.ThreadMXBean mx,
      String name,
      String kind,
      int items,
      double seconds,
      Op op)
      throws Exception {
    long budget = (long) (seconds * 1e9);
    long warmEnd = mx.getCurrentThreadCpuTime() + budget / 2;
    while (mx.getCurrentThreadCpuTime() < warmEnd) {
      op.run();
    }
    long cpu0 = mx.getCurrentThreadCpuTime();
    long alloc0 = mx.getCurrentThreadAllocatedBytes();
    int rounds = 0;
    while (mx.getCurrentThreadCpuTime() - cpu0 < budget) {
      op.run();
      rounds++;
    }
    double cpuMs = (mx.getCurrentThreadCpuTime() - cpu0) / 1e6 / rounds;
    double kb = (mx.getCurrentThreadAllocatedBytes() - alloc0) / 1024.0 / rounds;
    System.out.printf(
        "%-40s %-7s %6d %12.3f %10.0f %14.0f%n",
        name, kind, items, cpuMs, items / (cpuMs / 1000), kb);
  }
}

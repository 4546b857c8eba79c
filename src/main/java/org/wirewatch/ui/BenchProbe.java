package org.wirewatch.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;
import javafx.stage.Window;

/**
 * What the benchmarks in {@code bench/} read off a running face, switched on only by {@code
 * -Dwirewatch.bench.dir=DIR}: the wall-clock moment the first frame with updates was shown ({@code
 * first-frame.txt}, written at once) and the time of every pulse ({@code pulses.txt}, written when
 * the process ends) and, with {@link #watchLatency}, when each update reached the list and the
 * crawl ({@code latency.txt}, see {@link LatencyProbe}, also written at the end). Pulse times come
 * from the FX thread's own pulse, so a stalled FX thread or a render thread that falls behind shows
 * as a long interval. Beside each pulse, the FX thread's CPU time so far ({@code pulses-cpu.txt},
 * nanoseconds, line for line): on a busy machine a long interval in which the FX thread used little
 * CPU was the machine's, not the app's.
 */
public final class BenchProbe {
  /** The system property that names the directory; unset, there is no probe. */
  public static final String DIR_PROPERTY = "wirewatch.bench.dir";

  private final Path dir;
  private final Executor io;
  // Converts pulse nanoTime to epoch nanoseconds, so pulses line up with the script's clock.
  private final long epochOffsetNanos = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
  private final java.lang.management.ThreadMXBean threads =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private long[] pulses = new long[1 << 14];
  private long[] cpu = new long[1 << 14];
  private int count;
  private int framesWithContent;
  private volatile LatencyProbe latency;

  public BenchProbe(Path dir, Executor io) {
    this.dir = dir;
    this.io = io;
  }

  /**
   * Starts recording pulses of {@code window}; {@code hasContent} tells when updates are on it.
   * Call on the FX thread.
   */
  public void watch(Window window, java.util.function.BooleanSupplier hasContent) {
    AnimationTimer timer =
        new AnimationTimer() {
          @Override
          public void handle(long now) {
            record(now);
            // The pulse after the one that found content is the first whose frame has it drawn.
            if (framesWithContent < 2 && window.isShowing() && hasContent.getAsBoolean()) {
              if (++framesWithContent == 2) {
                long at = System.currentTimeMillis();
                io.execute(() -> write("first-frame.txt", List.of(Long.toString(at))));
              }
            }
          }
        };
    timer.start();
    Runtime.getRuntime().addShutdownHook(new Thread(this::writeAtExit, "bench-probe"));
  }

  /** Also records when each update reached {@code entries} and {@code crawl} (FX thread). */
  public void watchLatency(
      javafx.collections.ObservableList<org.wirewatch.model.TimelineEntry> entries,
      org.wirewatch.ui.crawl.CrawlView crawl) {
    LatencyProbe probe = new LatencyProbe(System::currentTimeMillis);
    probe.watch(entries, crawl);
    latency = probe;
  }

  private void writeAtExit() {
    writePulses();
    LatencyProbe probe = latency;
    if (probe != null) {
      write("latency.txt", List.of(probe.lines()));
    }
  }

  private synchronized void record(long nanoTime) {
    if (count == pulses.length) {
      pulses = Arrays.copyOf(pulses, count * 2);
      cpu = Arrays.copyOf(cpu, count * 2);
    }
    cpu[count] = threads.getCurrentThreadCpuTime();
    pulses[count++] = nanoTime;
  }

  private void writePulses() {
    long[] copy;
    long[] cpuCopy;
    synchronized (this) {
      copy = Arrays.copyOf(pulses, count);
      cpuCopy = Arrays.copyOf(cpu, count);
    }
    StringBuilder out = new StringBuilder(copy.length * 20);
    for (long p : copy) {
      out.append(p + epochOffsetNanos).append('\n');
    }
    StringBuilder cpuOut = new StringBuilder(copy.length * 14);
    for (long c : cpuCopy) {
      cpuOut.append(c).append('\n');
    }
    // The CPU file first: a script that waits for pulses.txt then finds both.
    write("pulses-cpu.txt", List.of(cpuOut.toString().strip()));
    write("pulses.txt", List.of(out.toString().strip()));
  }

  private void write(String name, List<String> lines) {
    try {
      Files.createDirectories(dir);
      Path tmp = dir.resolve(name + ".tmp");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        for (String line : lines) {
          w.write(line);
          w.write('\n');
        }
      }
      Files.move(tmp, dir.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("bench probe cannot write " + dir.resolve(name), e);
    }
  }
}

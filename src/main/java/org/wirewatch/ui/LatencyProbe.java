package org.wirewatch.ui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;
import org.wirewatch.ui.crawl.CrawlView;

/**
 * The publish-to-screen half of the {@link BenchProbe}: for every update, the wall-clock ms it
 * first reached the FX list and the ms its crawl item first overlapped the strip. The benchmark
 * ({@code bench/latency.sh}) subtracts the server's publish stamp from each. Recording happens on
 * the FX thread; {@link #lines()} may be read from any thread.
 */
public final class LatencyProbe {
  private final LongSupplier clock;
  private final Map<UpdateKey, Long> listed = new ConcurrentHashMap<>();
  private final Map<UpdateKey, Long> crawled = new ConcurrentHashMap<>();

  public LatencyProbe(LongSupplier epochMillis) {
    this.clock = epochMillis;
  }

  /** Starts recording {@code entries}' additions and {@code crawl}'s first showings (FX thread). */
  public void watch(ObservableList<TimelineEntry> entries, CrawlView crawl) {
    entries.addListener(
        (ListChangeListener<TimelineEntry>)
            c -> {
              long at = clock.getAsLong();
              while (c.next()) {
                if (c.wasAdded()) {
                  for (TimelineEntry e : c.getAddedSubList()) {
                    listed.putIfAbsent(e.key(), at);
                  }
                }
              }
            });
    if (crawl != null) {
      crawl.setOnFirstShown(key -> crawled.putIfAbsent(key, clock.getAsLong()));
    }
  }

  /**
   * One line per update seen: {@code fx_ms crawl_ms id}, the crawl's {@code -1} when it has not
   * shown the update (yet); the id comes last, as it may hold spaces.
   */
  public String lines() {
    StringBuilder out = new StringBuilder();
    listed.forEach(
        (key, at) ->
            out.append(at)
                .append(' ')
                .append(crawled.getOrDefault(key, -1L))
                .append(' ')
                .append(key.id())
                .append('\n'));
    return out.toString().strip();
  }
}

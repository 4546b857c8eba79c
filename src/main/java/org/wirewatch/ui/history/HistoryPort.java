package org.wirewatch.ui.history;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.wirewatch.model.HistoryStatus;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;

/** What the window may ask of history; the app does the I/O off the FX thread and answers on it. */
public interface HistoryPort {
  /** History as it stands now. */
  HistoryStatus status();

  /** Told (on the FX thread) when history turns off while running. */
  void onStatus(Consumer<HistoryStatus> listener);

  /** Searches; {@code done} runs on the FX thread. */
  void search(Request request, Consumer<Result> done);

  /**
   * Writes the request's results to {@code file} as {@code format} ("csv", "jsonl" or "md"); {@code
   * done} gets what to tell the user, on the FX thread.
   */
  void export(Request request, String format, Path file, Consumer<String> done);

  /**
   * One search of history.
   *
   * @param text words, "phrases", prefix*, OR; blank lists the range
   * @param since from, or {@code null}
   * @param until to (exclusive), or {@code null}
   * @param source one source, or {@code null} for all
   * @param limit at most this many, newest first (0: all)
   * @param zone the zone times are exported in
   */
  record Request(
      String text, Instant since, Instant until, SourceId source, int limit, ZoneId zone) {}

  /** An update found in history, with the name its source had. */
  record Hit(TimelineEntry entry, String sourceName) {}

  /** The hits, newest first, or why there are none. */
  record Result(List<Hit> hits, String error) {
    public Result {
      hits = hits == null ? List.of() : List.copyOf(hits);
    }
  }

  /** No history at all: a window built for tests or tools. */
  HistoryPort NONE =
      new HistoryPort() {
        @Override
        public HistoryStatus status() {
          return HistoryStatus.off("not kept in this window");
        }

        @Override
        public void onStatus(Consumer<HistoryStatus> listener) {}

        @Override
        public void search(Request request, Consumer<Result> done) {
          done.accept(new Result(List.of(), status().message()));
        }

        @Override
        public void export(Request request, String format, Path file, Consumer<String> done) {
          done.accept(status().message());
        }
      };
}

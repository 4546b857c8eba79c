package org.wirewatch.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.ui.history.HistoryPort;

/**
 * Everything the UI reads or may ask for, handed in by the App root. The UI does no I/O of its own
 * besides its settings file.
 *
 * @param entries the timeline, newest first, FX thread only (from TimelineFxBridge)
 * @param statuses one status per source, FX thread only (from TimelineFxBridge)
 * @param sources the sources as configured now, FX thread only; the app replaces its content when
 *     the user edits the list, and the window follows
 * @param refresh asks the poller to fetch a source now; returns at once
 * @param linkOpener opens an http(s) link in the system browser
 * @param settingsDir where window size, splits and options are remembered
 * @param clock for relative ages ("3 min ago")
 * @param background runs small I/O (saving settings) off the FX thread
 * @param history search and export of stored history
 * @param stayAwake keeps the screen awake while the wall is up
 */
public record UiContext(
    ObservableList<TimelineEntry> entries,
    ObservableList<SourceStatus> statuses,
    ObservableList<SourceConfig> sources,
    Consumer<SourceId> refresh,
    Consumer<String> linkOpener,
    Path settingsDir,
    Clock clock,
    Executor background,
    HistoryPort history,
    StayAwake stayAwake) {
  public UiContext {
    java.util.Objects.requireNonNull(sources, "sources");
    background = background == null ? Runnable::run : background;
    history = history == null ? HistoryPort.NONE : history;
    stayAwake = stayAwake == null ? StayAwake.NONE : stayAwake;
  }

  /** A context whose screen may blank as the platform likes. */
  public UiContext(
      ObservableList<TimelineEntry> entries,
      ObservableList<SourceStatus> statuses,
      ObservableList<SourceConfig> sources,
      Consumer<SourceId> refresh,
      Consumer<String> linkOpener,
      Path settingsDir,
      Clock clock,
      Executor background,
      HistoryPort history) {
    this(
        entries,
        statuses,
        sources,
        refresh,
        linkOpener,
        settingsDir,
        clock,
        background,
        history,
        null);
  }

  /** A context with no history. */
  public UiContext(
      ObservableList<TimelineEntry> entries,
      ObservableList<SourceStatus> statuses,
      List<SourceConfig> sources,
      Consumer<SourceId> refresh,
      Consumer<String> linkOpener,
      Path settingsDir,
      Clock clock,
      Executor background) {
    this(
        entries,
        statuses,
        FXCollections.observableArrayList(sources),
        refresh,
        linkOpener,
        settingsDir,
        clock,
        background,
        null,
        null);
  }

  /** A context whose settings are written on the calling thread: for tests and tools. */
  public UiContext(
      ObservableList<TimelineEntry> entries,
      ObservableList<SourceStatus> statuses,
      List<SourceConfig> sources,
      Consumer<SourceId> refresh,
      Consumer<String> linkOpener,
      Path settingsDir,
      Clock clock) {
    this(entries, statuses, sources, refresh, linkOpener, settingsDir, clock, Runnable::run);
  }
}

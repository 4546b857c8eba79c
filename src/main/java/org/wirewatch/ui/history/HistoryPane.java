package org.wirewatch.ui.history;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.wirewatch.model.HistoryStatus;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.ui.DisplayTime;

/**
 * "Search history": a query, a time range and a source over everything stored, the hits newest
 * first with their time in the window's zone and their source; choosing one opens it in the detail
 * view. The results can be exported for citation.
 */
public final class HistoryPane extends BorderPane {
  /** The window's results are bounded; an export writes every match. */
  public static final int SHOWN = 500;

  private static final String ANY_SOURCE = "All sources";

  private final HistoryPort port;
  private final Supplier<DisplayTime> displayTime;
  private final Clock clock;
  private final TextField query = new TextField();
  private final ComboBox<String> range = new ComboBox<>();
  private final ComboBox<String> source = new ComboBox<>();
  private final Map<String, SourceId> sourceIds = new LinkedHashMap<>();
  private boolean relisting;
  private final ObservableList<HistoryPort.Hit> hits = FXCollections.observableArrayList();
  private final ListView<HistoryPort.Hit> list = new ListView<>(hits);
  private final Label status = new Label();
  private final MenuButton export = new MenuButton("Export", new FontIcon(Feather.DOWNLOAD));
  private final Button back = new Button("Live", new FontIcon(Feather.ARROW_LEFT));
  private long searches;

  public HistoryPane(
      HistoryPort port,
      ObservableList<org.wirewatch.source.SourceConfig> sources,
      Supplier<DisplayTime> displayTime,
      Clock clock,
      Consumer<TimelineEntry> open,
      Runnable backToLive) {
    this.port = port;
    this.displayTime = displayTime;
    this.clock = clock;
    getStyleClass().add("history-pane");

    back.setOnAction(e -> backToLive.run());
    back.setAccessibleText("Back to the live timeline");
    query.setPromptText("Search history: words, \"a phrase\", prefix*, OR");
    query.setAccessibleText("Search history");
    query.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            search();
          } else if (e.getCode() == KeyCode.ESCAPE) {
            backToLive.run();
          } else if (e.getCode() == KeyCode.DOWN && !hits.isEmpty()) {
            list.requestFocus();
            list.getSelectionModel().selectFirst();
          }
        });
    HBox.setHgrow(query, Priority.ALWAYS);
    RANGES.forEach(r -> range.getItems().add(r.label()));
    range.setValue("Any time");
    range.setAccessibleText("Time range");
    range.valueProperty().addListener((o, a, b) -> search());
    listSources(sources);
    sources.addListener(
        (javafx.collections.ListChangeListener<org.wirewatch.source.SourceConfig>)
            c -> listSources(sources));
    source.setAccessibleText("Source");
    source
        .valueProperty()
        .addListener(
            (o, a, b) -> {
              if (!relisting) {
                search();
              }
            });
    Button go = new Button(null, new FontIcon(Feather.SEARCH));
    go.setAccessibleText("Search");
    go.setOnAction(e -> search());
    for (String[] f :
        new String[][] {{"CSV", "csv"}, {"JSON Lines", "jsonl"}, {"Markdown", "md"}}) {
      MenuItem item = new MenuItem(f[0]);
      item.setOnAction(e -> chooseExportFile(f[1]));
      export.getItems().add(item);
    }
    // Two rows: the query gets the width it needs even when the pane is narrow.
    HBox bar = new HBox(back, query, go);
    bar.getStyleClass().add("filter-bar");
    bar.setAlignment(Pos.CENTER_LEFT);
    javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    status.getStyleClass().add("count-label");
    back.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    export.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    range.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    source.setMaxWidth(220);
    HBox controls = new HBox(range, source, status, gap, export);
    controls.getStyleClass().add("filter-bar");
    controls.setAlignment(Pos.CENTER_LEFT);

    list.getStyleClass().add("history-list");
    list.setAccessibleText("History search results, newest first");
    list.setCellFactory(lv -> new HitCell(displayTime));
    list.setPlaceholder(new Label("Type words and press Enter to search everything stored."));
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, hit) -> {
              if (hit != null) {
                open.accept(hit.entry());
              }
            });
    setTop(new VBox(bar, controls));
    setCenter(list);
    showStatus(port.status());
    port.onStatus(this::showStatus);
  }

  private record Range(String label, Duration back) {}

  private static final java.util.List<Range> RANGES =
      java.util.List.of(
          new Range("Any time", null),
          new Range("Last hour", Duration.ofHours(1)),
          new Range("Last 24 hours", Duration.ofHours(24)),
          new Range("Last 7 days", Duration.ofDays(7)),
          new Range("Last 30 days", Duration.ofDays(30)));

  private void showStatus(HistoryStatus s) {
    if (!s.on()) {
      status.setText(s.message());
      status.getStyleClass().add("warning");
    }
  }

  /** The source choice follows the configured list; a choice still listed is kept. */
  private void listSources(ObservableList<org.wirewatch.source.SourceConfig> sources) {
    String chosen = source.getValue();
    relisting = true;
    try {
      sourceIds.clear();
      sources.forEach(s -> sourceIds.putIfAbsent(s.name(), s.id()));
      source.getItems().setAll(ANY_SOURCE);
      source.getItems().addAll(sourceIds.keySet());
      source.setValue(chosen != null && sourceIds.containsKey(chosen) ? chosen : ANY_SOURCE);
    } finally {
      relisting = false;
    }
  }

  /** Starts a search for {@code text} (from the timeline's filter box). */
  public void search(String text) {
    query.setText(text);
    search();
  }

  public void focusQuery() {
    query.requestFocus();
    query.end();
  }

  HistoryPort.Request request(int limit) {
    Duration back = null; // "Any time"
    for (Range r : RANGES) {
      if (r.label().equals(range.getValue())) {
        back = r.back();
      }
    }
    Instant now = clock.instant();
    SourceId id = sourceIds.get(source.getValue());
    return new HistoryPort.Request(
        query.getText(),
        back == null ? null : now.minus(back),
        null,
        id,
        limit,
        displayTime.get().zone());
  }

  /** Runs the search as the controls stand; a blank query with "Any time" lists the newest. */
  public void search() {
    long mine = ++searches;
    status.setText("Searching\u2026");
    port.search(
        request(SHOWN),
        result -> {
          if (mine != searches) {
            return; // a newer search was started meanwhile
          }
          hits.setAll(result.hits());
          if (result.error() != null) {
            status.setText(result.error());
          } else if (result.hits().isEmpty()) {
            status.setText("Nothing in history matches.");
          } else {
            status.setText(
                result.hits().size() >= SHOWN
                    ? "The newest " + SHOWN + " matches (export writes them all)"
                    : result.hits().size() + (result.hits().size() == 1 ? " match" : " matches"));
          }
        });
  }

  private void chooseExportFile(String format) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export history");
    chooser.setInitialFileName("wirewatch-history." + format);
    java.io.File file = chooser.showSaveDialog(getScene().getWindow());
    if (file != null) {
      exportTo(file.toPath(), format);
    }
  }

  /** Exports every match of the current search to {@code file}. */
  public void exportTo(Path file, String format) {
    status.setText("Exporting\u2026");
    port.export(request(0), format, file, status::setText);
  }

  public TextField queryField() {
    return query;
  }

  public ListView<HistoryPort.Hit> results() {
    return list;
  }

  public Label statusLabel() {
    return status;
  }

  public ComboBox<String> rangeChoice() {
    return range;
  }

  public ComboBox<String> sourceChoice() {
    return source;
  }

  /** How a hit reads in the list. */
  String describe(HistoryPort.Hit hit) {
    return HitCell.describe(hit, displayTime.get());
  }
}

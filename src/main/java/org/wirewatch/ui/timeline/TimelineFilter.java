package org.wirewatch.ui.timeline;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;

/**
 * The timeline's filter bar: text, one source, a priority, and the count they leave. The source
 * choice follows the configured sources as they are edited.
 */
final class TimelineFilter extends HBox {
  private final TextField text = new TextField();
  private final ComboBox<String> source = new ComboBox<>();
  private final ComboBox<String> priority = new ComboBox<>();
  private final Label count = new Label();
  private final Button history = new Button("History", new FontIcon(Feather.CLOCK));
  private final FilteredList<TimelineEntry> filtered;
  private final Function<SourceId, String> sourceName;
  private final Runnable onChange;
  private boolean relisting;

  TimelineFilter(
      FilteredList<TimelineEntry> filtered,
      javafx.scene.control.ListView<TimelineEntry> list,
      Function<SourceId, String> sourceName,
      ObservableList<String> sourceNames,
      Runnable onChange) {
    this.filtered = filtered;
    this.sourceName = sourceName;
    this.onChange = onChange;
    text.setPromptText("Filter (Ctrl+F)");
    text.setAccessibleText("Filter the timeline by text");
    text.getStyleClass().add("filter-text");
    text.setMinWidth(120);
    HBox.setHgrow(text, Priority.ALWAYS);
    text.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            history.fire();
          } else if (e.getCode() == KeyCode.ESCAPE) {
            text.clear();
            list.requestFocus();
          } else if (e.getCode() == KeyCode.DOWN) {
            list.requestFocus();
            if (list.getSelectionModel().isEmpty()) {
              list.getSelectionModel().selectFirst();
            }
          }
        });
    listSources(sourceNames);
    sourceNames.addListener((ListChangeListener<String>) c -> listSources(sourceNames));
    source.setAccessibleText("Show one source");
    source.setMaxWidth(220);
    source.setMinWidth(120);
    priority.setMinWidth(Region.USE_PREF_SIZE);
    priority
        .getItems()
        .addAll(TimelinePane.ALL_PRIORITIES, TimelinePane.BREAKING_ONLY, TimelinePane.PINNED_ONLY);
    priority.setValue(TimelinePane.ALL_PRIORITIES);
    priority.setAccessibleText("Show by priority");
    count.getStyleClass().add("count-label");
    history.setAccessibleText("Search history for the filter's words (Ctrl+Enter)");
    history.setTooltip(new Tooltip("Search everything stored (Ctrl+Enter)"));
    history.setMinWidth(Region.USE_PREF_SIZE);
    getChildren().addAll(new FontIcon(Feather.SEARCH), text, source, priority, count, history);
    getStyleClass().add("filter-bar");
    setAlignment(Pos.CENTER_LEFT);
    text.textProperty().addListener((o, a, b) -> apply());
    source
        .valueProperty()
        .addListener(
            (o, a, b) -> {
              if (!relisting) {
                apply();
              }
            });
    priority.valueProperty().addListener((o, a, b) -> apply());
    filtered.addListener((ListChangeListener<TimelineEntry>) c -> updateCount());
    updateCount();
  }

  TextField text() {
    return text;
  }

  ComboBox<String> source() {
    return source;
  }

  ComboBox<String> priority() {
    return priority;
  }

  Button history() {
    return history;
  }

  /** Shows everything again. */
  void clear() {
    text.clear();
    source.setValue(TimelinePane.ALL_SOURCES);
    priority.setValue(TimelinePane.ALL_PRIORITIES);
  }

  /** Re-applies the filter, e.g. after a source was renamed. */
  void apply() {
    String needle = text.getText() == null ? "" : text.getText().strip();
    String wantedSource = source.getValue();
    String wantedPriority = priority.getValue();
    Predicate<TimelineEntry> p = e -> true;
    if (!needle.isEmpty()) {
      String lower = needle.toLowerCase(Locale.ROOT);
      p =
          p.and(
              e -> {
                var u = e.update();
                return contains(u.headline(), lower)
                    || contains(u.text(), lower)
                    || contains(u.author(), lower)
                    || contains(sourceName.apply(u.source()), lower)
                    || (u.origin() != null && contains(u.origin().name(), lower));
              });
    }
    if (wantedSource != null && !TimelinePane.ALL_SOURCES.equals(wantedSource)) {
      // the source read, or (through a relay) the source it was first read from
      p =
          p.and(
              e ->
                  wantedSource.equals(sourceName.apply(e.update().source()))
                      || (e.update().origin() != null
                          && wantedSource.equals(e.update().origin().name())));
    }
    if (TimelinePane.BREAKING_ONLY.equals(wantedPriority)) {
      p = p.and(e -> e.update().priority() == org.wirewatch.model.Priority.BREAKING);
    } else if (TimelinePane.PINNED_ONLY.equals(wantedPriority)) {
      p = p.and(e -> e.update().priority() == org.wirewatch.model.Priority.PINNED);
    }
    filtered.setPredicate(p);
    onChange.run();
  }

  /** A source still listed stays chosen; one that was removed or renamed falls back to all. */
  private void listSources(List<String> names) {
    String chosen = source.getValue();
    relisting = true;
    try {
      source.getItems().setAll(TimelinePane.ALL_SOURCES);
      source.getItems().addAll(names);
      source.setValue(chosen != null && names.contains(chosen) ? chosen : TimelinePane.ALL_SOURCES);
    } finally {
      relisting = false;
    }
    // Names feed the predicate: a rename changes which rows match.
    if (priority.getValue() != null) {
      apply();
    }
  }

  private static boolean contains(String haystack, String lowerNeedle) {
    return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(lowerNeedle);
  }

  private void updateCount() {
    count.setText(
        filtered.size() == filtered.getSource().size()
            ? filtered.size() + " updates"
            : filtered.size() + " of " + filtered.getSource().size());
  }
}

package org.wirewatch.ui.timeline;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;
import org.wirewatch.ui.DisplayTime;

/**
 * The live-blog timeline: a filter bar over a virtualized list, newest first. Updates arriving
 * while the reader is scrolled down do not move what they are reading; a pill counts them and takes
 * the reader to the top.
 */
public final class TimelinePane extends BorderPane {
  public static final String ALL_SOURCES = "All sources";
  public static final String ALL_PRIORITIES = "All updates";
  public static final String BREAKING_ONLY = "Breaking";
  public static final String PINNED_ONLY = "Pinned";

  private final FilteredList<TimelineEntry> filtered;
  private final ListView<TimelineEntry> list;
  private final TimelineFilter filter;
  private ScrollAnchor anchor; // set in the constructor, after the listener that uses it
  private final Button newPill = new Button();
  private final ReadOnlyIntegerWrapper unseen = new ReadOnlyIntegerWrapper(this, "unseen");
  private final Set<EntryCell> cells = new HashSet<>();
  private final javafx.beans.property.ReadOnlyObjectWrapper<TimelineEntry> selected =
      new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "selected");
  private UpdateKey selectedKey;
  private javafx.collections.ObservableMap<UpdateKey, String> alerts =
      javafx.collections.FXCollections.observableHashMap();
  private javafx.collections.ObservableMap<UpdateKey, String> alertColours =
      javafx.collections.FXCollections.observableHashMap();
  private final Arrivals arrivals = new Arrivals(() -> getScene() != null && atTop());
  private boolean reselectPending;

  public TimelinePane(
      ObservableList<TimelineEntry> entries,
      Function<SourceId, String> sourceName,
      ObservableList<String> sourceNames,
      Supplier<DisplayTime> displayTime,
      Clock clock) {
    getStyleClass().add("timeline-pane");
    java.time.Instant backlogUntil = clock.instant().plusSeconds(10);
    filtered = new FilteredList<>(entries);
    // Registered before the list view and its skin, so it sees the viewport as it was before a
    // change.
    filtered.addListener((ListChangeListener<TimelineEntry>) c -> this.anchor.beforeListReacts(c));
    list = new ListView<>(filtered);
    anchor = new ScrollAnchor(list, this::indexOf, n -> unseen.set(unseen.get() + n));
    list.getStyleClass().add("timeline-list");
    list.setAccessibleText("Timeline of updates, newest first");
    list.setCellFactory(
        lv -> {
          EntryCell cell =
              new EntryCell(displayTime, sourceName, clock, backlogUntil, arrivals::justArrived);
          cell.setAlerts(k -> alerts.get(k), k -> alertColours.get(k));
          cells.add(cell);
          return cell;
        });
    list.setPlaceholder(new Label("Waiting for the first updates\u2026"));
    list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> onSelection(now));

    newPill.getStyleClass().addAll("new-pill", "accent", "rounded");
    newPill.setGraphic(new FontIcon(Feather.ARROW_UP));
    newPill.setVisible(false);
    newPill.setOnAction(e -> scrollToTop());
    newPill.textProperty().bind(unseen.asString().concat(" new updates"));
    newPill.visibleProperty().bind(unseen.greaterThan(0));
    unseen.addListener(
        (obs, was, n) ->
            newPill.setAccessibleText(n + " new updates above. Activate to go to the top."));
    StackPane.setAlignment(newPill, Pos.TOP_CENTER);
    StackPane center = new StackPane(list, newPill);
    center.getStyleClass().add("timeline-stack");

    filter = new TimelineFilter(filtered, list, sourceName, sourceNames, () -> unseen.set(0));
    // A renamed source's rows show its new name.
    sourceNames.addListener((ListChangeListener<String>) c -> list.refresh());
    filtered.addListener(arrivals::note);
    setTop(filter);
    setCenter(center);
    skinWatch();
  }

  private void skinWatch() {
    list.skinProperty()
        .addListener(
            (obs, old, skin) -> {
              VirtualFlow<?> flow = flow();
              if (flow != null) {
                flow.positionProperty()
                    .addListener(
                        (o, a, pos) -> {
                          if (pos.doubleValue() <= 0.0001 && atTop()) {
                            unseen.set(0);
                          }
                        });
              }
            });
  }

  /**
   * The entry the reader selected, following its edits: an edit replaces the row, which makes the
   * list drop its selection, so the same update is selected again before the next frame.
   */
  public javafx.beans.property.ReadOnlyObjectProperty<TimelineEntry> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  private void onSelection(TimelineEntry now) {
    if (now != null) {
      selectedKey = now.key();
      selected.set(now);
      return;
    }
    Scene scene = getScene();
    if (selectedKey == null || scene == null) {
      selected.set(null);
      return;
    }
    if (!reselectPending) {
      reselectPending = true;
      Runnable reselect =
          new Runnable() {
            @Override
            public void run() {
              scene.removePreLayoutPulseListener(this);
              reselectPending = false;
              if (list.getSelectionModel().getSelectedItem() != null) {
                return;
              }
              int at = indexOf(selectedKey);
              if (at >= 0) {
                list.getSelectionModel().select(at);
              } else {
                selectedKey = null;
                selected.set(null);
              }
            }
          };
      scene.addPreLayoutPulseListener(reselect);
    }
  }

  private int indexOf(UpdateKey key) {
    for (int i = 0; i < filtered.size(); i++) {
      if (filtered.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Marks the updates in {@code alerted} (key to rule names) as alerts, in the rule's colour from
   * {@code colours} where one was chosen, as the maps change.
   */
  public void showAlerts(
      javafx.collections.ObservableMap<UpdateKey, String> alerted,
      javafx.collections.ObservableMap<UpdateKey, String> colours) {
    this.alerts = alerted;
    this.alertColours = colours;
    alerted.addListener(
        (javafx.collections.MapChangeListener<UpdateKey, String>) c -> list.refresh());
    list.refresh();
  }

  /** With reduced motion, new rows appear without sliding in. */
  public void setReducedMotion(boolean reduced) {
    arrivals.setReducedMotion(reduced);
  }

  public ListView<TimelineEntry> list() {
    return list;
  }

  /** "Search history": the window decides what it opens. */
  public Button historyButton() {
    return filter.history();
  }

  public TextField filterField() {
    return filter.text();
  }

  public ComboBox<String> sourceFilter() {
    return filter.source();
  }

  public ComboBox<String> priorityFilter() {
    return filter.priority();
  }

  /** Clears every filter, so that each update shows. */
  public void clearFilters() {
    filter.clear();
  }

  public Button newUpdatesPill() {
    return newPill;
  }

  /** How many updates arrived above while the reader was scrolled away from the top. */
  public ReadOnlyIntegerProperty unseenProperty() {
    return unseen.getReadOnlyProperty();
  }

  public void focusFilter() {
    filter.text().requestFocus();
    filter.text().selectAll();
  }

  public void scrollToTop() {
    unseen.set(0);
    list.scrollTo(0);
    VirtualFlow<?> flow = flow();
    if (flow != null) {
      flow.scrollPixels(-1_000_000);
    }
  }

  /** Selects the entry with {@code key} (e.g. clicked on the crawl) and brings it into view. */
  public boolean select(UpdateKey key) {
    for (int i = 0; i < filtered.size(); i++) {
      if (filtered.get(i).key().equals(key)) {
        list.getSelectionModel().clearAndSelect(i);
        list.scrollTo(Math.max(0, i - 1));
        return true;
      }
    }
    return false;
  }

  /** Refreshes the relative ages of the visible rows only. */
  public void refreshAges() {
    for (EntryCell cell : cells) {
      cell.refreshAge();
    }
  }

  /** Re-renders visible rows, e.g. after the display zone changed. */
  public void refreshRows() {
    list.refresh();
  }

  /** The first row the reader sees, or {@code null} (for tests). */
  public TimelineEntry firstVisible() {
    VirtualFlow<?> flow = flow();
    if (flow == null) {
      return null;
    }
    IndexedCell<?> cell = flow.getFirstVisibleCell();
    return cell == null ? null : (TimelineEntry) cell.getItem();
  }

  /** Whether a row's headline cell shows now (for tests). */
  List<String> visibleHeadlines() {
    return cells.stream()
        .filter(c -> c.getItem() != null && c.isVisible())
        .map(EntryCell::headlineText)
        .toList();
  }

  private VirtualFlow<?> flow() {
    return anchor.flow();
  }

  private boolean atTop() {
    return anchor.atTop();
  }
}

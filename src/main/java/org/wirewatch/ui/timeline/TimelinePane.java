package org.wirewatch.ui.timeline;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
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
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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
  private final TextField filterText = new TextField();
  private final Button historyButton = new Button("History", new FontIcon(Feather.CLOCK));
  private final ComboBox<String> sourceFilter = new ComboBox<>();
  private final ComboBox<String> priorityFilter = new ComboBox<>();
  private final Button newPill = new Button();
  private final Label countLabel = new Label();
  private final ReadOnlyIntegerWrapper unseen = new ReadOnlyIntegerWrapper(this, "unseen");
  private final Set<EntryCell> cells = new HashSet<>();
  private final Function<SourceId, String> sourceName;
  private final List<String> sourceNames;
  private final javafx.beans.property.ReadOnlyObjectWrapper<TimelineEntry> selected =
      new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "selected");
  private UpdateKey selectedKey;
  // Updates that just arrived at the top while the reader was there: their rows slide in.
  private final java.util.Map<UpdateKey, Long> arrivals = new java.util.HashMap<>();
  private boolean reducedMotion;
  private boolean reselectPending;
  private UpdateKey anchorKey;
  private int anchorIndex;
  private double anchorOffset;
  private boolean anchorPending;

  public TimelinePane(
      ObservableList<TimelineEntry> entries,
      Function<SourceId, String> sourceName,
      List<String> sourceNames,
      Supplier<DisplayTime> displayTime,
      Clock clock) {
    this.sourceName = sourceName;
    this.sourceNames = List.copyOf(sourceNames);
    getStyleClass().add("timeline-pane");
    java.time.Instant backlogUntil = clock.instant().plusSeconds(10);
    filtered = new FilteredList<>(entries);
    // Registered before the list's skin exists, so it sees the viewport as it was before a change.
    filtered.addListener(this::beforeListReacts);
    list = new ListView<>(filtered);
    list.getStyleClass().add("timeline-list");
    list.setAccessibleText("Timeline of updates, newest first");
    list.setCellFactory(
        lv -> {
          EntryCell cell =
              new EntryCell(displayTime, sourceName, clock, backlogUntil, this::justArrived);
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

    filterText.setPromptText("Filter (Ctrl+F)");
    filterText.setAccessibleText("Filter the timeline by text");
    filterText.getStyleClass().add("filter-text");
    HBox.setHgrow(filterText, Priority.ALWAYS);
    filterText.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            historyButton.fire();
          } else if (e.getCode() == KeyCode.ESCAPE) {
            filterText.clear();
            list.requestFocus();
          } else if (e.getCode() == KeyCode.DOWN) {
            list.requestFocus();
            if (list.getSelectionModel().isEmpty()) {
              list.getSelectionModel().selectFirst();
            }
          }
        });
    sourceFilter.getItems().add(ALL_SOURCES);
    sourceFilter.getItems().addAll(sourceNames);
    sourceFilter.setValue(ALL_SOURCES);
    sourceFilter.setAccessibleText("Show one source");
    sourceFilter.setMaxWidth(220);
    sourceFilter.setMinWidth(120);
    priorityFilter.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    filterText.setMinWidth(120);
    priorityFilter.getItems().addAll(ALL_PRIORITIES, BREAKING_ONLY, PINNED_ONLY);
    priorityFilter.setValue(ALL_PRIORITIES);
    priorityFilter.setAccessibleText("Show by priority");
    countLabel.getStyleClass().add("count-label");
    FontIcon searchIcon = new FontIcon(Feather.SEARCH);
    historyButton.setAccessibleText("Search history for the filter's words (Ctrl+Enter)");
    historyButton.setTooltip(
        new javafx.scene.control.Tooltip("Search everything stored (Ctrl+Enter)"));
    historyButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    HBox bar =
        new HBox(searchIcon, filterText, sourceFilter, priorityFilter, countLabel, historyButton);
    bar.getStyleClass().add("filter-bar");
    bar.setAlignment(Pos.CENTER_LEFT);
    filterText.textProperty().addListener((o, a, b) -> applyFilter());
    sourceFilter.valueProperty().addListener((o, a, b) -> applyFilter());
    priorityFilter.valueProperty().addListener((o, a, b) -> applyFilter());
    filtered.addListener((ListChangeListener<TimelineEntry>) c -> updateCount());
    filtered.addListener(this::noteArrivals);
    updateCount();

    setTop(bar);
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

  /** With reduced motion, new rows appear without sliding in. */
  public void setReducedMotion(boolean reduced) {
    this.reducedMotion = reduced;
  }

  private void noteArrivals(ListChangeListener.Change<? extends TimelineEntry> c) {
    if (reducedMotion || !atTop() || getScene() == null) {
      return;
    }
    long now = System.nanoTime();
    arrivals.values().removeIf(at -> now - at > 1_000_000_000L);
    while (c.next()) {
      if (c.wasAdded() && !c.wasReplaced() && c.getFrom() < 5) {
        for (TimelineEntry e : c.getAddedSubList()) {
          arrivals.put(e.key(), now);
        }
      }
    }
  }

  private boolean justArrived(UpdateKey key) {
    Long at = arrivals.get(key);
    return at != null && System.nanoTime() - at < 600_000_000L;
  }

  public ListView<TimelineEntry> list() {
    return list;
  }

  /** "Search history": the window decides what it opens. */
  public Button historyButton() {
    return historyButton;
  }

  public TextField filterField() {
    return filterText;
  }

  public ComboBox<String> sourceFilter() {
    return sourceFilter;
  }

  public ComboBox<String> priorityFilter() {
    return priorityFilter;
  }

  public Button newUpdatesPill() {
    return newPill;
  }

  /** How many updates arrived above while the reader was scrolled away from the top. */
  public ReadOnlyIntegerProperty unseenProperty() {
    return unseen.getReadOnlyProperty();
  }

  public void focusFilter() {
    filterText.requestFocus();
    filterText.selectAll();
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

  private void applyFilter() {
    String needle = filterText.getText() == null ? "" : filterText.getText().strip();
    String wantedSource = sourceFilter.getValue();
    String wantedPriority = priorityFilter.getValue();
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
                    || contains(sourceName.apply(u.source()), lower);
              });
    }
    if (wantedSource != null && !ALL_SOURCES.equals(wantedSource)) {
      p = p.and(e -> wantedSource.equals(sourceName.apply(e.update().source())));
    }
    if (BREAKING_ONLY.equals(wantedPriority)) {
      p = p.and(e -> e.update().priority() == org.wirewatch.model.Priority.BREAKING);
    } else if (PINNED_ONLY.equals(wantedPriority)) {
      p = p.and(e -> e.update().priority() == org.wirewatch.model.Priority.PINNED);
    }
    filtered.setPredicate(p);
    unseen.set(0);
  }

  private static boolean contains(String haystack, String lowerNeedle) {
    return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(lowerNeedle);
  }

  private void updateCount() {
    countLabel.setText(
        filtered.size() == filtered.getSource().size()
            ? filtered.size() + " updates"
            : filtered.size() + " of " + filtered.getSource().size());
  }

  private VirtualFlow<?> flow() {
    return (VirtualFlow<?>) list.lookup(".virtual-flow");
  }

  private boolean atTop() {
    VirtualFlow<?> flow = flow();
    if (flow == null) {
      return true;
    }
    IndexedCell<?> first = flow.getFirstVisibleCell();
    return first == null || (first.getIndex() == 0 && first.getLayoutY() >= -1);
  }

  /**
   * Runs before the list's skin hears of a change: remembers the row the reader is looking at, so
   * that after the change it can be put back exactly where it was.
   */
  private void beforeListReacts(ListChangeListener.Change<? extends TimelineEntry> change) {
    VirtualFlow<?> flow = flow();
    Scene scene = getScene();
    if (flow == null || scene == null || anchorPending || atTop()) {
      return;
    }
    IndexedCell<?> first = flow.getFirstVisibleCell();
    if (first == null || !(first.getItem() instanceof TimelineEntry anchor)) {
      return;
    }
    anchorKey = anchor.key();
    anchorIndex = first.getIndex();
    anchorOffset = first.getLayoutY();
    anchorPending = true;
    Runnable restore =
        new Runnable() {
          @Override
          public void run() {
            scene.removePreLayoutPulseListener(this);
            restoreAnchor();
          }
        };
    scene.addPreLayoutPulseListener(restore);
  }

  private void restoreAnchor() {
    anchorPending = false;
    int index = indexOf(anchorKey);
    if (index < 0) {
      return;
    }
    int movedBy = index - anchorIndex;
    if (movedBy == 0) {
      return;
    }
    if (movedBy > 0) {
      unseen.set(unseen.get() + movedBy);
    }
    VirtualFlow<?> flow = flow();
    list.layout();
    flow.scrollToTop(index);
    flow.scrollPixels(-anchorOffset);
    list.layout();
  }

  static ObservableList<String> names(List<String> names) {
    return FXCollections.observableArrayList(names);
  }
}

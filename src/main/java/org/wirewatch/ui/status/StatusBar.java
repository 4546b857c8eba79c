package org.wirewatch.ui.status;

import atlantafx.base.controls.Popover;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.SourceState;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.ui.DisplayTime;

/**
 * One chip per source with its state in colour and words, last update and next poll; a click shows
 * the source's recent errors.
 */
public final class StatusBar extends HBox {
  private final Map<SourceId, Chip> chips = new LinkedHashMap<>();
  private final Supplier<DisplayTime> displayTime;
  private final Clock clock;
  private final Consumer<SourceId> refresh;
  private final Label clockLabel = new Label();
  private final Label historyLabel = new Label();
  private final ObservableList<SourceStatus> statuses;
  private final ObservableList<SourceConfig> sources;

  public StatusBar(
      ObservableList<SourceStatus> statuses,
      ObservableList<SourceConfig> sources,
      Consumer<SourceId> refresh,
      Supplier<DisplayTime> displayTime,
      Clock clock) {
    this.displayTime = displayTime;
    this.clock = clock;
    this.refresh = refresh;
    getStyleClass().add("status-bar");
    setAlignment(Pos.CENTER_LEFT);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    clockLabel.getStyleClass().add("status-clock");
    historyLabel.getStyleClass().addAll("status-history", "warning");
    historyLabel.setVisible(false);
    historyLabel.setManaged(false);
    getChildren().addAll(spacer, historyLabel, clockLabel);
    this.statuses = statuses;
    this.sources = sources;
    statuses.addListener((ListChangeListener<SourceStatus>) c -> sync());
    sources.addListener((ListChangeListener<SourceConfig>) c -> sync());
    sync();
    tick();
  }

  /** Refreshes countdowns and the clock; called by the window's single ticker. */
  public void tick() {
    for (Chip chip : chips.values()) {
      chip.render();
    }
    DisplayTime dt = displayTime.get();
    clockLabel.setText(dt.clock(clock.instant()));
  }

  /**
   * Says plainly when history is off and why ("history off: another Wirewatch is using …"); says
   * nothing while it is kept, as a working store needs no attention.
   */
  public void setHistory(org.wirewatch.model.HistoryStatus status) {
    boolean off = !status.on();
    historyLabel.setText(off ? status.message() : "");
    historyLabel.setAccessibleText(off ? status.message() : null);
    historyLabel.setTooltip(off ? new javafx.scene.control.Tooltip(status.message()) : null);
    historyLabel.setVisible(off);
    historyLabel.setManaged(off);
  }

  /** What the status bar says about history: empty while it is kept. */
  public String historyText() {
    return historyLabel.getText();
  }

  /** The words shown for a source now (for tests). */
  public String textOf(SourceId source) {
    Chip chip = chips.get(source);
    return chip == null ? null : chip.state.getText();
  }

  public Button chipButton(SourceId source) {
    return chips.get(source);
  }

  /**
   * One chip per configured source, in the configured order and under its current name, then one
   * per other source the poller reports on (the demo); a removed source's chip goes with it.
   */
  private void sync() {
    Map<SourceId, String> wanted = new LinkedHashMap<>();
    for (SourceConfig s : sources) {
      wanted.putIfAbsent(s.id(), s.name());
    }
    for (SourceStatus s : statuses) {
      wanted.putIfAbsent(s.source(), s.name() == null ? s.source().value() : s.name());
    }
    Map<SourceId, SourceStatus> byId = new java.util.HashMap<>();
    statuses.forEach(s -> byId.put(s.source(), s));
    chips.keySet().retainAll(wanted.keySet());
    Map<SourceId, Chip> ordered = new LinkedHashMap<>();
    wanted.forEach(
        (id, name) -> {
          Chip chip = chips.get(id);
          if (chip == null) {
            chip = new Chip(id);
          }
          chip.setName(name);
          chip.setStatus(byId.get(id));
          ordered.put(id, chip);
        });
    chips.clear();
    chips.putAll(ordered);
    List<javafx.scene.Node> children = new java.util.ArrayList<>(chips.values());
    children.addAll(getChildren().subList(getChildren().size() - 3, getChildren().size()));
    if (!children.equals(getChildren())) {
      getChildren().setAll(children);
    }
  }

  private final class Chip extends Button {
    private final SourceId id;
    private String name;
    private final Circle dot = new Circle(5);
    private final Label nameLabel = new Label();
    private final Label state = new Label("starting");
    private final Label timing = new Label();
    private final Label notes = new Label();
    private SourceStatus status;
    private Popover popover;

    Chip(SourceId id) {
      this.id = id;
      this.name = id.value();
      getStyleClass().addAll("status-chip", "flat");
      dot.getStyleClass().add("status-dot");
      nameLabel.getStyleClass().add("status-name");
      state.getStyleClass().add("status-state");
      timing.getStyleClass().add("status-timing");
      notes.getStyleClass().addAll("status-notes", "text-muted");
      notes.setVisible(false);
      notes.setManaged(false);
      HBox box = new HBox(dot, nameLabel, state, notes, timing);
      box.setAlignment(Pos.CENTER_LEFT);
      box.getStyleClass().add("status-chip-box");
      setGraphic(box);
      setFocusTraversable(true);
      setOnAction(e -> showErrors());
      render();
    }

    void setName(String name) {
      if (!name.equals(this.name) || nameLabel.getText().isEmpty()) {
        this.name = name;
        nameLabel.setText(name);
        render();
      }
    }

    void setStatus(SourceStatus s) {
      if (s == status) {
        return;
      }
      this.status = s;
      render();
    }

    void render() {
      SourceState st = status == null ? SourceState.STARTING : status.state();
      String stateClass = "state-" + st.name().toLowerCase(java.util.Locale.ROOT);
      // Touch the style classes only on a change: re-adding one every tick restyles the bar.
      if (!getStyleClass().contains(stateClass)) {
        for (SourceState each : SourceState.values()) {
          getStyleClass().remove("state-" + each.name().toLowerCase(java.util.Locale.ROOT));
        }
        getStyleClass().add(stateClass);
      }
      DisplayTime dt = displayTime.get();
      String words = status == null ? "starting" : StatusText.state(status, clock.instant(), dt);
      String when = status == null ? "" : StatusText.timing(status, clock.instant(), dt);
      if (!words.equals(state.getText())) {
        state.setText(words);
      }
      if (!when.equals(timing.getText())) {
        timing.setText(when);
      }
      timing.setVisible(!when.isEmpty());
      timing.setManaged(!when.isEmpty());
      String said = status == null ? "" : StatusText.notes(status);
      if (!said.equals(notes.getText())) {
        notes.setText(said);
        notes.setVisible(!said.isEmpty());
        notes.setManaged(!said.isEmpty());
      }
      setAccessibleText(
          name
              + ": "
              + words
              + (said.isEmpty() ? "" : ", " + said)
              + (when.isEmpty() ? "" : ", " + when));
    }

    private void showErrors() {
      VBox content = new VBox();
      content.getStyleClass().add("errors-popover");
      Label title = new Label(name);
      title.getStyleClass().add("title-4");
      content.getChildren().add(title);
      if (status != null && status.url() != null) {
        Label url = new Label(status.url().toString());
        url.getStyleClass().add("text-muted");
        content.getChildren().add(url);
      }
      if (status != null && !status.problems().isEmpty()) {
        Label heading = new Label("About the last document");
        heading.getStyleClass().add("text-bold");
        content.getChildren().add(heading);
        for (String problem : status.problems()) {
          Label l = new Label(problem);
          l.setWrapText(true);
          l.setMaxWidth(520);
          l.getStyleClass().add("note-line");
          content.getChildren().add(l);
        }
      }
      List<SourceStatus.SourceError> errors = status == null ? List.of() : status.recentErrors();
      if (errors.isEmpty()) {
        content.getChildren().add(new Label("No recent errors."));
      } else {
        DisplayTime dt = displayTime.get();
        for (int i = errors.size() - 1; i >= 0; i--) {
          SourceStatus.SourceError err = errors.get(i);
          Label l =
              new Label((err.at() == null ? "" : dt.clockOnly(err.at()) + "  ") + err.message());
          l.setWrapText(true);
          l.setMaxWidth(520);
          l.getStyleClass().add("error-line");
          content.getChildren().add(l);
        }
      }
      Button now = new Button("Fetch now", new FontIcon(Feather.REFRESH_CW));
      now.setOnAction(
          e -> {
            refresh.accept(id);
            popover.hide();
          });
      content.getChildren().add(now);
      popover = new Popover(content);
      popover.setTitle("Recent errors");
      popover.setArrowLocation(Popover.ArrowLocation.BOTTOM_CENTER);
      popover.show(this);
    }

    boolean hasPopover() {
      return popover != null && popover.isShowing();
    }
  }

  /** Whether the errors popover of {@code source} is showing (for tests). */
  public boolean errorsShowing(SourceId source) {
    Chip chip = chips.get(source);
    return chip != null && chip.hasPopover();
  }
}

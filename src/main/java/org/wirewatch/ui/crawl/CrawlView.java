package org.wirewatch.ui.crawl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;
import org.wirewatch.ui.DisplayTime;

/**
 * The crawl strip. One {@link AnimationTimer} advances a {@link CrawlModel}; each frame moves one
 * group of pre-laid-out items by its translateX, so a frame does no layout and only the strip is
 * repainted. Items are recycled from a pool as they leave the left edge.
 */
public final class CrawlView extends HBox {
  /** How many of the newest live entries cycle on the crawl. */
  public static final int CRAWL_SIZE = 25;

  private final ObservableList<TimelineEntry> entries;
  private final CrawlModel<UpdateKey> model;
  private final Strip strip = new Strip();
  private final CrawlTape tape;
  private final CrawlItem measurer = new CrawlItem();
  private final Map<UpdateKey, TimelineEntry> shown = new LinkedHashMap<>();
  private final BooleanProperty userPaused = new SimpleBooleanProperty(this, "userPaused");
  private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
  private final FontIcon pauseIcon = new FontIcon(Feather.PAUSE);
  private final Button pauseButton = new Button(null, pauseIcon);
  private final Consumer<UpdateKey> onSelect;
  private DisplayTime displayTime;
  private long lastFrame = -1;
  private boolean running;
  private long frames;

  private final AnimationTimer timer =
      new AnimationTimer() {
        @Override
        public void handle(long now) {
          if (lastFrame >= 0) {
            // A stall (window dragged, GC) must not turn into a jump: cap one step.
            model.advance(Math.min(0.1, (now - lastFrame) / 1e9));
            sync();
          }
          lastFrame = now;
          frames++;
        }
      };

  public CrawlView(
      ObservableList<TimelineEntry> entries,
      DisplayTime displayTime,
      double speed,
      Consumer<UpdateKey> onSelect) {
    this.entries = Objects.requireNonNull(entries);
    this.displayTime = displayTime;
    this.onSelect = onSelect;
    this.model = new CrawlModel<>(speed);
    this.tape = new CrawlTape(model, strip::getHeight, strip::getWidth);
    getStyleClass().add("crawl");
    setAccessibleRole(AccessibleRole.TEXT);
    setFocusTraversable(true);
    setFillHeight(true);

    measurer.setVisible(false);
    measurer.setManaged(false);
    strip.getChildren().addAll(measurer, tape.node());
    HBox.setHgrow(strip, Priority.ALWAYS);

    pauseButton.getStyleClass().addAll("crawl-pause", "flat");
    pauseButton.setFocusTraversable(false);
    pauseButton.setOnAction(e -> userPaused.set(!userPaused.get()));
    javafx.scene.control.Label label = new javafx.scene.control.Label("LATEST");
    label.getStyleClass().add("crawl-label");
    label.setMinWidth(USE_PREF_SIZE);
    label.setMaxHeight(Double.MAX_VALUE);
    getChildren().addAll(label, strip, pauseButton);

    // Focus pauses only when the keyboard brought it here (focus-visible): on the wall and the bar
    // the crawl is the only focusable node and gets the focus by itself, and would never move.
    paused.bind(userPaused.or(strip.hoverProperty()).or(focusVisibleProperty()));
    paused.addListener((obs, was, now) -> updateRunning());
    userPaused.addListener((obs, was, now) -> updatePauseButton());
    updatePauseButton();
    setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.SPACE) {
            togglePause();
            e.consume();
          }
        });
    strip.setOnMouseClicked(
        e -> {
          UpdateKey key = model.keyAt(e.getX());
          if (key != null && onSelect != null) {
            onSelect.accept(key);
          }
        });
    entries.addListener((ListChangeListener<TimelineEntry>) c -> reconcile());
    sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (scene != null) {
                remeasureAll();
              }
              updateRunning();
            });
  }

  public void togglePause() {
    userPaused.set(!userPaused.get());
  }

  public BooleanProperty userPausedProperty() {
    return userPaused;
  }

  /** Paused by the user, by the pointer over it, or by focus the keyboard moved to it. */
  public ReadOnlyBooleanProperty pausedProperty() {
    return paused.getReadOnlyProperty();
  }

  public boolean isPaused() {
    return paused.get();
  }

  public void setSpeed(double pixelsPerSecond) {
    model.setSpeed(pixelsPerSecond);
  }

  public void setReducedMotion(boolean reduced) {
    model.setPaging(reduced, 6);
    sync();
  }

  public void setDisplayTime(DisplayTime time) {
    this.displayTime = time;
    remeasureAll();
  }

  /** Measures every item again, e.g. after the font size changed; the strip starts over. */
  public void remeasureAll() {
    tape.clear();
    shown.clear();
    boolean paging = model.paging();
    model.clear();
    model.setPaging(paging, 6);
    reconcile();
  }

  /** The headlines on the strip now, left to right (for tests and accessibility). */
  public List<String> visibleHeadlines() {
    return tape.headlinesWithin(strip.getWidth());
  }

  /** Calls back once per update as its item first overlaps the strip; {@code null}: off. */
  public void setOnFirstShown(Consumer<UpdateKey> listener) {
    tape.setOnFirstShown(listener);
  }

  /** The entries cycling through the crawl. */
  public List<UpdateKey> sequence() {
    return List.copyOf(model.sequence());
  }

  /** The item nodes currently placed on the strip (for tests). */
  List<CrawlItem> itemsOnStrip() {
    return tape.items();
  }

  /** Frames animated so far (for tests). */
  public long frames() {
    return frames;
  }

  /** The tape's offset, which moves while the crawl runs (for tests). */
  public double tapeOffset() {
    return tape.offset();
  }

  private void updateRunning() {
    boolean shouldRun = getScene() != null && !paused.get();
    if (shouldRun && !running) {
      lastFrame = -1;
      timer.start();
      running = true;
    } else if (!shouldRun && running) {
      timer.stop();
      running = false;
    }
    setAccessibleText(
        "News crawl, " + (paused.get() ? "paused" : "moving") + ". Press Space to pause or play.");
  }

  private void updatePauseButton() {
    boolean p = userPaused.get();
    pauseIcon.setIconCode(p ? Feather.PLAY : Feather.PAUSE);
    pauseButton.setAccessibleText(p ? "Play the crawl" : "Pause the crawl");
    pauseButton.setTooltip(new Tooltip((p ? "Play" : "Pause") + " the crawl (Space)"));
  }

  /** Brings the crawl in line with the newest live entries. */
  private void reconcile() {
    if (getScene() == null) {
      return;
    }
    Map<UpdateKey, TimelineEntry> wanted = new LinkedHashMap<>();
    for (TimelineEntry e : entries) {
      if (!e.withdrawn()) {
        wanted.put(e.key(), e);
        if (wanted.size() >= CRAWL_SIZE) {
          break;
        }
      }
    }
    for (UpdateKey key : List.copyOf(shown.keySet())) {
      if (!wanted.containsKey(key)) {
        shown.remove(key);
        model.remove(key);
        markWithdrawn(key);
      }
    }
    // Oldest first, so each joins at the cursor ahead of the previous: the newest comes in first.
    List<TimelineEntry> wantedList = new ArrayList<>(wanted.values());
    for (int i = wantedList.size() - 1; i >= 0; i--) {
      TimelineEntry entry = wantedList.get(i);
      TimelineEntry old = shown.get(entry.key());
      if (old == null || looksDifferent(old, entry)) {
        shown.put(entry.key(), entry);
        measurer.show(entry, displayTime);
        model.put(entry.key(), measurer.measure());
        if (old != null) {
          tape.redraw(entry, displayTime, true);
        }
      }
    }
    sync();
  }

  private boolean looksDifferent(TimelineEntry a, TimelineEntry b) {
    return !a.update().headline().equals(b.update().headline())
        || a.update().priority() != b.update().priority()
        || !a.update().published().equals(b.update().published());
  }

  private void markWithdrawn(UpdateKey key) {
    for (TimelineEntry e : entries) {
      if (e.key().equals(key) && e.withdrawn()) {
        tape.redraw(e, displayTime, false);
        return;
      }
    }
  }

  private void sync() {
    tape.sync(shown::get, displayTime);
  }

  /** The clipped, fixed-height viewport; lays out only when resized. */
  private final class Strip extends javafx.scene.layout.Pane {
    private final Rectangle clip = new Rectangle();

    Strip() {
      getStyleClass().add("crawl-strip");
      setClip(clip);
      setPadding(Insets.EMPTY);
      setMinWidth(0);
    }

    @Override
    protected void layoutChildren() {
      clip.setWidth(getWidth());
      clip.setHeight(getHeight());
      model.setViewportWidth(getWidth());
      sync();
      tape.placeAllVertically();
    }
  }
}

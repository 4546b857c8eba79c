package org.wirewatch.ui.crawl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import javafx.scene.Group;
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
  private final Group tape = new Group();
  private final CrawlItem measurer = new CrawlItem();
  private final Map<Long, CrawlItem> onStrip = new HashMap<>();
  private final Map<Long, UpdateKey> slotKeys = new HashMap<>();
  private final Deque<CrawlItem> pool = new ArrayDeque<>();
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
    getStyleClass().add("crawl");
    setAccessibleRole(AccessibleRole.TEXT);
    setFocusTraversable(true);
    setFillHeight(true);

    measurer.setVisible(false);
    measurer.setManaged(false);
    tape.setManaged(false);
    tape.setAutoSizeChildren(false);
    strip.getChildren().addAll(measurer, tape);
    HBox.setHgrow(strip, Priority.ALWAYS);

    pauseButton.getStyleClass().addAll("crawl-pause", "flat");
    pauseButton.setFocusTraversable(false);
    pauseButton.setOnAction(e -> userPaused.set(!userPaused.get()));
    javafx.scene.control.Label label = new javafx.scene.control.Label("LATEST");
    label.getStyleClass().add("crawl-label");
    label.setMinWidth(USE_PREF_SIZE);
    label.setMaxHeight(Double.MAX_VALUE);
    getChildren().addAll(label, strip, pauseButton);

    paused.bind(userPaused.or(strip.hoverProperty()).or(focusedProperty()));
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

  /** Paused by the user, by the pointer over it, or by keyboard focus. */
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
    for (CrawlItem item : onStrip.values()) {
      item.setVisible(false);
      pool.push(item);
    }
    onStrip.clear();
    slotKeys.clear();
    shown.clear();
    boolean paging = model.paging();
    model.clear();
    model.setPaging(paging, 6);
    reconcile();
  }

  /** The headlines on the strip now, left to right (for tests and accessibility). */
  public List<String> visibleHeadlines() {
    List<String> out = new ArrayList<>();
    for (CrawlModel.Slot<UpdateKey> slot : model.slots()) {
      CrawlItem item = onStrip.get(slot.serial());
      if (item != null && slot.x() < strip.getWidth()) {
        out.add(item.headlineText());
      }
    }
    return out;
  }

  /** The entries cycling through the crawl. */
  public List<UpdateKey> sequence() {
    return List.copyOf(model.sequence());
  }

  /** The item nodes currently placed on the strip (for tests). */
  List<CrawlItem> itemsOnStrip() {
    return List.copyOf(onStrip.values());
  }

  /** Frames animated so far (for tests). */
  public long frames() {
    return frames;
  }

  /** The tape's offset, which moves while the crawl runs (for tests). */
  public double tapeOffset() {
    return tape.getTranslateX();
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
          refreshItems(entry);
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

  private void refreshItems(TimelineEntry entry) {
    for (Map.Entry<Long, CrawlItem> on : onStrip.entrySet()) {
      if (entry.key().equals(slotKeys.get(on.getKey()))) {
        on.getValue().show(entry, displayTime);
        on.getValue().measure();
      }
    }
  }

  private void markWithdrawn(UpdateKey key) {
    for (TimelineEntry e : entries) {
      if (e.key().equals(key) && e.withdrawn()) {
        for (Map.Entry<Long, CrawlItem> on : onStrip.entrySet()) {
          if (key.equals(slotKeys.get(on.getKey()))) {
            on.getValue().show(e, displayTime);
          }
        }
        return;
      }
    }
  }

  /** Places item nodes for the model's slots; only new slots cost more than a translate. */
  private void sync() {
    List<CrawlModel.Slot<UpdateKey>> slots = model.slots();
    Set<Long> live = new HashSet<>(slots.size() * 2);
    double left = model.leftX();
    for (CrawlModel.Slot<UpdateKey> slot : slots) {
      live.add(slot.serial());
      CrawlItem item = onStrip.get(slot.serial());
      if (item == null) {
        item = obtain();
        TimelineEntry entry = shown.get(slot.key());
        if (entry != null) {
          item.show(entry, displayTime);
        }
        item.measure();
        item.setVisible(true);
        onStrip.put(slot.serial(), item);
        slotKeys.put(slot.serial(), slot.key());
        placeVertically(item);
      }
      double at = slot.x() - left;
      if (item.getLayoutX() != at) {
        item.setLayoutX(at);
      }
    }
    if (live.size() != onStrip.size()) {
      onStrip
          .entrySet()
          .removeIf(
              e -> {
                if (!live.contains(e.getKey())) {
                  e.getValue().setVisible(false);
                  pool.push(e.getValue());
                  slotKeys.remove(e.getKey());
                  return true;
                }
                return false;
              });
    }
    tape.setTranslateX(left);
  }

  private CrawlItem obtain() {
    CrawlItem item = pool.poll();
    if (item == null) {
      item = new CrawlItem();
      item.setManaged(false);
      tape.getChildren().add(item);
    }
    return item;
  }

  private void placeVertically(CrawlItem item) {
    double h = item.prefHeight(-1);
    item.setLayoutY(Math.round((strip.getHeight() - h) / 2));
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
      for (CrawlItem item : onStrip.values()) {
        placeVertically(item);
      }
    }
  }
}

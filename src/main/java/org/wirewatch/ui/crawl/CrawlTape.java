package org.wirewatch.ui.crawl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import javafx.scene.Group;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;
import org.wirewatch.ui.DisplayTime;

/**
 * The moving tape of the crawl: one item node per slot of the {@link CrawlModel}, recycled from a
 * pool as slots leave the left edge. A frame only moves the group; new slots cost a layout each.
 */
final class CrawlTape {
  private final Group group = new Group();
  private final CrawlModel<UpdateKey> model;
  private final DoubleSupplier stripHeight;
  private final Map<Long, CrawlItem> onStrip = new HashMap<>();
  private final Map<Long, UpdateKey> slotKeys = new HashMap<>();
  private final Deque<CrawlItem> pool = new ArrayDeque<>();
  private final DoubleSupplier stripWidth;
  private Consumer<UpdateKey> onFirstShown;
  private final Set<UpdateKey> shownOnce = new HashSet<>();

  CrawlTape(CrawlModel<UpdateKey> model, DoubleSupplier stripHeight, DoubleSupplier stripWidth) {
    this.model = model;
    this.stripHeight = stripHeight;
    this.stripWidth = stripWidth;
    group.setManaged(false);
    group.setAutoSizeChildren(false);
    // Drawn once into a bitmap that each frame only moves: the glyphs are not rasterized again
    // sixty times a second. -Dwirewatch.crawl.cache=false turns it off, for bench/crawl.sh's A/B.
    if (!"false".equals(System.getProperty("wirewatch.crawl.cache"))) {
      group.setCache(true);
      group.setCacheHint(javafx.scene.CacheHint.SPEED);
    }
  }

  Group node() {
    return group;
  }

  /** Places item nodes for the model's slots, each showing what {@code shown} holds for it. */
  void sync(Function<UpdateKey, TimelineEntry> shown, DisplayTime displayTime) {
    List<CrawlModel.Slot<UpdateKey>> slots = model.slots();
    Set<Long> live = new HashSet<>(slots.size() * 2);
    double left = model.leftX();
    for (CrawlModel.Slot<UpdateKey> slot : slots) {
      live.add(slot.serial());
      CrawlItem item = onStrip.get(slot.serial());
      if (item == null) {
        item = obtain();
        TimelineEntry entry = shown.apply(slot.key());
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
      if (onFirstShown != null) {
        reportIfFirstShown(slot);
      }
    }
    if (live.size() != onStrip.size()) {
      onStrip
          .entrySet()
          .removeIf(
              e -> {
                if (!live.contains(e.getKey())) {
                  recycle(e.getValue());
                  slotKeys.remove(e.getKey());
                  return true;
                }
                return false;
              });
    }
    group.setTranslateX(left);
  }

  /**
   * Calls {@code listener} once per update, the first time one of its items overlaps the strip (for
   * the benchmarks' probe); {@code null}, the default, turns it off.
   */
  void setOnFirstShown(Consumer<UpdateKey> listener) {
    onFirstShown = listener;
    shownOnce.clear();
  }

  private void reportIfFirstShown(CrawlModel.Slot<UpdateKey> slot) {
    double width = stripWidth.getAsDouble();
    if (slot.x() < width && slot.x() + slot.width() > 0 && shownOnce.add(slot.key())) {
      onFirstShown.accept(slot.key());
    }
  }

  /** Shows {@code entry} again on every item of its update, measured anew when asked. */
  void redraw(TimelineEntry entry, DisplayTime displayTime, boolean remeasure) {
    for (Map.Entry<Long, CrawlItem> on : onStrip.entrySet()) {
      if (entry.key().equals(slotKeys.get(on.getKey()))) {
        on.getValue().show(entry, displayTime);
        if (remeasure) {
          on.getValue().measure();
        }
      }
    }
  }

  /** Takes every item off the strip. */
  void clear() {
    onStrip.values().forEach(this::recycle);
    onStrip.clear();
    slotKeys.clear();
  }

  void placeAllVertically() {
    onStrip.values().forEach(this::placeVertically);
  }

  /** The headlines on the strip left of {@code width}, left to right. */
  List<String> headlinesWithin(double width) {
    List<String> out = new ArrayList<>();
    for (CrawlModel.Slot<UpdateKey> slot : model.slots()) {
      CrawlItem item = onStrip.get(slot.serial());
      if (item != null && slot.x() < width) {
        out.add(item.headlineText());
      }
    }
    return out;
  }

  List<CrawlItem> items() {
    return List.copyOf(onStrip.values());
  }

  double offset() {
    return group.getTranslateX();
  }

  private void recycle(CrawlItem item) {
    item.setVisible(false);
    pool.push(item);
  }

  private CrawlItem obtain() {
    CrawlItem item = pool.poll();
    if (item == null) {
      item = new CrawlItem();
      item.setManaged(false);
      group.getChildren().add(item);
    }
    return item;
  }

  private void placeVertically(CrawlItem item) {
    double h = item.prefHeight(-1);
    item.setLayoutY(Math.round((stripHeight.getAsDouble() - h) / 2));
  }
}

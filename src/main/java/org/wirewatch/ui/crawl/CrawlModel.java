package org.wirewatch.ui.crawl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The crawl as a tape, without any toolkit: which items sit where on the strip, advanced by elapsed
 * time. Items cycle through a sequence; each time the tape's right end comes into view the next
 * item in the sequence is appended, so a short sequence simply repeats and the strip never shows a
 * gap racing across it. New items join at the cursor (they are the next to enter from the right),
 * edits change an item's width in place, and nothing already on the strip ever jumps back to the
 * start.
 *
 * <p>Positions are in strip pixels: a slot at {@code x} is drawn from {@code x} to {@code x +
 * width}, with 0 the strip's left edge.
 *
 * @param <K> the identity of an item
 */
public final class CrawlModel<K> {
  /** One item placed on the strip; the serial tells two copies of the same item apart. */
  public record Slot<K>(long serial, K key, double x, double width) {}

  private static final class MutableSlot<K> {
    final long serial;
    final K key;
    double width;

    MutableSlot(long serial, K key, double width) {
      this.serial = serial;
      this.key = key;
      this.width = width;
    }
  }

  private final List<K> sequence = new ArrayList<>();
  private final Map<K, Double> widths = new HashMap<>();
  private final Deque<MutableSlot<K>> slots = new ArrayDeque<>();
  private int cursor;
  private long nextSerial;
  private double leftX;
  private double viewportWidth;
  private double speed;
  private boolean paging;
  private double pageInterval = 6;
  private double sincePage;

  /**
   * @param speed pixels per second
   */
  public CrawlModel(double speed) {
    setSpeed(speed);
  }

  public void setSpeed(double pixelsPerSecond) {
    if (!(pixelsPerSecond > 0)) {
      throw new IllegalArgumentException("speed must be positive: " + pixelsPerSecond);
    }
    this.speed = pixelsPerSecond;
  }

  public double speed() {
    return speed;
  }

  /** Reduced motion: instead of scrolling, show a fresh page of items every {@code seconds}. */
  public void setPaging(boolean paging, double seconds) {
    this.paging = paging;
    this.pageInterval = Math.max(1, seconds);
    this.sincePage = 0;
    if (paging) {
      page();
    }
  }

  public boolean paging() {
    return paging;
  }

  public void setViewportWidth(double width) {
    this.viewportWidth = Math.max(0, width);
    fill();
  }

  /**
   * Adds an item (next to enter the strip) or, when known, updates its width in place; items
   * already on the strip keep their left edge and those after them move by the difference.
   */
  public void put(K key, double width) {
    if (!(width > 0)) {
      throw new IllegalArgumentException("width must be positive: " + width);
    }
    Double old = widths.put(key, width);
    if (old == null) {
      sequence.add(cursor, key);
      // The cursor now points at the new item, so it is the next to come in. The strip fills on
      // the next look, so a batch of puts is placed as a whole rather than the first one
      // repeated.
    } else {
      for (MutableSlot<K> slot : slots) {
        if (slot.key.equals(key)) {
          slot.width = width;
        }
      }
    }
  }

  /** Takes an item out of the sequence; copies already on the strip scroll off as they are. */
  public void remove(K key) {
    if (widths.remove(key) == null) {
      return;
    }
    int at = sequence.indexOf(key);
    sequence.remove(at);
    if (at < cursor) {
      cursor--;
    }
    if (cursor >= sequence.size()) {
      cursor = 0;
    }
  }

  /** Drops everything, e.g. after the font size changed and every width is stale. */
  public void clear() {
    sequence.clear();
    widths.clear();
    slots.clear();
    cursor = 0;
    leftX = 0;
  }

  public boolean contains(K key) {
    return widths.containsKey(key);
  }

  /** The items in the order they cycle. */
  public List<K> sequence() {
    return Collections.unmodifiableList(sequence);
  }

  /** Moves the tape by {@code seconds} of elapsed time. */
  public void advance(double seconds) {
    if (!(seconds > 0)) {
      return;
    }
    if (paging) {
      sincePage += seconds;
      if (sincePage >= pageInterval) {
        sincePage = 0;
        page();
      }
      return;
    }
    leftX -= speed * seconds;
    dropOffscreen();
    fill();
  }

  /** Starts a new page with the next item at the left edge. */
  public void page() {
    slots.clear();
    leftX = 0;
    fill();
  }

  /** The slots on (or just entering) the strip, left to right. */
  public List<Slot<K>> slots() {
    fill();
    List<Slot<K>> out = new ArrayList<>(slots.size());
    double x = leftX;
    for (MutableSlot<K> slot : slots) {
      out.add(new Slot<>(slot.serial, slot.key, x, slot.width));
      x += slot.width;
    }
    return out;
  }

  /**
   * Where the first slot starts; a view moves one group by this and lays its items out relative to
   * it, so a frame costs one translate.
   */
  public double leftX() {
    return leftX;
  }

  /** The item under strip position {@code x}, or {@code null}. */
  public K keyAt(double x) {
    for (Slot<K> slot : slots()) {
      if (x >= slot.x() && x < slot.x() + slot.width()) {
        return slot.key();
      }
    }
    return null;
  }

  private void dropOffscreen() {
    while (!slots.isEmpty() && leftX + slots.peekFirst().width <= 0) {
      leftX += slots.pollFirst().width;
    }
  }

  private double rightEdge() {
    double x = leftX;
    for (MutableSlot<K> slot : slots) {
      x += slot.width;
    }
    return x;
  }

  private void fill() {
    if (sequence.isEmpty() || viewportWidth <= 0) {
      return;
    }
    double right = rightEdge();
    while (right < viewportWidth) {
      if (paging && !slots.isEmpty() && right + widths.get(sequence.get(cursor)) > viewportWidth) {
        break; // a page shows whole items only
      }
      K key = sequence.get(cursor);
      cursor = (cursor + 1) % sequence.size();
      double width = widths.get(key);
      slots.addLast(new MutableSlot<>(nextSerial++, key, width));
      right += width;
    }
  }
}

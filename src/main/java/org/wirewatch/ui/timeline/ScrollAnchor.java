package org.wirewatch.ui.timeline;

import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;

/**
 * Keeps the row the reader is looking at where it was when updates arrive above it. Registered on
 * the filtered list before the list view's skin, it sees the viewport as it was before a change and
 * puts it back before the next layout; rows that pushed it down are reported as unseen.
 */
final class ScrollAnchor {
  private final ListView<TimelineEntry> list;
  private final ToIntFunction<UpdateKey> indexOf;
  private final IntConsumer pushedDown;
  private UpdateKey key;
  private int index;
  private double offset;
  private boolean pending;

  ScrollAnchor(
      ListView<TimelineEntry> list, ToIntFunction<UpdateKey> indexOf, IntConsumer pushedDown) {
    this.list = list;
    this.indexOf = indexOf;
    this.pushedDown = pushedDown;
  }

  /** Whether the reader is at the very top of the list (or it is not laid out yet). */
  boolean atTop() {
    VirtualFlow<?> flow = flow();
    if (flow == null) {
      return true;
    }
    IndexedCell<?> first = flow.getFirstVisibleCell();
    return first == null || (first.getIndex() == 0 && first.getLayoutY() >= -1);
  }

  VirtualFlow<?> flow() {
    return (VirtualFlow<?>) list.lookup(".virtual-flow");
  }

  /** Remembers the first visible row before the list's skin hears of {@code change}. */
  void beforeListReacts(ListChangeListener.Change<? extends TimelineEntry> change) {
    VirtualFlow<?> flow = flow();
    Scene scene = list.getScene();
    if (flow == null || scene == null || pending || atTop()) {
      return;
    }
    IndexedCell<?> first = flow.getFirstVisibleCell();
    if (first == null || !(first.getItem() instanceof TimelineEntry anchor)) {
      return;
    }
    key = anchor.key();
    index = first.getIndex();
    offset = first.getLayoutY();
    pending = true;
    Runnable restore =
        new Runnable() {
          @Override
          public void run() {
            scene.removePreLayoutPulseListener(this);
            restore();
          }
        };
    scene.addPreLayoutPulseListener(restore);
  }

  private void restore() {
    pending = false;
    int now = indexOf.applyAsInt(key);
    if (now < 0) {
      return;
    }
    int movedBy = now - index;
    if (movedBy == 0) {
      return;
    }
    if (movedBy > 0) {
      pushedDown.accept(movedBy);
    }
    VirtualFlow<?> flow = flow();
    list.layout();
    flow.scrollToTop(now);
    flow.scrollPixels(-offset);
    list.layout();
  }
}

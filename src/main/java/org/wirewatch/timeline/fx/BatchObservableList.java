package org.wirewatch.timeline.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ModifiableObservableListBase;

/**
 * An observable list whose {@link #batch} groups any number of edits into one change notification,
 * so a burst of 500 updates costs the views one relayout, not 500.
 */
final class BatchObservableList<E> extends ModifiableObservableListBase<E> {
  private final List<E> items = new ArrayList<>();

  void batch(Consumer<List<E>> edits) {
    beginChange();
    try {
      edits.accept(this);
    } finally {
      endChange();
    }
  }

  @Override
  public E get(int index) {
    return items.get(index);
  }

  @Override
  public int size() {
    return items.size();
  }

  @Override
  protected void doAdd(int index, E element) {
    items.add(index, element);
  }

  @Override
  protected E doSet(int index, E element) {
    return items.set(index, element);
  }

  @Override
  protected E doRemove(int index) {
    return items.remove(index);
  }
}

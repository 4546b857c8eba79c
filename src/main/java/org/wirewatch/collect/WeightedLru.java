package org.wirewatch.collect;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * A map that forgets its least recently used entries when it holds more than so many, or when their
 * values weigh more than so much in all (characters, say): a bound in memory, not only in count.
 * The entry put last is kept whatever it weighs, so what was just put can always be got; a caller
 * that must never hold one heavy value checks {@link #maxWeight()} first. Not thread-safe.
 */
public final class WeightedLru<K, V> {
  private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(16, 0.75f, true);
  private final int maxEntries;
  private final long maxWeight;
  private final ToLongFunction<? super V> weigher;
  private long weight;

  /**
   * @param maxEntries entries kept at most
   * @param maxWeight total weight kept at most (but for the entry put last)
   * @param weigher a value's weight; must not change while it is held
   */
  public WeightedLru(int maxEntries, long maxWeight, ToLongFunction<? super V> weigher) {
    if (maxEntries < 1 || maxWeight < 1) {
      throw new IllegalArgumentException(
          "entries and weight must be positive: " + maxEntries + ", " + maxWeight);
    }
    this.maxEntries = maxEntries;
    this.maxWeight = maxWeight;
    this.weigher = weigher;
  }

  /** The value for {@code key}, which becomes the most recently used, or {@code null}. */
  public V get(K key) {
    return entries.get(key);
  }

  /** Puts {@code value} as the most recently used, then forgets the eldest while over a bound. */
  public void put(K key, V value) {
    V before = entries.put(key, value);
    weight += weigher.applyAsLong(value) - (before == null ? 0 : weigher.applyAsLong(before));
    Iterator<V> eldest = entries.values().iterator();
    while ((entries.size() > maxEntries || weight > maxWeight) && entries.size() > 1) {
      weight -= weigher.applyAsLong(eldest.next());
      eldest.remove();
    }
  }

  /** Forgets {@code key}; its value, or {@code null}. */
  public V remove(K key) {
    V before = entries.remove(key);
    if (before != null) {
      weight -= weigher.applyAsLong(before);
    }
    return before;
  }

  /** Forgets every entry whose key matches. */
  public void removeKeysIf(Predicate<? super K> matches) {
    Iterator<Map.Entry<K, V>> all = entries.entrySet().iterator();
    while (all.hasNext()) {
      Map.Entry<K, V> e = all.next();
      if (matches.test(e.getKey())) {
        weight -= weigher.applyAsLong(e.getValue());
        all.remove();
      }
    }
  }

  public int size() {
    return entries.size();
  }

  /** The weight of what is held now. */
  public long weight() {
    return weight;
  }

  public long maxWeight() {
    return maxWeight;
  }
}

package org.wirewatch.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WeightedLruTest {
  private static WeightedLru<String, String> lru(int entries, long weight) {
    return new WeightedLru<>(entries, weight, v -> v.length());
  }

  @Test
  void theLeastRecentlyUsedGoesFirstWhenTheCountIsReached() {
    WeightedLru<String, String> lru = lru(2, 1_000);
    lru.put("a", "1");
    lru.put("b", "2");
    lru.get("a");
    lru.put("c", "3");
    assertThat(lru.get("b")).isNull();
    assertThat(lru.get("a")).isEqualTo("1");
    assertThat(lru.size()).isEqualTo(2);
  }

  @Test
  void weightBoundsWhateverTheCountAndTheEntryPutLastIsKeptHoweverHeavy() {
    WeightedLru<String, String> lru = lru(100, 10);
    lru.put("a", "xxxx");
    lru.put("b", "xxxx");
    lru.put("c", "xxxx");
    assertThat(lru.get("a")).isNull();
    assertThat(lru.weight()).isEqualTo(8);
    lru.put("huge", "x".repeat(50));
    assertThat(lru.get("huge")).isNotNull();
    assertThat(lru.size()).isEqualTo(1);
    assertThat(lru.weight()).isEqualTo(50);
  }

  @Test
  void replacingAndRemovingKeepTheWeightTrue() {
    WeightedLru<String, String> lru = lru(10, 1_000);
    lru.put("a", "xxx");
    lru.put("a", "x");
    lru.put("keep-b", "xx");
    lru.put("drop-c", "xxxx");
    assertThat(lru.weight()).isEqualTo(7);
    lru.removeKeysIf(k -> k.startsWith("drop-"));
    assertThat(lru.weight()).isEqualTo(3);
    assertThat(lru.remove("a")).isEqualTo("x");
    assertThat(lru.remove("a")).isNull();
    assertThat(lru.weight()).isEqualTo(2);
  }

  @Test
  void noSizeIsRefused() {
    assertThatThrownBy(() -> lru(0, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lru(10, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}

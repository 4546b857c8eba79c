package org.wirewatch.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;
import org.wirewatch.model.Updates;

/** What the timeline remembers of entries that left memory, and how much of it. */
class EvictedEntriesTest {
  private static final Instant AT = Instant.parse("2025-08-07T13:00:00Z");

  private static TimelineEntry entry(String source, String id, int textChars) {
    LiveUpdate u = Updates.update().source(source).id(id).text("x".repeat(textChars)).build();
    return TimelineEntry.first(u);
  }

  private static UpdateKey key(String source, String id) {
    return new UpdateKey(SourceId.of(source), id);
  }

  @Test
  void anEntryIsRememberedByItsNewestVersionWithoutItsRevisions() {
    EvictedEntries evicted = new EvictedEntries(10, 1_000_000);
    TimelineEntry edited = entry("wire", "a", 10);
    for (int i = 0; i < 5; i++) {
      edited =
          edited.revisedBy(Updates.update().source("wire").id("a").text("edit " + i).build(), AT);
    }
    assertThat(edited.revisions()).hasSize(5);
    evicted.put(edited);
    TimelineEntry kept = evicted.get(key("wire", "a"));
    assertThat(kept.update()).isEqualTo(edited.update());
    assertThat(kept.revisions()).isEmpty();
    assertThat(kept.editedAt()).isEqualTo(edited.editedAt());
  }

  @Test
  void largeItemsPushOutTheOldestLongBeforeTheCountIsReached() {
    EvictedEntries evicted = new EvictedEntries(20_000, 100_000);
    for (int i = 0; i < 50; i++) {
      evicted.put(entry("wire", "big-" + i, 10_000));
    }
    assertThat(evicted.chars()).isLessThanOrEqualTo(100_000);
    assertThat(evicted.size()).isBetween(9, 10);
    assertThat(evicted.get(key("wire", "big-49"))).isNotNull();
    assertThat(evicted.get(key("wire", "big-0"))).isNull();
  }

  @Test
  void theCountBoundsSmallItemsAndTheOneJustEvictedIsKeptHoweverLarge() {
    EvictedEntries evicted = new EvictedEntries(3, 1_000);
    for (int i = 0; i < 5; i++) {
      evicted.put(entry("wire", "s-" + i, 5));
    }
    assertThat(evicted.size()).isEqualTo(3);
    assertThat(evicted.get(key("wire", "s-1"))).isNull();
    evicted.put(entry("wire", "huge", 50_000));
    assertThat(evicted.get(key("wire", "huge"))).isNotNull();
    assertThat(evicted.size()).isEqualTo(1);
  }

  @Test
  void removingASourceForgetsItsEntriesAndTheirCharacters() {
    EvictedEntries evicted = new EvictedEntries(10, 1_000_000);
    evicted.put(entry("wire", "a", 100));
    evicted.put(entry("blog", "b", 200));
    long before = evicted.chars();
    evicted.removeSource(SourceId.of("blog"));
    assertThat(evicted.get(key("blog", "b"))).isNull();
    assertThat(evicted.get(key("wire", "a"))).isNotNull();
    assertThat(evicted.chars()).isLessThan(before);
    evicted.remove(key("wire", "a"));
    assertThat(evicted.chars()).isZero();
  }
}

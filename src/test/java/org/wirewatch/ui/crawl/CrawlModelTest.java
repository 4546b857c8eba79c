package org.wirewatch.ui.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrawlModelTest {
  private final CrawlModel<String> model = new CrawlModel<>(100);

  @Test
  void advancesAtConstantSpeed() {
    model.setViewportWidth(1000);
    model.put("a", 400);
    double before = model.slots().get(0).x();
    model.advance(0.5);
    assertThat(model.slots().get(0).x()).isEqualTo(before - 50);
    model.advance(1.0 / 60);
    assertThat(model.slots().get(0).x()).isCloseTo(before - 50 - 100.0 / 60, within());
  }

  @Test
  void aShortSequenceRepeatsSoTheStripIsAlwaysFull() {
    model.setViewportWidth(1000);
    model.put("a", 300);
    model.put("b", 200);
    for (int frame = 0; frame < 600; frame++) {
      model.advance(1.0 / 60);
      List<CrawlModel.Slot<String>> slots = model.slots();
      CrawlModel.Slot<String> last = slots.get(slots.size() - 1);
      assertThat(last.x() + last.width()).isGreaterThanOrEqualTo(1000);
      assertThat(slots.get(0).x()).isLessThanOrEqualTo(0);
    }
    assertThat(model.slots()).extracting(CrawlModel.Slot::key).contains("a", "b");
  }

  @Test
  void slotsAreContiguousWithNoGaps() {
    model.setViewportWidth(1000);
    model.put("a", 300);
    model.put("b", 250);
    model.put("c", 120);
    model.advance(3.3);
    List<CrawlModel.Slot<String>> slots = model.slots();
    for (int i = 1; i < slots.size(); i++) {
      assertThat(slots.get(i).x())
          .isCloseTo(slots.get(i - 1).x() + slots.get(i - 1).width(), within());
    }
  }

  @Test
  void aNewItemJoinsAtTheTailWithoutMovingWhatIsOnScreen() {
    model.setViewportWidth(1000);
    model.put("a", 600);
    model.put("b", 600);
    model.advance(1);
    List<CrawlModel.Slot<String>> before = model.slots();
    model.put("new", 300);
    assertThat(model.slots()).isEqualTo(before);
    // It is the next item to enter from the right.
    model.advance(20);
    assertThat(model.slots()).extracting(CrawlModel.Slot::key).contains("new");
  }

  @Test
  void anEditChangesWidthInPlaceWithoutRestarting() {
    model.setViewportWidth(1000);
    model.put("a", 500);
    model.put("b", 500);
    model.advance(2);
    CrawlModel.Slot<String> first = model.slots().get(0);
    model.put(first.key(), 700);
    CrawlModel.Slot<String> after = model.slots().get(0);
    assertThat(after.x()).isEqualTo(first.x());
    assertThat(after.serial()).isEqualTo(first.serial());
    assertThat(after.width()).isEqualTo(700);
  }

  @Test
  void aRemovedItemScrollsOffAndNeverReturns() {
    model.setViewportWidth(1000);
    model.put("a", 400);
    model.put("b", 400);
    model.put("c", 400);
    model.remove("b");
    assertThat(model.sequence()).containsExactlyInAnyOrder("a", "c");
    model.advance(30);
    model.advance(30);
    assertThat(model.slots()).extracting(CrawlModel.Slot::key).doesNotContain("b");
  }

  @Test
  void nothingMovesWhenNoTimePasses() {
    model.setViewportWidth(800);
    model.put("a", 400);
    List<CrawlModel.Slot<String>> before = model.slots();
    model.advance(0);
    assertThat(model.slots()).isEqualTo(before);
  }

  @Test
  void reducedMotionPagesWholeItemsInsteadOfScrolling() {
    model.setViewportWidth(1000);
    model.put("a", 400);
    model.put("b", 400);
    model.put("c", 400);
    model.setPaging(true, 5);
    List<CrawlModel.Slot<String>> page1 = model.slots();
    assertThat(page1.get(0).x()).isZero();
    assertThat(page1).hasSize(2);
    model.advance(4);
    assertThat(model.slots()).isEqualTo(page1);
    model.advance(1.5);
    List<CrawlModel.Slot<String>> page2 = model.slots();
    assertThat(page2.get(0).x()).isZero();
    assertThat(page2.get(0).key()).isNotEqualTo(page1.get(0).key());
  }

  @Test
  void findsTheItemUnderAPoint() {
    model.setViewportWidth(1000);
    model.put("a", 400);
    model.put("b", 400);
    CrawlModel.Slot<String> second = model.slots().get(1);
    assertThat(model.keyAt(second.x() + 10)).isEqualTo(second.key());
    assertThat(model.keyAt(-5000)).isNull();
  }

  @Test
  void runsForADayWithoutDrift() {
    model.setViewportWidth(1920);
    model.put("a", 700);
    model.put("b", 900);
    for (int i = 0; i < 24 * 60 * 60; i++) {
      model.advance(1);
    }
    List<CrawlModel.Slot<String>> slots = model.slots();
    assertThat(slots.get(0).x()).isBetween(-900.0, 0.0);
    assertThat(slots.size()).isLessThan(8);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-6);
  }
}

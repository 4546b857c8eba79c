package org.wirewatch.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewatch.model.Updates.update;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;

class DuplicateIdsTest {
  private static FeedSnapshot doc(LiveUpdate... updates) {
    return new FeedSnapshot("t", List.of(updates), Set.of());
  }

  @Test
  void anIdenticalRepeatIsDroppedWithoutAProblem() {
    LiveUpdate a = update().id("a").build();
    FeedSnapshot out = DuplicateIds.resolve(doc(a, update().id("b").build(), a));
    assertThat(out.updates()).extracting(LiveUpdate::id).containsExactly("a", "b");
    assertThat(out.problems()).isEmpty();
  }

  @Test
  void theCopyUpdatedLastWinsAndKeepsTheFirstPlace() {
    LiveUpdate old =
        update().id("a").headline("Five hurt").updated("2025-08-07T18:10:00+05:30").build();
    LiveUpdate newer =
        update().id("a").headline("Seven hurt").updated("2025-08-07T18:20:00+05:30").build();
    FeedSnapshot out = DuplicateIds.resolve(doc(old, update().id("b").build(), newer));
    assertThat(out.updates())
        .extracting(LiveUpdate::headline)
        .containsExactly("Seven hurt", "Putin-Trump summit likely next week: Kremlin envoy");
    assertThat(out.problems())
        .singleElement()
        .asString()
        .contains("share the id \"a\"")
        .contains("updated last");
  }

  @Test
  void withoutUpdatedTimesTheFirstInDocumentOrderWins() {
    FeedSnapshot out =
        DuplicateIds.resolve(
            doc(
                update().id("a").headline("First").build(),
                update().id("a").headline("Second").build()));
    assertThat(out.updates()).extracting(LiveUpdate::headline).containsExactly("First");
    assertThat(out.problems()).singleElement().asString().contains("kept the first");
  }

  @Test
  void differentItemsThatDerivedTheSameIdStayTwoWithStableIds() {
    LiveUpdate one = update().id("h:abc").headline("").text("Curfew lifted in Leh.").build();
    LiveUpdate two = update().id("h:abc").headline("").text("Schools reopen on Monday.").build();
    FeedSnapshot first = DuplicateIds.resolve(doc(one, two));
    FeedSnapshot again = DuplicateIds.resolve(doc(one, two));
    assertThat(first.updates()).hasSize(2);
    assertThat(first.updates().get(0).id()).isNotEqualTo(first.updates().get(1).id());
    assertThat(again.updates())
        .extracting(LiveUpdate::id)
        .containsExactlyElementsOf(first.updates().stream().map(LiveUpdate::id).toList());
    assertThat(first.problems()).isEmpty();
    // The same text at another position keeps its id.
    assertThat(DuplicateIds.resolve(doc(two, one)).updates())
        .extracting(LiveUpdate::id)
        .containsExactly(first.updates().get(1).id(), first.updates().get(0).id());
  }

  @Test
  void aDocumentWithoutRepeatsIsReturnedAsIs() {
    FeedSnapshot in = doc(update().id("a").build(), update().id("b").build());
    assertThat(DuplicateIds.resolve(in)).isSameAs(in);
  }
}

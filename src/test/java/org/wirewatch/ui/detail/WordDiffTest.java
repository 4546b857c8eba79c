package org.wirewatch.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wirewatch.ui.detail.WordDiff.Kind;
import org.wirewatch.ui.detail.WordDiff.Part;

class WordDiffTest {
  @Test
  void marksReplacedWordsAndKeepsTheRest() {
    assertThat(
            WordDiff.diff(
                "Five people were killed in the blast", "Seven people were killed in the blast"))
        .containsExactly(
            new Part(Kind.REMOVED, "Five"),
            new Part(Kind.ADDED, "Seven"),
            new Part(Kind.SAME, "people were killed in the blast"));
  }

  @Test
  void anAppendedSentenceIsOneAddition() {
    assertThat(WordDiff.diff("Talks continue.", "Talks continue. A deal is near."))
        .containsExactly(
            new Part(Kind.SAME, "Talks continue."), new Part(Kind.ADDED, "A deal is near."));
  }

  @Test
  void emptyBeforeIsAllAdded() {
    assertThat(WordDiff.diff("", "New text")).containsExactly(new Part(Kind.ADDED, "New text"));
  }

  @Test
  void hugeTextsFallBackToBeforeAndAfter() {
    String a = "word ".repeat(5000);
    String b = "other ".repeat(5000);
    assertThat(WordDiff.diff(a, b))
        .extracting(Part::kind)
        .containsExactly(Kind.REMOVED, Kind.ADDED);
  }
}

package org.wirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FtsQueryTest {
  @Test
  void wordsAreQuotedAndAnded() {
    assertThat(FtsQuery.of("summit kremlin")).isEqualTo("\"summit\" \"kremlin\"");
  }

  @Test
  void phraseStaysOnePhrase() {
    assertThat(FtsQuery.of("\"kremlin envoy\" summit")).isEqualTo("\"kremlin envoy\" \"summit\"");
  }

  @Test
  void trailingStarBecomesAPrefixQuery() {
    assertThat(FtsQuery.of("summ*")).isEqualTo("\"summ\"*");
    assertThat(FtsQuery.of("\"kremlin env\"*")).isEqualTo("\"kremlin env\"*");
  }

  @Test
  void innerQuotesAreDoubled() {
    assertThat(FtsQuery.of("o\"neil")).isEqualTo("\"o\" \"neil\"");
  }

  @Test
  void orSurvivesOnlyBetweenTwoTerms() {
    assertThat(FtsQuery.of("putin OR trump")).isEqualTo("\"putin\" OR \"trump\"");
    assertThat(FtsQuery.of("OR putin")).isEqualTo("\"putin\"");
    assertThat(FtsQuery.of("putin OR")).isEqualTo("\"putin\"");
    assertThat(FtsQuery.of("putin or trump")).isEqualTo("\"putin\" \"or\" \"trump\"");
  }

  @Test
  void punctuationOnlyIsDropped() {
    assertThat(FtsQuery.of("- * ((")).isEmpty();
  }
}

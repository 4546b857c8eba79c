package org.wirewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Updates;

class AlertRuleTest {
  private static LiveUpdate headline(String h) {
    return Updates.update().headline(h).text("").build();
  }

  @Test
  void wordsMatchAsWholeWordsAnyCaseAnyAccent() {
    AlertRule rule = AlertRule.parse("Putin|Zelensky");
    assertThat(rule.matches(headline("PUTIN and Trump to meet"))).isTrue();
    assertThat(rule.matches(headline("Zelénsky replies"))).isTrue();
    assertThat(rule.matches(headline("Putinism explained"))).as("whole words only").isFalse();
    assertThat(rule.name()).isEqualTo("Putin|Zelensky");
  }

  @Test
  void aPhraseMatchesAcrossLineBreaksAndExtraSpaces() {
    AlertRule rule = AlertRule.parse("\"ceasefire talks\"|Gaza;name=Middle East");
    assertThat(
            rule.matches(
                Updates.update().headline("x").text("the ceasefire\n  talks resume").build()))
        .isTrue();
    assertThat(rule.matches(headline("ceasefire holds; talks later"))).isFalse();
    assertThat(rule.name()).isEqualTo("Middle East");
  }

  @Test
  void aRegularExpressionIsCaseInsensitive() {
    AlertRule rule = AlertRule.parse("/\\bRBI\\b.*(repo|rate)/");
    assertThat(rule.matches(headline("rbi keeps the repo rate at 5.5%"))).isTrue();
    assertThat(rule.matches(headline("RBI governor speaks"))).isFalse();
  }

  @Test
  void sourcesActionsAndColourAreRead() {
    AlertRule rule = AlertRule.parse("Sensex;sources=wire;actions=notify,sound;colour=#ffb300");
    assertThat(rule.matches(headline("Sensex up"))).isFalse(); // Updates' source is not "wire"
    assertThat(rule.actions()).containsExactlyInAnyOrder(AlertAction.NOTIFY, AlertAction.SOUND);
    assertThat(rule.colour()).isEqualTo("#ffb300");
    assertThat(AlertRule.parse("Sensex").actions()).containsExactly(AlertAction.HIGHLIGHT);
  }

  @Test
  void badRulesSayWhatIsWrong() {
    assertThatThrownBy(() -> AlertRule.parse("/(unclosed/")).hasMessageContaining("not valid");
    assertThatThrownBy(() -> AlertRule.parse("x;actions=shout")).hasMessageContaining("shout");
    assertThatThrownBy(() -> AlertRule.parse("  ")).hasMessageContaining("needs words");
  }
}

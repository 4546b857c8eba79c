package org.wirewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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

  @Test
  void aRuleBuiltFromItsPartsReadsBackTheSame() {
    AlertRule rule =
        AlertRule.of(
            "\"ceasefire talks\"|Gaza",
            "Gaza",
            List.of(" wire ", "", "pti"),
            java.util.EnumSet.of(AlertAction.NOTIFY, AlertAction.TAKEOVER),
            "#ff0000");
    AlertRule again = AlertRule.parse(rule.spec());
    assertThat(again.what()).isEqualTo("\"ceasefire talks\"|Gaza");
    assertThat(again.name()).isEqualTo("Gaza");
    assertThat(again.sources())
        .containsExactlyInAnyOrder(
            org.wirewatch.model.SourceId.of("wire"), org.wirewatch.model.SourceId.of("pti"));
    assertThat(again.actions()).containsExactlyInAnyOrder(AlertAction.NOTIFY, AlertAction.TAKEOVER);
    assertThat(again.colour()).isEqualTo("#ff0000");
  }

  @Test
  void aRuleBuiltWithoutExtrasIsJustItsWords() {
    AlertRule rule =
        AlertRule.of("Sensex", "", List.of(), java.util.EnumSet.of(AlertAction.HIGHLIGHT), null);
    assertThat(rule.spec()).isEqualTo("Sensex");
    assertThat(rule.name()).isEqualTo("Sensex");
  }

  @Test
  void aNameCannotSmuggleInAnotherField() {
    assertThatThrownBy(
            () ->
                AlertRule.of(
                    "Sensex",
                    "x;sources=other",
                    List.of(),
                    java.util.EnumSet.of(AlertAction.HIGHLIGHT),
                    null))
        .hasMessageContaining("without ';'");
  }
}

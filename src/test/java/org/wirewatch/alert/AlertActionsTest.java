package org.wirewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.wirewatch.exec.ManualTaskScheduler;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.Updates;

/** Notifications and the tone: a burst is one notification, quiet alerts make no noise. */
class AlertActionsTest {
  private final ManualTaskScheduler scheduler =
      new ManualTaskScheduler(Instant.parse("2025-08-07T12:37:00Z"));
  private final List<String> titles = new ArrayList<>();
  private final List<List<String>> lines = new ArrayList<>();
  private final AtomicInteger tones = new AtomicInteger();
  private final AlertActions actions =
      new AlertActions(
          (title, text, events) -> {
            titles.add(title);
            lines.add(text);
          },
          tones::incrementAndGet,
          scheduler,
          id -> "Rediff live",
          ZoneId.of("Asia/Kolkata"));

  private static AlertEvent event(String id, String headline, String rule, boolean quiet) {
    TimelineEntry e =
        TimelineEntry.first(
            Updates.update()
                .id(id)
                .headline(headline)
                .published("2025-08-07T18:07:00+05:30")
                .build());
    return new AlertEvent(e, List.of(AlertRule.parse(rule)), false, quiet);
  }

  @Test
  void aBurstOfMatchesIsOneNotificationAndOneTone() {
    for (int i = 0; i < 7; i++) {
      actions.accept(event("u" + i, "Update " + i, "Update;actions=notify,sound", false));
    }
    assertThat(titles).as("nothing until the burst closes").isEmpty();
    scheduler.advance(AlertActions.BURST);
    assertThat(titles).containsExactly("7 alerts");
    assertThat(lines.get(0))
        .hasSize(6)
        .startsWith("18:07 Update 0 \u2014 Rediff live")
        .endsWith("and 2 more");
    assertThat(tones.get()).isEqualTo(1);
  }

  @Test
  void oneAlertIsNamedByItsRule() {
    actions.accept(
        event(
            "u1807",
            "Putin-Trump summit likely next week",
            "Putin;name=Summit;actions=notify",
            false));
    scheduler.advance(AlertActions.BURST);
    assertThat(titles).containsExactly("Alert: Summit");
    assertThat(tones.get()).as("no sound action, no tone").isZero();
  }

  @Test
  void quietAndHighlightOnlyAlertsMakeNoNoise() {
    actions.accept(event("a", "Putin speaks", "Putin;actions=notify,sound", true));
    actions.accept(event("b", "Putin speaks again", "Putin", false));
    scheduler.advance(Duration.ofSeconds(10));
    assertThat(titles).isEmpty();
    assertThat(tones.get()).isZero();
  }
}

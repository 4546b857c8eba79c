package org.wirewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.ingest.UpdateChange;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.Updates;
import org.wirewatch.timeline.TimelineDelta;

/** Alerts fire once per update, once more when an edit newly matches, never for withdrawals. */
class AlertEngineTest {
  private static final Clock NOON =
      Clock.fixed(Instant.parse("2025-08-07T06:30:00Z"), ZoneId.of("Asia/Kolkata"));
  private final List<AlertEvent> events = new ArrayList<>();
  private long seq;

  private AlertEngine engine(QuietHours quiet, String... rules) {
    List<AlertRule> all = new ArrayList<>();
    for (String r : rules) {
      all.add(AlertRule.parse(r));
    }
    return new AlertEngine(new AlertRules(all), quiet, NOON, events::add);
  }

  private TimelineDelta delta(UpdateChange... changes) {
    return new TimelineDelta(++seq, List.of(changes), List.of());
  }

  private static LiveUpdate summit(String headline) {
    return Updates.update().id("u1807").headline(headline).text("").build();
  }

  @Test
  void aMatchingUpdateFiresOnceAndItsRepeatDoesNot() {
    AlertEngine engine = engine(QuietHours.NEVER, "Putin|Trump;name=Summit", "Gaza");
    TimelineEntry e = TimelineEntry.first(summit("Putin-Trump summit likely next week"));
    engine.onDelta(delta(new UpdateChange.Added(e)));
    engine.onDelta(
        delta(
            new UpdateChange.Edited(
                e.revisedBy(summit("Putin-Trump summit next week"), Instant.now()))));
    assertThat(events)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.ruleNames()).containsExactly("Summit");
              assertThat(a.edited()).isFalse();
              assertThat(a.quiet()).isFalse();
            });
  }

  @Test
  void anEditThatNewlyMatchesFiresAgainMarkedEdited() {
    AlertEngine engine = engine(QuietHours.NEVER, "Putin", "ceasefire");
    TimelineEntry e = TimelineEntry.first(summit("Putin to meet envoy"));
    engine.onDelta(delta(new UpdateChange.Added(e)));
    TimelineEntry edited = e.revisedBy(summit("Putin offers ceasefire"), Instant.now());
    engine.onDelta(delta(new UpdateChange.Edited(edited)));
    assertThat(events).hasSize(2);
    assertThat(events.get(1).ruleNames()).containsExactly("ceasefire");
    assertThat(events.get(1).edited()).isTrue();
    assertThat(events.get(1).entry()).isSameAs(edited);
  }

  @Test
  void withdrawalsAndNonMatchesFireNothing() {
    AlertEngine engine = engine(QuietHours.NEVER, "Putin");
    TimelineEntry other = TimelineEntry.first(summit("Monsoon session adjourned"));
    engine.onDelta(delta(new UpdateChange.Added(other)));
    TimelineEntry putin = TimelineEntry.first(summit("Putin speaks"));
    engine.onDelta(delta(new UpdateChange.Removed(putin.withdrawnAt(Instant.now()))));
    assertThat(events).isEmpty();
  }

  @Test
  void quietHoursAcrossMidnightAndMutingMarkAlertsQuiet() {
    assertThat(new QuietHours(false, LocalTime.of(11, 0), LocalTime.of(13, 0)).quietAt(NOON))
        .isTrue();
    assertThat(new QuietHours(false, LocalTime.of(23, 0), LocalTime.of(7, 0)).quietAt(NOON))
        .isFalse();
    assertThat(new QuietHours(false, LocalTime.of(10, 0), LocalTime.of(9, 0)).quietAt(NOON))
        .isTrue();
    AlertEngine muted = engine(new QuietHours(true, null, null), "Putin");
    muted.onDelta(delta(new UpdateChange.Added(TimelineEntry.first(summit("Putin speaks")))));
    assertThat(events).singleElement().satisfies(a -> assertThat(a.quiet()).isTrue());
  }

  @Test
  void rulesReplacedWhileRunningApplyFromTheNextChange() {
    LiveAlertRules live = new LiveAlertRules(AlertRules.NONE);
    AlertEngine engine = new AlertEngine(live, QuietHours.NEVER, NOON, events::add);
    engine.onDelta(delta(new UpdateChange.Added(TimelineEntry.first(summit("Gaza talks resume")))));
    assertThat(events).isEmpty();

    live.replace(new AlertRules(List.of(AlertRule.parse("Gaza"))));
    LiveUpdate next = Updates.update().id("u1900").headline("Gaza ceasefire holds").build();
    engine.onDelta(delta(new UpdateChange.Added(TimelineEntry.first(next))));
    assertThat(events)
        .singleElement()
        .satisfies(a -> assertThat(a.ruleNames()).containsExactly("Gaza"));
  }
}

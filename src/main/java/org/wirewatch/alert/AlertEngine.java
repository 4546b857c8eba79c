package org.wirewatch.alert;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.wirewatch.ingest.UpdateChange;
import org.wirewatch.model.UpdateKey;
import org.wirewatch.timeline.ChangeSubscriber;
import org.wirewatch.timeline.TimelineDelta;

/**
 * Matches the change stream against the rules, on the subscriber's own thread, and hands each alert
 * to {@code sink}: a rule fires once per update, and once more (marked edited) when an edit newly
 * matches it; a withdrawal fires nothing. Remembers what fired for the newest updates only, so its
 * memory is bounded however long it runs.
 */
public final class AlertEngine implements ChangeSubscriber {
  private static final int REMEMBERED = 20_000;

  private final java.util.function.Supplier<AlertRules> rules;
  private final QuietHours quiet;
  private final Clock clock;
  private final Consumer<AlertEvent> sink;
  private final Map<UpdateKey, Set<String>> fired =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UpdateKey, Set<String>> eldest) {
          return size() > REMEMBERED;
        }
      };

  public AlertEngine(AlertRules rules, QuietHours quiet, Clock clock, Consumer<AlertEvent> sink) {
    this(() -> rules, quiet, clock, sink);
    Objects.requireNonNull(rules);
  }

  /** Matches against whatever {@code rules} holds when each change arrives. */
  public AlertEngine(
      java.util.function.Supplier<AlertRules> rules,
      QuietHours quiet,
      Clock clock,
      Consumer<AlertEvent> sink) {
    this.rules = Objects.requireNonNull(rules);
    this.quiet = Objects.requireNonNull(quiet);
    this.clock = Objects.requireNonNull(clock);
    this.sink = Objects.requireNonNull(sink);
  }

  @Override
  public void onDelta(TimelineDelta delta) {
    AlertRules in = rules.get();
    if (in.all().isEmpty()) {
      return;
    }
    for (UpdateChange change : delta.changes()) {
      if (change instanceof UpdateChange.Removed) {
        continue;
      }
      List<AlertRule> now = in.matching(change.entry().update());
      if (now.isEmpty()) {
        continue;
      }
      Set<String> before = fired.computeIfAbsent(change.key(), k -> new HashSet<>());
      List<AlertRule> fresh = new ArrayList<>();
      for (AlertRule r : now) {
        if (before.add(r.name())) {
          fresh.add(r);
        }
      }
      if (!fresh.isEmpty()) {
        boolean edited = change instanceof UpdateChange.Edited;
        sink.accept(new AlertEvent(change.entry(), fresh, edited, quiet.quietAt(clock)));
      }
    }
  }
}

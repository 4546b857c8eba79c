package org.wirewatch.alert;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.model.LiveUpdate;

/** The configured rules, in order; immutable. */
public record AlertRules(List<AlertRule> all) {
  public static final AlertRules NONE = new AlertRules(List.of());

  public AlertRules {
    all = List.copyOf(all);
  }

  /** The rules {@code update} matches, in configured order. */
  public List<AlertRule> matching(LiveUpdate update) {
    List<AlertRule> out = new ArrayList<>();
    if (all.isEmpty()) {
      return out;
    }
    // Folded once for every rule: a newsroom may keep dozens.
    AlertRule.Text text = AlertRule.Text.of(update);
    for (AlertRule r : all) {
      if (r.matches(update, text)) {
        out.add(r);
      }
    }
    return out;
  }

  /** Their names, for headless output's {@code alerts} field. */
  public List<String> namesMatching(LiveUpdate update) {
    return matching(update).stream().map(AlertRule::name).toList();
  }
}

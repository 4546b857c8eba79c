package org.wirewatch.alert;

import java.util.List;
import org.wirewatch.model.TimelineEntry;

/**
 * An update that matched alert rules.
 *
 * @param entry the update as it stands
 * @param rules the rules that fired now, in configured order (never empty)
 * @param edited whether an edit made these rules match an update that was already known
 * @param quiet whether it came while alerts are muted or in quiet hours: faces highlight it but
 *     make no sound and show no notification
 */
public record AlertEvent(
    TimelineEntry entry, List<AlertRule> rules, boolean edited, boolean quiet) {
  public AlertEvent {
    rules = List.copyOf(rules);
  }

  /** The names of the rules that fired. */
  public List<String> ruleNames() {
    return rules.stream().map(AlertRule::name).toList();
  }
}

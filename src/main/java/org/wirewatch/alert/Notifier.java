package org.wirewatch.alert;

import java.util.List;

/** Shows a desktop notification; the app's is the platform's, tests record. */
@FunctionalInterface
public interface Notifier {
  /**
   * @param title "Alert: Summit" or "3 alerts"
   * @param lines one line per update: "18:07 Putin-Trump summit likely next week — Rediff live"
   * @param events the alerts shown, newest last, for a click to open
   */
  void show(String title, List<String> lines, List<AlertEvent> events);

  Notifier NONE = (title, lines, events) -> {};
}

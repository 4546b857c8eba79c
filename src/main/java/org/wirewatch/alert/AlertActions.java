package org.wirewatch.alert;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.wirewatch.exec.TaskScheduler;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceId;

/**
 * Carries out the notify and sound actions of alerts. A burst of matches is one notification, not
 * dozens: the first alert opens a short window, and everything that fires inside it is shown
 * together when it closes, with one tone. Quiet alerts (muted, quiet hours) make neither.
 * Thread-safe; the notifier and the player are called on the scheduler.
 */
public final class AlertActions implements java.util.function.Consumer<AlertEvent> {
  /** How long a burst gathers before it is shown. */
  public static final Duration BURST = Duration.ofSeconds(3);

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
  private static final int MAX_LINES = 5;

  private final Notifier notifier;
  private final SoundPlayer sound;
  private final TaskScheduler scheduler;
  private final Function<SourceId, String> sourceName;
  private final ZoneId zone;
  private final List<AlertEvent> gathering = new ArrayList<>();

  public AlertActions(
      Notifier notifier,
      SoundPlayer sound,
      TaskScheduler scheduler,
      Function<SourceId, String> sourceName,
      ZoneId zone) {
    this.notifier = notifier;
    this.sound = sound;
    this.scheduler = scheduler;
    this.sourceName = sourceName;
    this.zone = zone;
  }

  @Override
  public void accept(AlertEvent event) {
    if (event.quiet() || !wantsNoise(event)) {
      return;
    }
    synchronized (gathering) {
      gathering.add(event);
      if (gathering.size() == 1) {
        scheduler.schedule(this::flush, BURST);
      }
    }
  }

  private static boolean wantsNoise(AlertEvent e) {
    return e.rules().stream()
        .anyMatch(
            r ->
                r.actions().contains(AlertAction.NOTIFY)
                    || r.actions().contains(AlertAction.SOUND));
  }

  private void flush() {
    List<AlertEvent> burst;
    synchronized (gathering) {
      burst = List.copyOf(gathering);
      gathering.clear();
    }
    if (burst.isEmpty()) {
      return;
    }
    List<AlertEvent> toShow = burst.stream().filter(e -> has(e, AlertAction.NOTIFY)).toList();
    if (!toShow.isEmpty()) {
      List<String> lines = new ArrayList<>();
      for (AlertEvent e : toShow.subList(0, Math.min(MAX_LINES, toShow.size()))) {
        lines.add(line(e));
      }
      if (toShow.size() > MAX_LINES) {
        lines.add("and " + (toShow.size() - MAX_LINES) + " more");
      }
      String title =
          toShow.size() == 1
              ? "Alert: "
                  + String.join(", ", toShow.get(0).ruleNames())
                  + (toShow.get(0).edited() ? " (edited)" : "")
              : toShow.size() + " alerts";
      notifier.show(title, lines, toShow);
    }
    if (burst.stream().anyMatch(e -> has(e, AlertAction.SOUND))) {
      sound.play();
    }
  }

  private static boolean has(AlertEvent e, AlertAction action) {
    return e.rules().stream().anyMatch(r -> r.actions().contains(action));
  }

  /** "18:07 Putin-Trump summit likely next week — Rediff live". */
  private String line(AlertEvent e) {
    LiveUpdate u = e.entry().update();
    return HH_MM.format(u.publishedInstant().atZone(zone))
        + " "
        + u.headline()
        + " \u2014 "
        + u.sourceName(sourceName);
  }
}

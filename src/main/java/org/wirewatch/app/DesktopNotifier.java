package org.wirewatch.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.alert.AlertEvent;
import org.wirewatch.alert.Notifier;

/**
 * Desktop notifications through the freedesktop {@code notify-send} command where it exists (every
 * mainstream Linux desktop); elsewhere, or when it fails, the alert is logged once and the window's
 * highlight remains. Called off the FX thread; the command is started and left to finish on its
 * own, so a slow notification daemon never holds a scheduler thread that pollers share.
 */
final class DesktopNotifier implements Notifier {
  private static final System.Logger LOG = System.getLogger(DesktopNotifier.class.getName());

  private boolean unavailable;

  @Override
  public synchronized void show(String title, List<String> lines, List<AlertEvent> events) {
    if (unavailable) {
      return;
    }
    List<String> command = new ArrayList<>();
    command.add("notify-send");
    command.add("--app-name=Wirewatch");
    command.add("--urgency=critical");
    command.add(title);
    command.add(String.join("\n", lines));
    try {
      new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      unavailable = true;
      LOG.log(
          System.Logger.Level.WARNING,
          "no desktop notifications (notify-send: " + e.getMessage() + "); alerts are highlighted");
    }
  }
}

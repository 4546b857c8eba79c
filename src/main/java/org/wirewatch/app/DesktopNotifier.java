package org.wirewatch.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.wirewatch.alert.AlertEvent;
import org.wirewatch.alert.Notifier;

/**
 * Desktop notifications through the freedesktop {@code notify-send} command where it exists (every
 * mainstream Linux desktop); elsewhere, or when it fails, the alert is logged once and the window's
 * highlight remains. Called off the FX thread; waits at most a few seconds for the command.
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
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    } catch (IOException e) {
      unavailable = true;
      LOG.log(
          System.Logger.Level.WARNING,
          "no desktop notifications (notify-send: " + e.getMessage() + "); alerts are highlighted");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

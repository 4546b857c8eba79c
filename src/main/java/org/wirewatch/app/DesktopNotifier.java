package org.wirewatch.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.wirewatch.alert.AlertEvent;
import org.wirewatch.alert.Notifier;

/**
 * Desktop notifications through the freedesktop {@code notify-send} command where it exists (every
 * mainstream Linux desktop); elsewhere, or when it fails, the alert is logged once and the window's
 * highlight remains.
 *
 * <p>A click on the notification opens its update: {@code notify-send --action} waits until the
 * notification is clicked or closed and prints the action, so each notification is a child process
 * watched by {@link Process#onExit()}, never a thread of ours. At most {@value #CLICKABLE} wait at
 * once (critical notifications stay until dismissed, and a wall runs for weeks); an older one is
 * let go, its notification staying on screen without the click. A {@code notify-send} too old for
 * actions is used without them.
 */
final class DesktopNotifier implements Notifier, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(DesktopNotifier.class.getName());
  static final int CLICKABLE = 4;

  private final ProcessLauncher launcher;
  private final Consumer<AlertEvent> open;
  private final Deque<Process> waiting = new ArrayDeque<>();
  private boolean unavailable;
  private boolean noActions;

  /**
   * @param open called, from a process-watching thread, with the newest update of a clicked
   *     notification
   */
  DesktopNotifier(Consumer<AlertEvent> open) {
    this(
        command ->
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .start(),
        open);
  }

  DesktopNotifier(ProcessLauncher launcher, Consumer<AlertEvent> open) {
    this.launcher = Objects.requireNonNull(launcher);
    this.open = Objects.requireNonNull(open);
  }

  @Override
  public synchronized void show(String title, List<String> lines, List<AlertEvent> events) {
    if (unavailable) {
      return;
    }
    boolean clickable = !noActions && !events.isEmpty();
    List<String> command = new ArrayList<>();
    command.add("notify-send");
    command.add("--app-name=Wirewatch");
    command.add("--urgency=critical");
    if (clickable) {
      command.add("--action=default=Open");
      command.add("--action=open=Open in Wirewatch");
    }
    command.add(title);
    command.add(String.join("\n", lines));
    Process process;
    try {
      process = launcher.start(command);
    } catch (IOException e) {
      unavailable = true;
      LOG.log(
          System.Logger.Level.WARNING,
          "no desktop notifications (notify-send: " + e.getMessage() + "); alerts are highlighted");
      return;
    }
    if (!clickable) {
      // Nothing to wait for; the output is read only to let the process finish.
      process.onExit().thenAccept(DesktopNotifier::output);
      return;
    }
    waiting.addLast(process);
    while (waiting.size() > CLICKABLE) {
      waiting.removeFirst().destroy();
    }
    AlertEvent newest = events.get(events.size() - 1);
    process.onExit().thenAccept(p -> finished(p, newest, title, lines));
  }

  private void finished(Process p, AlertEvent newest, String title, List<String> lines) {
    String out = output(p);
    boolean retry;
    synchronized (this) {
      boolean wasWaiting = waiting.remove(p);
      retry = p.exitValue() != 0 && wasWaiting && out.toLowerCase().contains("action");
      if (retry) {
        noActions = true;
        LOG.log(
            System.Logger.Level.INFO,
            "notify-send has no --action here; notifications cannot open their update");
      }
    }
    if (retry) {
      show(title, lines, List.of(newest));
      return;
    }
    String action = out.strip();
    if (p.exitValue() == 0 && (action.equals("default") || action.equals("open"))) {
      open.accept(newest);
    }
  }

  /** Lets go of notifications still waiting for a click, when the app stops. */
  @Override
  public synchronized void close() {
    waiting.forEach(Process::destroy);
    waiting.clear();
  }

  private static String output(Process p) {
    try (InputStream in = p.getInputStream()) {
      return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File(
        System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}

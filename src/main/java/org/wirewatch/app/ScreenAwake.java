package org.wirewatch.app;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.wirewatch.exec.TaskScheduler;
import org.wirewatch.ui.StayAwake;

/**
 * Keeps the screen awake with what the platform offers, since Java has no API for it:
 *
 * <ul>
 *   <li>macOS: {@code caffeinate -d -i -w PID}, held while the wall is up (and gone with us);
 *   <li>GNOME: {@code gnome-session-inhibit --inhibit idle --inhibit-only}, held likewise;
 *   <li>other X11 desktops (and GNOME too, in case its inhibitor is refused): {@code
 *       xdg-screensaver reset}, else {@code xset s reset}, every {@value #RESET_SECONDS} s, which
 *       resets the screensaver's and DPMS's idle time (no desktop lets a screensaver be shorter
 *       than a minute);
 *   <li>elsewhere (Windows): nothing but a warning, once; the power settings decide.
 * </ul>
 */
final class ScreenAwake implements StayAwake {
  private static final System.Logger LOG = System.getLogger(ScreenAwake.class.getName());
  static final int RESET_SECONDS = 50;

  private final String os;
  private final Predicate<String> onPath;
  private final ProcessLauncher launcher;
  private final TaskScheduler scheduler;
  private final long pid;

  ScreenAwake(
      String os,
      Predicate<String> onPath,
      ProcessLauncher launcher,
      TaskScheduler scheduler,
      long pid) {
    this.os = os.toLowerCase(Locale.ROOT);
    this.onPath = onPath;
    this.launcher = launcher;
    this.scheduler = scheduler;
    this.pid = pid;
  }

  /** For this machine: its OS, its PATH, real processes. */
  static ScreenAwake here(TaskScheduler scheduler) {
    String path = System.getenv().getOrDefault("PATH", "");
    return new ScreenAwake(
        System.getProperty("os.name", ""),
        command -> onPath(path, command),
        command ->
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start(),
        scheduler,
        ProcessHandle.current().pid());
  }

  /** Whether {@code command} is an executable in one of {@code path}'s directories. */
  static boolean onPath(String path, String command) {
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && new File(dir, command).canExecute()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Hold hold(String why) {
    List<Process> held = new ArrayList<>();
    if (os.contains("mac")) {
      start(List.of("caffeinate", "-d", "-i", "-w", Long.toString(pid)), held);
    } else if (!os.contains("win")) {
      if (onPath.test("gnome-session-inhibit")) {
        start(
            List.of(
                "gnome-session-inhibit",
                "--app-id",
                "wirewatch",
                "--reason",
                why,
                "--inhibit",
                "idle",
                "--inhibit-only"),
            held);
      }
      List<String> reset =
          onPath.test("xdg-screensaver")
              ? List.of("xdg-screensaver", "reset")
              : onPath.test("xset") ? List.of("xset", "s", "reset") : null;
      if (reset != null) {
        AtomicBoolean closed = new AtomicBoolean();
        resetEvery(reset, closed);
        return () -> {
          closed.set(true);
          held.forEach(Process::destroy);
        };
      }
    }
    if (held.isEmpty()) {
      LOG.log(
          System.Logger.Level.WARNING,
          "cannot keep the screen awake here; set the display's power options to never blank");
    }
    return () -> held.forEach(Process::destroy);
  }

  private void resetEvery(List<String> reset, AtomicBoolean closed) {
    if (closed.get()) {
      return;
    }
    try {
      launcher.start(reset);
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot reset the screensaver: " + e.getMessage());
      return;
    }
    scheduler.schedule(() -> resetEvery(reset, closed), Duration.ofSeconds(RESET_SECONDS));
  }

  private void start(List<String> command, List<Process> held) {
    try {
      held.add(launcher.start(command));
    } catch (IOException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "cannot keep the screen awake with " + command.get(0) + ": " + e.getMessage());
    }
  }
}

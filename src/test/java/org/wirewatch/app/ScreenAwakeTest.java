package org.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.exec.ManualTaskScheduler;
import org.wirewatch.ui.StayAwake;

/** The wall keeps the screen awake with what each platform offers, and lets go when it closes. */
class ScreenAwakeTest {
  private final ManualTaskScheduler scheduler = new ManualTaskScheduler();
  private final List<List<String>> commands = new ArrayList<>();
  private final List<FakeProcess> started = new ArrayList<>();

  private ScreenAwake on(String os, String... commandsOnPath) {
    Set<String> path = Set.of(commandsOnPath);
    return new ScreenAwake(
        os,
        path::contains,
        command -> {
          commands.add(command);
          FakeProcess p = new FakeProcess();
          started.add(p);
          return p;
        },
        scheduler,
        4242);
  }

  @Test
  void onX11TheScreensaverIsResetEveryFiftySecondsUntilTheWallCloses() {
    StayAwake.Hold hold = on("Linux", "xdg-screensaver", "xset").hold("wall display");
    assertThat(commands).containsExactly(List.of("xdg-screensaver", "reset"));
    scheduler.advance(Duration.ofSeconds(ScreenAwake.RESET_SECONDS));
    assertThat(commands).hasSize(2);
    hold.close();
    scheduler.advance(Duration.ofMinutes(10));
    assertThat(commands).hasSize(2);
  }

  @Test
  void withoutXdgUtilsXsetResetsIt() {
    on("Linux", "xset").hold("wall display");
    assertThat(commands).containsExactly(List.of("xset", "s", "reset"));
  }

  @Test
  void onGnomeAnIdleInhibitorIsHeldAsLongAsTheWall() {
    StayAwake.Hold hold =
        on("Linux", "gnome-session-inhibit", "xdg-screensaver").hold("wall display");
    assertThat(commands.get(0))
        .startsWith("gnome-session-inhibit")
        .contains("idle", "--inhibit-only", "wall display");
    assertThat(started.get(0).destroyed).isFalse();
    hold.close();
    assertThat(started.get(0).destroyed).isTrue();
  }

  @Test
  void onMacOsCaffeinateWatchesThisProcess() {
    StayAwake.Hold hold = on("Mac OS X").hold("wall display");
    assertThat(commands).containsExactly(List.of("caffeinate", "-d", "-i", "-w", "4242"));
    hold.close();
    assertThat(started.get(0).destroyed).isTrue();
  }

  @Test
  void whereNothingCanKeepItAwakeNothingIsStarted() {
    on("Windows 11").hold("wall display").close();
    on("Linux").hold("wall display").close();
    assertThat(commands).isEmpty();
    assertThat(scheduler.pendingDelays()).isEmpty();
  }

  @Test
  void aCommandIsFoundOnlyWhereItIsExecutable(@TempDir Path dir) throws Exception {
    Path tool = Files.writeString(dir.resolve("xset"), "#!/bin/sh\n");
    Files.writeString(dir.resolve("xdg-screensaver"), "not executable");
    assertThat(tool.toFile().setExecutable(true)).isTrue();
    String path = "/nonexistent" + java.io.File.pathSeparator + dir;
    assertThat(ScreenAwake.onPath(path, "xset")).isTrue();
    assertThat(ScreenAwake.onPath(path, "xdg-screensaver")).isFalse();
    assertThat(ScreenAwake.onPath(path, "caffeinate")).isFalse();
  }

  /** A process that never ran: it only knows whether it was told to stop. */
  private static final class FakeProcess extends Process {
    boolean destroyed;

    @Override
    public OutputStream getOutputStream() {
      return OutputStream.nullOutputStream();
    }

    @Override
    public InputStream getInputStream() {
      return new ByteArrayInputStream(new byte[0]);
    }

    @Override
    public InputStream getErrorStream() {
      return new ByteArrayInputStream(new byte[0]);
    }

    @Override
    public int waitFor() {
      return 0;
    }

    @Override
    public int exitValue() {
      return 0;
    }

    @Override
    public void destroy() {
      destroyed = true;
    }
  }
}

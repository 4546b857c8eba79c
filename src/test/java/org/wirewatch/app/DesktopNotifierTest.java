package org.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.wirewatch.alert.AlertEvent;
import org.wirewatch.alert.AlertRule;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.Updates;

/**
 * A notification opens its update when clicked. notify-send is played by a shell that prints what
 * the user did, so the test needs no desktop.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class DesktopNotifierTest {
  private final List<List<String>> commands = new CopyOnWriteArrayList<>();

  private static AlertEvent alert(String id) {
    return new AlertEvent(
        TimelineEntry.first(Updates.update().id(id).headline("Summit " + id).build()),
        List.of(AlertRule.parse("Summit")),
        false,
        false);
  }

  /** notify-send as a shell script: each call runs the next script. */
  private ProcessLauncher scripted(String... scripts) {
    List<String> left = new ArrayList<>(List.of(scripts));
    return command -> {
      commands.add(command);
      String script = left.isEmpty() ? "exit 0" : left.remove(0);
      return new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
    };
  }

  @Test
  void clickingTheNotificationOpensTheNewestUpdateOfItsBurst() throws Exception {
    CompletableFuture<AlertEvent> opened = new CompletableFuture<>();
    DesktopNotifier notifier = new DesktopNotifier(scripted("echo default"), opened::complete);
    notifier.show("2 alerts", List.of("a", "b"), List.of(alert("u1"), alert("u2")));
    assertThat(opened.get(20, TimeUnit.SECONDS).entry().update().id()).isEqualTo("u2");
    assertThat(commands.get(0)).contains("--action=default=Open");
  }

  @Test
  void aNotificationClosedWithoutAClickOpensNothing() throws Exception {
    List<AlertEvent> opened = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> exited = new CompletableFuture<>();
    DesktopNotifier notifier =
        new DesktopNotifier(
            command -> {
              Process p = scripted("exit 0").start(command);
              p.onExit().thenRun(() -> exited.complete(null));
              return p;
            },
            opened::add);
    notifier.show("Alert: Summit", List.of("a"), List.of(alert("u1")));
    exited.get(20, TimeUnit.SECONDS);
    notifier.close();
    assertThat(opened).isEmpty();
  }

  @Test
  void aNotifySendWithoutActionsIsUsedWithoutThem() throws Exception {
    CompletableFuture<List<String>> second = new CompletableFuture<>();
    ProcessLauncher launcher =
        new ProcessLauncher() {
          private final ProcessLauncher script =
              scripted("echo 'Unknown option --action=default=Open' ; exit 1", "exit 0");

          @Override
          public Process start(List<String> command) throws IOException {
            Process p = script.start(command);
            if (commands.size() == 2) {
              second.complete(command);
            }
            return p;
          }
        };
    DesktopNotifier notifier = new DesktopNotifier(launcher, e -> {});
    notifier.show("Alert: Summit", List.of("18:07 Summit — Wire"), List.of(alert("u1")));
    List<String> retried = second.get(20, TimeUnit.SECONDS);
    assertThat(retried).noneMatch(a -> a.startsWith("--action"));
    assertThat(retried).contains("Alert: Summit", "18:07 Summit — Wire");
  }

  @Test
  void onlyTheNewestNotificationsWaitForAClick() throws Exception {
    List<Process> started = new CopyOnWriteArrayList<>();
    DesktopNotifier notifier =
        new DesktopNotifier(
            command -> {
              Process p = new ProcessBuilder("sh", "-c", "sleep 60").start();
              started.add(p);
              return p;
            },
            e -> {});
    try {
      for (int i = 0; i <= DesktopNotifier.CLICKABLE; i++) {
        notifier.show("Alert", List.of("x"), List.of(alert("u" + i)));
      }
      assertThat(started.get(0).onExit().get(20, TimeUnit.SECONDS).isAlive()).isFalse();
      assertThat(started.subList(1, started.size())).allMatch(Process::isAlive);
    } finally {
      notifier.close();
      for (Process p : started) {
        p.onExit().get(20, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void noNotifySendMeansNoNotificationsAndNoSecondTry() {
    DesktopNotifier notifier =
        new DesktopNotifier(
            command -> {
              commands.add(command);
              throw new IOException("Cannot run program \"notify-send\"");
            },
            e -> {});
    notifier.show("Alert", List.of("x"), List.of(alert("u1")));
    notifier.show("Alert", List.of("y"), List.of(alert("u2")));
    assertThat(commands).hasSize(1);
  }
}

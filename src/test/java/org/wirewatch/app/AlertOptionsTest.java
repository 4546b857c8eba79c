package org.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The alert options on the command line become rules and quiet hours, or a clear error. */
class AlertOptionsTest {
  private static WirewatchCommand parse(String... args) {
    WirewatchCommand command = new WirewatchCommand();
    new CommandLine(command).parseArgs(args);
    return command;
  }

  @Test
  void repeatedAlertsKeepTheirOrderAndQuietHoursMayCrossMidnight() {
    WirewatchCommand c =
        parse(
            "--alert",
            "Putin|Trump;name=Summit",
            "--alert",
            "/RBI/",
            "--quiet-hours",
            "23:00-07:00");
    assertThat(CommandOptions.alerts(c).all())
        .extracting(r -> r.name())
        .containsExactly("Summit", "/RBI/");
    assertThat(CommandOptions.quietHours(c).from()).isEqualTo(LocalTime.of(23, 0));
    assertThat(CommandOptions.quietHours(c).until()).isEqualTo(LocalTime.of(7, 0));
    assertThat(CommandOptions.quietHours(parse("--mute-alerts")).muted()).isTrue();
  }

  @Test
  void rulesKeptInTheConfigDirectoryFollowThoseOnTheCommandLine(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Files.writeString(
        dir.resolve("alerts.txt"),
        "# newsroom rules\n\n\"ceasefire talks\"|Gaza;name=Middle East\n/RBI/\n");
    WirewatchCommand c = parse("--config-dir", dir.toString(), "--alert", "Putin;name=Russia");
    assertThat(CommandOptions.alerts(c).all())
        .extracting(r -> r.name())
        .containsExactly("Russia", "Middle East", "/RBI/");
    java.nio.file.Files.writeString(dir.resolve("alerts.txt"), "ok\n/(/\n");
    assertThatThrownBy(() -> CommandOptions.alerts(parse("--config-dir", dir.toString())))
        .hasMessageContaining("line 2");
  }

  @Test
  void badAlertOptionsSayWhatIsWrong() {
    assertThatThrownBy(() -> CommandOptions.alerts(parse("--alert", "/(/")))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("--alert /(/");
    assertThatThrownBy(() -> CommandOptions.quietHours(parse("--quiet-hours", "late")))
        .hasMessageContaining("HH:MM-HH:MM");
  }
}

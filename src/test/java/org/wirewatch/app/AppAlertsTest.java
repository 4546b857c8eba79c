package org.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.alert.AlertEvent;
import org.wirewatch.alert.AlertRule;
import org.wirewatch.alert.AlertRules;
import org.wirewatch.source.SourceConfig;

/** Alert rules run on the real change stream, off the pollers' threads. */
class AppAlertsTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  @TempDir Path settings;

  @Test
  void aPolledUpdateThatMatchesARuleRaisesOneAlert() {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "application/feed+json")
            .body(
                """
                {"version":"https://jsonfeed.org/version/1.1","items":[
                 {"id":"a","title":"Putin-Trump summit likely next week","content_text":"x",
                  "date_published":"2025-08-07T18:07:00+05:30"},
                 {"id":"b","title":"Monsoon session adjourned","content_text":"y",
                  "date_published":"2025-08-07T18:00:00+05:30"}]}
                """)
            .build());
    AppOptions options =
        new AppOptions(
            List.of(SourceConfig.of("wire", server.url("/f").uri())),
            100,
            ZoneId.of("Asia/Kolkata"),
            settings,
            false,
            HistoryOptions.off(),
            new AlertRules(List.of(AlertRule.parse("Kremlin|Putin;name=Russia"))));
    List<AlertEvent> alerts = new CopyOnWriteArrayList<>();
    try (App app = new App(options, Clock.systemUTC())) {
      app.onAlerts(alerts::add);
      app.startPolling();
      await().atMost(Duration.ofSeconds(20)).until(() -> !alerts.isEmpty());
      await().atMost(Duration.ofSeconds(5)).until(() -> app.timeline().size() == 2);
    }
    assertThat(alerts)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.entry().key().id()).isEqualTo("a");
              assertThat(a.ruleNames()).containsExactly("Russia");
            });
  }
}

package org.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.alert.AlertRule;
import org.wirewatch.alert.AlertRules;
import org.wirewatch.app.AppOptions;
import org.wirewatch.app.HistoryOptions;
import org.wirewatch.source.SourceConfig;

/** Headless output names the alert rules each update matched, so scripts can react. */
class HeadlessAlertsTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  @TempDir Path settings;

  private static final String FEED =
      """
      {"version":"https://jsonfeed.org/version/1.1","title":"Wire","items":[
       {"id":"a","title":"Putin-Trump summit likely next week","content_text":"Kremlin envoy",
        "date_published":"2025-08-07T18:07:00+05:30"},
       {"id":"b","title":"Sensex ends higher","content_text":"Markets",
        "date_published":"2025-08-07T16:05:00+05:30"}]}
      """;

  @Test
  void everyLineHasTheAlertsItMatchedAndAnEmptyListOtherwise() {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "application/feed+json")
            .body(FEED)
            .build());
    AppOptions options =
        new AppOptions(
            List.of(SourceConfig.of("wire", server.url("/feed.json").uri())),
            100,
            ZoneId.of("Asia/Kolkata"),
            settings,
            true,
            HistoryOptions.off(),
            new AlertRules(
                List.of(AlertRule.parse("Putin|Zelensky;name=Russia"), AlertRule.parse("Trump"))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        new HeadlessRunner(
                options,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                Clock.systemUTC())
            .run(true);

    assertThat(code).isZero();
    List<JsonObject> lines =
        out.toString(StandardCharsets.UTF_8)
            .lines()
            .map(l -> JsonParser.parseString(l).getAsJsonObject())
            .toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("id").getAsString()).isEqualTo("a");
    assertThat(lines.get(0).getAsJsonArray("alerts").toString())
        .isEqualTo("[\"Russia\",\"Trump\"]");
    assertThat(lines.get(1).getAsJsonArray("alerts").toString()).isEqualTo("[]");
  }
}

package org.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The headless contract, run as other tools run it: the packaged jar in its own process. */
class HeadlessProcessIT {
  @StartStop private final MockWebServer server = new MockWebServer();

  private record Run(int exit, List<String> out, String err) {}

  private static List<String> command(String... args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String jar = System.getProperty("wirewatch.jar", "target/wirewatch.jar");
    List<String> cmd = new ArrayList<>(List.of(java, "-jar", jar));
    cmd.addAll(List.of(args));
    return cmd;
  }

  // Each process keeps its config, logs and history in directories of its own, never the user's.
  private static ProcessBuilder process(String... args) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command(args));
    pb.environment().put("XDG_DATA_HOME", Files.createTempDirectory("wirewatch-data").toString());
    pb.environment()
        .put("XDG_CONFIG_HOME", Files.createTempDirectory("wirewatch-config").toString());
    return pb;
  }

  private static Run run(String... args) throws Exception {
    Path err = Files.createTempFile("wirewatch-err", ".txt");
    Process p = process(args).redirectError(err.toFile()).start();
    List<String> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        out.add(line);
      }
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("process ends").isTrue();
    return new Run(p.exitValue(), out, Files.readString(err));
  }

  private static JsonObject json(String line) {
    return JsonParser.parseString(line).getAsJsonObject();
  }

  @Test
  void onceOnTheDemoPrintsTheSeedsEighteenOhSevenItemFirst() throws Exception {
    Run run = run("--headless", "--once", "--demo");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonObject first = json(run.out().get(0));
    assertThat(first.get("published").getAsString()).isEqualTo("2025-08-07T18:07:00+05:30");
    assertThat(first.get("headline").getAsString())
        .isEqualTo("Putin-Trump summit likely next week: Kremlin envoy");
    assertThat(first.get("text").getAsString()).startsWith("Kirill A Dmitriev");
    assertThat(first.get("author").getAsString()).isEqualTo("ANI");
    assertThat(run.out()).hasSize(5);
    assertThat(run.out().stream().map(l -> json(l).get("headline").getAsString()))
        .anyMatch(h -> h.contains("Modi amid Trump tariffs"));
  }

  @Test
  void onceOnARealSourceWithAZoneHintPrintsNewestFirst() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "application/feed+json")
            .body(
                """
                {"version":"https://jsonfeed.org/version/1.1","title":"Wire","items":[
                 {"id":"a","title":"Older","content_text":"x","date_published":"2025-08-07T17:00:00"},
                 {"id":"b","title":"Newer","content_text":"y","date_published":"2025-08-07T18:07:00"}]}
                """)
            .build());
    Run run =
        run("--headless", "--once", "--source", server.url("/feed.json") + ";zone=Asia/Kolkata");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).hasSize(2);
    assertThat(json(run.out().get(0)).get("headline").getAsString()).isEqualTo("Newer");
    assertThat(json(run.out().get(0)).get("published").getAsString())
        .isEqualTo("2025-08-07T18:07:00+05:30");
  }

  @Test
  void whenEverySourceFailsItSaysWhyPerSourceAndExitsTwo() throws Exception {
    // Sources are fetched in parallel: answer by path, not by arrival order.
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return request.getUrl().encodedPath().equals("/down")
                ? new MockResponse.Builder().code(503).build()
                : new MockResponse.Builder().body("{ not json").build();
          }
        });
    Run run =
        run(
            "--headless",
            "--once",
            "--source",
            server.url("/down") + ";id=down",
            "--source",
            server.url("/broken") + ";format=jsonfeed;id=broken");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList())
        .hasSize(2)
        .anyMatch(l -> l.contains("/down") && l.contains("503"))
        .anyMatch(l -> l.contains("/broken"));
  }

  @Test
  void helpDocumentsEveryOption() throws Exception {
    Run run = run("--help");
    assertThat(run.exit()).isZero();
    String help = String.join("\n", run.out());
    assertThat(help).contains("--headless", "--once", "--source", "--demo", "format=", "zone=");
  }

  @Test
  void streamingPrintsEventsAndExitsCleanlyOnSigterm() throws Exception {
    Path err = Files.createTempFile("wirewatch-err", ".txt");
    Process p = process("--headless", "--demo").redirectError(err.toFile()).start();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line = r.readLine();
      assertThat(line).isNotNull();
      assertThat(json(line).get("event").getAsString()).isEqualTo("added");
      p.destroy(); // SIGTERM
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
    } catch (IOException e) {
      p.destroyForcibly();
      throw e;
    }
    String stderr = Files.readString(err);
    assertThat(stderr).contains("demo: live").doesNotContain("Exception");
  }

  @Test
  void whatAStreamingRunStoredIsFoundByASearchAfterItStops() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "application/feed+json")
            .body(
                """
                {"version":"https://jsonfeed.org/version/1.1","title":"Wire","items":[
                 {"id":"a","title":"Putin-Trump summit likely next week","content_text":"x",
                  "authors":[{"name":"ANI"}],"date_published":"2025-08-07T18:07:00+05:30"}]}
                """)
            .build());
    Path data = Files.createTempDirectory("wirewatch-history");
    Path err = Files.createTempFile("wirewatch-err", ".txt");
    Process p =
        process(
                "--headless",
                "--data-dir",
                data.toString(),
                "--source",
                server.url("/f") + ";id=wire;name=Wire desk")
            .redirectError(err.toFile())
            .start();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(json(r.readLine()).get("id").getAsString()).isEqualTo("a");
      p.destroy(); // SIGTERM: the last changes are written before it exits
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
    Run search = run("--headless", "--search", "summit", "--data-dir", data.toString());
    assertThat(search.exit()).isZero();
    assertThat(search.out())
        .singleElement()
        .satisfies(l -> assertThat(json(l).get("headline").getAsString()).contains("summit"));
    Run export =
        run(
            "--search",
            "kremlin OR summit",
            "--data-dir",
            data.toString(),
            "--export",
            "-",
            "--export-format",
            "md",
            "--zone",
            "Asia/Kolkata");
    assertThat(export.out())
        .containsExactly(
            "- 18:07 IST, 7 Aug 2025 — Putin-Trump summit likely next week (ANI via Wire desk)");
  }
}

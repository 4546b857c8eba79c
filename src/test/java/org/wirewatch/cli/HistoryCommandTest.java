package org.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewatch.model.Updates.update;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.export.ExportFormat;
import org.wirewatch.export.HistoryExporter;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.SourceId;
import org.wirewatch.store.HistoryQuery;
import org.wirewatch.store.HistoryStore;
import org.wirewatch.store.HistoryWriter;
import org.wirewatch.store.SourceDirectory;
import org.wirewatch.store.StoreSettings;
import org.wirewatch.timeline.Timeline;

class HistoryCommandTest {
  private static final Instant T0 = Instant.parse("2025-08-07T12:40:00Z");
  private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

  @TempDir Path data;
  @TempDir Path out;

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final HistoryCommand command =
      new HistoryCommand(
          new PrintStream(stdout, true, StandardCharsets.UTF_8),
          new PrintStream(stderr, true, StandardCharsets.UTF_8));

  @BeforeEach
  void fillHistory() throws Exception {
    try (HistoryStore store =
        HistoryStore.openForWriting(
            data, StoreSettings.defaults(Clock.fixed(T0, ZoneOffset.UTC)))) {
      Timeline timeline = new Timeline();
      SourceDirectory names =
          new SourceDirectory() {
            @Override
            public String name(SourceId source) {
              return "Rediff live";
            }

            @Override
            public java.net.URI configuredUrl(SourceId source) {
              return null;
            }
          };
      timeline.subscribe(new HistoryWriter(store, names, s -> {}), Runnable::run);
      timeline.ingest(
          SourceId.of("rediff"),
          FeedSnapshot.of(
              List.of(
                  update().id("1807").headline("Putin-Trump summit likely next week").build(),
                  update()
                      .id("1744")
                      .published("2025-08-07T17:44:00+05:30")
                      .headline("Tariffs, \"reciprocal\" and otherwise, debated")
                      .text("Line one,\nline two.")
                      .build())),
          T0);
      timeline.ingest(
          SourceId.of("rediff"),
          FeedSnapshot.of(
              List.of(
                  update().id("1807").headline("Putin-Trump summit set for next week").build(),
                  update()
                      .id("1744")
                      .published("2025-08-07T17:44:00+05:30")
                      .headline("Tariffs, \"reciprocal\" and otherwise, debated")
                      .text("Line one,\nline two.")
                      .build())),
          T0.plusSeconds(300));
    }
  }

  private String stdout() {
    return stdout.toString(StandardCharsets.UTF_8);
  }

  private int run(HistoryQuery query, Path export, ExportFormat format) {
    return command.run(data, query, export, format, id -> IST);
  }

  @Test
  void searchPrintsTheOnceShapeNewestFirst() {
    assertThat(run(HistoryQuery.text("summit OR tariffs"), null, null)).isZero();
    List<JsonObject> lines =
        stdout().lines().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
    assertThat(lines).extracting(o -> o.get("id").getAsString()).containsExactly("1807", "1744");
    assertThat(lines.get(0).keySet())
        .containsExactlyInAnyOrder(
            "source",
            "id",
            "published",
            "updated",
            "headline",
            "text",
            "html",
            "url",
            "author",
            "tags",
            "priority",
            "edited",
            "flags",
            "withdrawn");
    assertThat(lines.get(0).get("edited").getAsBoolean()).isTrue();
    assertThat(lines.get(0).get("published").getAsString()).isEqualTo("2025-08-07T18:07:00+05:30");
  }

  @Test
  void emptyRangeSaysSoOnStderrAndSucceeds() {
    HistoryQuery nothing =
        new HistoryQuery("", Instant.parse("2030-01-01T00:00:00Z"), null, Set.of(), 0);
    assertThat(run(nothing, null, null)).isZero();
    assertThat(stdout()).isEmpty();
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("nothing in history matches");
  }

  @Test
  void missingHistoryIsExitThreeWithTheReason() {
    int exit = command.run(out.resolve("nowhere"), HistoryQuery.text("x"), null, null, id -> IST);
    assertThat(exit).isEqualTo(HistoryCommand.EXIT_NO_HISTORY);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("no history at");
  }

  @Test
  void csvExportParsesBackWithEveryColumn() throws Exception {
    Path file = out.resolve("notes.csv");
    assertThat(run(HistoryQuery.text(""), file, ExportFormat.CSV)).isZero();
    List<CSVRecord> rows;
    try (Reader r = Files.newBufferedReader(file)) {
      rows =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(r)
              .getRecords();
    }
    assertThat(rows).hasSize(2);
    CSVRecord summit = rows.get(0);
    assertThat(summit.toMap())
        .containsEntry("time", "2025-08-07T18:07:00+05:30")
        .containsEntry("zone", "Asia/Kolkata")
        .containsEntry("headline", "Putin-Trump summit set for next week")
        .containsEntry("credit", "ANI")
        .containsEntry("source", "Rediff live")
        .containsEntry("url", "https://live.example.in/news/1807")
        .containsEntry("edited", "true")
        .containsEntry("withdrawn", "false");
    assertThat(rows.get(1).get("headline"))
        .isEqualTo("Tariffs, \"reciprocal\" and otherwise, debated");
    assertThat(rows.get(0).getParser().getHeaderNames())
        .containsExactly(HistoryExporter.CSV_HEADER);
  }

  @Test
  void jsonLinesExportParsesBackWithTimeInTheChosenZone() throws Exception {
    Path file = out.resolve("notes.jsonl");
    assertThat(run(HistoryQuery.text("tariffs"), file, ExportFormat.JSONL)).isZero();
    List<JsonObject> lines =
        Files.readAllLines(file).stream()
            .map(l -> JsonParser.parseString(l).getAsJsonObject())
            .toList();
    assertThat(lines)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.get("time").getAsString()).isEqualTo("2025-08-07T17:44:00+05:30");
              assertThat(o.get("zone").getAsString()).isEqualTo("Asia/Kolkata");
              assertThat(o.get("source_name").getAsString()).isEqualTo("Rediff live");
              assertThat(o.get("text").getAsString()).isEqualTo("Line one,\nline two.");
              assertThat(o.get("edited").getAsBoolean()).isFalse();
            });
  }

  @Test
  void markdownReadsAsACitationList() throws Exception {
    Path file = out.resolve("notes.md");
    assertThat(run(HistoryQuery.text(""), file, ExportFormat.MD)).isZero();
    assertThat(Files.readAllLines(file))
        .containsExactly(
            "- 18:07 IST, 7 Aug 2025 — Putin-Trump summit set for next week (ANI via Rediff live),"
                + " edited 18:15 https://live.example.in/news/1807",
            "- 17:44 IST, 7 Aug 2025 — Tariffs, \"reciprocal\" and otherwise, debated (ANI via"
                + " Rediff live) https://live.example.in/news/1744");
  }

  @Test
  void exportLeavesNoHalfFileWhenItCannotWrite() throws Exception {
    Path file = out.resolve("missing-dir").resolve("notes.csv");
    assertThat(run(HistoryQuery.text(""), file, ExportFormat.CSV)).isEqualTo(1);
    assertThat(file).doesNotExist();
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("cannot write");
  }

  @Test
  void timesAreReadAsJournalistsWriteThem() {
    assertThat(TimeArgument.since("2025-08-07T14:30+05:30", IST))
        .isEqualTo(Instant.parse("2025-08-07T09:00:00Z"));
    assertThat(TimeArgument.since("2025-08-07T14:30", IST))
        .isEqualTo(Instant.parse("2025-08-07T09:00:00Z"));
    assertThat(TimeArgument.since("2025-08-07", IST))
        .isEqualTo(Instant.parse("2025-08-06T18:30:00Z"));
    assertThat(TimeArgument.until("2025-08-07", IST))
        .isEqualTo(Instant.parse("2025-08-07T18:30:00Z"));
    assertThat(TimeArgument.since("2025-08-07T09:00:00Z", IST))
        .isEqualTo(Instant.parse("2025-08-07T09:00:00Z"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimeArgument.since("yesterday", IST))
        .hasMessageContaining("--since");
  }
}

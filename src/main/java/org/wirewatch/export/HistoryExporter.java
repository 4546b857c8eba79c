package org.wirewatch.export;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.store.StoredUpdate;

/**
 * Writes updates from history for citation: CSV (through Commons CSV, never hand-quoted), JSON
 * Lines, or a Markdown list ("18:07 IST, 7 Aug 2025 — headline (ANI via Rediff live) url"). Every
 * format carries the time in the zone chosen for each source, the headline, credit, source, link,
 * and whether the update was edited or withdrawn.
 */
public final class HistoryExporter implements AutoCloseable {
  /** CSV columns, in order. */
  public static final String[] CSV_HEADER = {
    "time", "zone", "headline", "credit", "source", "source_id", "url", "edited", "withdrawn", "id"
  };

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
  private static final DateTimeFormatter CITATION =
      DateTimeFormatter.ofPattern("HH:mm zzz, d MMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter EDIT_TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private final ExportFormat format;
  private final Writer out;
  private final Function<SourceId, ZoneId> zoneOf;
  private final JsonLines json = new JsonLines();
  private final CSVPrinter csv;
  private int written;

  /**
   * @param zoneOf the zone each source's times are shown in (its own zone, or the one chosen)
   */
  public HistoryExporter(ExportFormat format, Writer out, Function<SourceId, ZoneId> zoneOf)
      throws IOException {
    this.format = format;
    this.out = out;
    this.zoneOf = zoneOf;
    this.csv =
        format == ExportFormat.CSV
            ? new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())
            : null;
  }

  /** Writes one update; wraps an I/O failure, so it can be used as a consumer of a search. */
  public void write(StoredUpdate stored) {
    try {
      switch (format) {
        case CSV -> csvRow(stored);
        case JSONL -> jsonLine(stored);
        case MD -> markdownLine(stored);
      }
      written++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int written() {
    return written;
  }

  private ZonedDateTime time(LiveUpdate u) {
    return u.published().atZoneSameInstant(zoneOf.apply(u.source()));
  }

  private void csvRow(StoredUpdate stored) throws IOException {
    TimelineEntry e = stored.entry();
    LiveUpdate u = e.update();
    ZonedDateTime t = time(u);
    csv.printRecord(
        ISO.format(t),
        t.getZone().getId(),
        u.headline(),
        u.author() == null ? "" : u.author(),
        stored.sourceName(),
        u.source().value(),
        u.permalink() == null ? "" : u.permalink().toString(),
        e.edited(),
        e.withdrawn(),
        u.id());
  }

  private void jsonLine(StoredUpdate stored) throws IOException {
    TimelineEntry e = stored.entry();
    ZonedDateTime t = time(e.update());
    JsonObject o = JsonLines.object(e);
    o.addProperty("time", ISO.format(t));
    o.addProperty("zone", t.getZone().getId());
    o.addProperty("source_name", stored.sourceName());
    out.write(json.line(o));
    out.write('\n');
  }

  private void markdownLine(StoredUpdate stored) throws IOException {
    TimelineEntry e = stored.entry();
    LiveUpdate u = e.update();
    ZonedDateTime t = time(u);
    StringBuilder b = new StringBuilder("- ");
    b.append(CITATION.format(t));
    b.append(" — ").append(markdownText(u.headline().isBlank() ? u.text() : u.headline()));
    String credit = u.author() == null || u.author().isBlank() ? null : u.author().strip();
    b.append(" (");
    if (credit != null) {
      b.append(markdownText(credit)).append(" via ");
    }
    b.append(markdownText(stored.sourceName())).append(')');
    if (e.edited() && e.editTime() != null) {
      b.append(", edited ").append(EDIT_TIME.format(e.editTime().atZone(t.getZone())));
    }
    if (e.withdrawn()) {
      b.append(", withdrawn by the source");
    }
    if (u.permalink() != null) {
      b.append(' ').append(u.permalink().toASCIIString());
    }
    out.write(b.toString());
    out.write('\n');
  }

  // A headline is text, not markup: characters Markdown would act on are escaped, line breaks
  // flattened, so one update stays one list item.
  static String markdownText(String s) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
  }

  @Override
  public void close() throws IOException {
    if (csv != null) {
      csv.flush();
    }
    out.flush();
  }
}

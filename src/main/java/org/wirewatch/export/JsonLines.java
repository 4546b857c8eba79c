package org.wirewatch.export;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.wirewatch.ingest.UpdateChange;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateFlag;

/**
 * The headless output contract: one JSON object per line. Fields always present (null when
 * unknown): source, id, published, updated, headline, text, html, url, author, tags, priority,
 * edited; plus flags and withdrawn, and event when streaming changes. Other tools rely on these
 * names: add fields, never rename or drop one.
 */
public final class JsonLines {
  private static final Gson GSON =
      new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  /** One line for an entry (no trailing newline). */
  public String line(TimelineEntry entry) {
    return GSON.toJson(object(entry));
  }

  /** One line for an object made by {@link #object(TimelineEntry)} and added to. */
  public String line(JsonObject object) {
    return GSON.toJson(object);
  }

  /** One line for a change, with its {@code event} field. */
  public String line(UpdateChange change) {
    return GSON.toJson(object(change));
  }

  /** The object behind {@link #line(UpdateChange)}: the entry's fields and {@code event}. */
  public static JsonObject object(UpdateChange change) {
    JsonObject o = object(change.entry());
    o.addProperty("event", change.eventName());
    return o;
  }

  /** The object behind {@link #line(TimelineEntry)}, for formats that add fields to it. */
  public static JsonObject object(TimelineEntry entry) {
    LiveUpdate u = entry.update();
    JsonObject o = new JsonObject();
    o.addProperty("source", u.source().value());
    o.addProperty("id", u.id());
    o.addProperty("published", iso(u.published()));
    o.addProperty("updated", iso(u.updated()));
    o.addProperty("headline", u.headline());
    o.addProperty("text", u.text());
    o.addProperty("html", u.html());
    o.addProperty("url", u.permalink() == null ? null : u.permalink().toString());
    o.addProperty("author", u.author());
    JsonArray tags = new JsonArray();
    u.tags().forEach(tags::add);
    o.add("tags", tags);
    o.addProperty("priority", u.priority().wireName());
    o.addProperty("edited", entry.edited());
    JsonArray flags = new JsonArray();
    u.flags().stream().map(UpdateFlag::name).sorted().forEach(flags::add);
    o.add("flags", flags);
    o.addProperty("withdrawn", iso(entry.withdrawnAt()));
    if (u.origin() != null) {
      JsonObject origin = new JsonObject();
      origin.addProperty("source", u.origin().sourceId());
      origin.addProperty("name", u.origin().name());
      o.add("origin", origin);
    }
    return o;
  }

  private static String iso(OffsetDateTime t) {
    return t == null ? null : t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static String iso(Instant t) {
    return t == null ? null : iso(t.atOffset(ZoneOffset.UTC));
  }
}

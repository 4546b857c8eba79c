package org.wirewatch.store;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Origin;
import org.wirewatch.model.Priority;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.UpdateFlag;

/**
 * How one version of an update is written to, and read back from, a row of {@code updates} or
 * {@code revisions}: the columns they share. A row that a newer Wirewatch wrote with a value this
 * one does not know (a new flag, a new priority) still reads; the unknown part is dropped.
 */
final class UpdateRows {
  /** The content columns, in the order {@link #bindContent} binds them. */
  static final String CONTENT_COLUMNS =
      "published, updated, headline, body, html, url, credit, tags, priority, flags,"
          + " first_seen_ms, origin_id, origin_name";

  static final int CONTENT_COUNT = 13;

  private static final Gson GSON = new Gson();

  private UpdateRows() {}

  /** Binds {@link #CONTENT_COLUMNS} from {@code first}; returns the next parameter index. */
  static int bindContent(PreparedStatement s, int first, LiveUpdate u) throws SQLException {
    int i = first;
    s.setString(i++, u.published().toString());
    setNullable(s, i++, u.updated() == null ? null : u.updated().toString());
    s.setString(i++, u.headline());
    s.setString(i++, u.text());
    setNullable(s, i++, u.html());
    setNullable(s, i++, u.permalink() == null ? null : u.permalink().toString());
    setNullable(s, i++, u.author());
    s.setString(i++, GSON.toJson(u.tags()));
    s.setString(i++, u.priority().name());
    s.setString(i++, GSON.toJson(u.flags().stream().map(Enum::name).sorted().toList()));
    s.setLong(i++, u.firstSeen().toEpochMilli());
    setNullable(s, i++, u.origin() == null ? null : u.origin().sourceId());
    setNullable(s, i++, u.origin() == null ? null : u.origin().name());
    return i;
  }

  static void setNullable(PreparedStatement s, int i, String value) throws SQLException {
    if (value == null) {
      s.setNull(i, Types.VARCHAR);
    } else {
      s.setString(i, value);
    }
  }

  static void setNullable(PreparedStatement s, int i, Instant value) throws SQLException {
    if (value == null) {
      s.setNull(i, Types.INTEGER);
    } else {
      s.setLong(i, value.toEpochMilli());
    }
  }

  /** Reads the content columns (and {@code source}, {@code id}) of the current row. */
  static LiveUpdate read(ResultSet rs, SourceId source, String id) throws SQLException {
    OffsetDateTime published = time(rs.getString("published"));
    if (published == null) {
      published =
          Instant.ofEpochMilli(rs.getLong("first_seen_ms")).atOffset(java.time.ZoneOffset.UTC);
    }
    return new LiveUpdate(
        source,
        id,
        published,
        time(rs.getString("updated")),
        rs.getString("headline"),
        rs.getString("body"),
        rs.getString("html"),
        uri(rs.getString("url")),
        rs.getString("credit"),
        strings(rs.getString("tags")),
        priority(rs.getString("priority")),
        Instant.ofEpochMilli(rs.getLong("first_seen_ms")),
        flags(rs.getString("flags")),
        Origin.ofNullable(rs.getString("origin_id"), rs.getString("origin_name")));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(value);
  }

  private static OffsetDateTime time(String text) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static URI uri(String text) {
    if (text == null) {
      return null;
    }
    try {
      return new URI(text);
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  private static List<String> strings(String json) {
    List<String> out = new ArrayList<>();
    for (JsonElement e : array(json)) {
      if (e.isJsonPrimitive()) {
        out.add(e.getAsString());
      }
    }
    return out;
  }

  private static Set<UpdateFlag> flags(String json) {
    Set<UpdateFlag> out = EnumSet.noneOf(UpdateFlag.class);
    for (String name : strings(json)) {
      try {
        out.add(UpdateFlag.valueOf(name));
      } catch (IllegalArgumentException unknown) {
        // written by a newer Wirewatch
      }
    }
    return out;
  }

  private static JsonArray array(String json) {
    if (json == null) {
      return new JsonArray();
    }
    try {
      JsonElement e = JsonParser.parseString(json);
      return e.isJsonArray() ? e.getAsJsonArray() : new JsonArray();
    } catch (JsonParseException e) {
      return new JsonArray();
    }
  }

  private static Priority priority(String name) {
    try {
      return name == null ? Priority.NORMAL : Priority.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return Priority.NORMAL;
    }
  }
}

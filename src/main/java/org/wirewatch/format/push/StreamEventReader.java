package org.wirewatch.format.push;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.wirewatch.format.FeedFormat;
import org.wirewatch.format.FeedParseException;
import org.wirewatch.format.FeedParsers;
import org.wirewatch.format.ParseContext;
import org.wirewatch.model.FeedSnapshot;

/**
 * Reads one Server-Sent Event's {@code data} with the same parsers as a polled document. The data
 * may be a JSON Feed item, a whole JSON Feed, a LiveBlogPosting (or one BlogPosting update), or,
 * with a {@link FieldMap}, any JSON object. {@code event: delete} (data: the id, or an object with
 * it), {@code _wirewatch.deleted}, or a mapped {@code deleted} field withdraws the update.
 *
 * <p>Mapped objects and bare items are rewritten into a one-item JSON Feed and read by the JSON
 * Feed parser, so they are sanitized, dated and flagged exactly as a polled item would be.
 */
public final class StreamEventReader {
  private static final Set<String> DELETE_EVENTS = Set.of("delete", "deleted", "remove", "removed");

  private final FeedParsers parsers;

  public StreamEventReader(FeedParsers parsers) {
    this.parsers = parsers;
  }

  /**
   * @param type the event's {@code event:} field ("message" when it had none)
   * @param fields how to map a plain JSON object, or {@code null}
   * @param filter {@code path=value} an event must match to count, or {@code null}
   * @return what the event said; empty when it says nothing for this source (blank data, or
   *     filtered out)
   * @throws FeedParseException when the data is not something Wirewatch reads
   */
  public Optional<FeedSnapshot> read(
      String type, String data, ParseContext context, FieldMap fields, String filter)
      throws FeedParseException {
    if (data == null || data.isBlank()) {
      return Optional.empty();
    }
    boolean deletion = type != null && DELETE_EVENTS.contains(type.toLowerCase(Locale.ROOT));
    JsonElement root;
    try {
      // Gson reads a bare word as a string: only what starts like JSON is taken for JSON.
      if ("{[\"-0123456789tfn".indexOf(data.strip().charAt(0)) < 0) {
        throw new JsonSyntaxException("it starts with '" + data.strip().charAt(0) + "'");
      }
      root = JsonParser.parseString(data);
    } catch (JsonSyntaxException | IllegalStateException e) {
      if (deletion && !data.strip().contains(" ")) {
        return Optional.of(deleted(data.strip())); // "event: delete", "data: u1807"
      }
      throw new FeedParseException("the event's data is not JSON: " + e.getMessage(), e);
    }
    if (deletion && root.isJsonPrimitive()) {
      return Optional.of(deleted(root.getAsString()));
    }
    if (!root.isJsonObject()) {
      throw new FeedParseException("the event's data is JSON but not an object");
    }
    JsonObject object = root.getAsJsonObject();
    if (filter != null && !matches(object, filter)) {
      return Optional.empty();
    }
    if (fields != null) {
      return Optional.of(mapped(object, fields, deletion, context));
    }
    if (deletion) {
      JsonElement id = object.get("id");
      if (id == null || !id.isJsonPrimitive()) {
        throw new FeedParseException("a delete event's data has no \"id\"");
      }
      return Optional.of(deleted(id.getAsString()));
    }
    if (isLiveBlog(object)) {
      return Optional.of(parse(object, FeedFormat.LIVE_BLOG_POSTING, context));
    }
    if (isBlogPosting(object)) {
      JsonObject blog = new JsonObject();
      blog.addProperty("@context", "https://schema.org");
      blog.addProperty("@type", "LiveBlogPosting");
      JsonArray updates = new JsonArray();
      updates.add(object);
      blog.add("liveBlogUpdate", updates);
      return Optional.of(parse(blog, FeedFormat.LIVE_BLOG_POSTING, context));
    }
    if (object.has("items") && object.get("items").isJsonArray()) {
      return Optional.of(parse(object, FeedFormat.JSON_FEED, context));
    }
    if (object.has("id") || object.has("url")) {
      return Optional.of(parse(feedOf(object), FeedFormat.JSON_FEED, context));
    }
    throw new FeedParseException(
        "the event's data is not a JSON Feed item, a JSON Feed, a LiveBlogPosting, or an object"
            + " the source's fields map (it has no \"id\")");
  }

  private FeedSnapshot mapped(
      JsonObject object, FieldMap fields, boolean deletion, ParseContext context)
      throws FeedParseException {
    JsonElement id = fields.get(object, "id");
    if (id == null || !id.isJsonPrimitive()) {
      throw new FeedParseException(
          "the event has nothing at the id path " + fields.paths().get("id"));
    }
    JsonElement gone = fields.get(object, "deleted");
    if (deletion || (gone != null && gone.isJsonPrimitive() && truthy(gone.getAsJsonPrimitive()))) {
      return deleted(id.getAsString());
    }
    JsonObject item = new JsonObject();
    item.addProperty("id", id.getAsString());
    copyText(object, fields, "headline", item, "title");
    copyText(object, fields, "text", item, "content_text");
    copyText(object, fields, "html", item, "content_html");
    copyText(object, fields, "url", item, "url");
    copyTime(object, fields, "time", item, "date_published");
    copyTime(object, fields, "updated", item, "date_modified");
    JsonElement author = fields.get(object, "author");
    if (author != null && author.isJsonPrimitive()) {
      JsonObject who = new JsonObject();
      who.addProperty("name", author.getAsString());
      JsonArray authors = new JsonArray();
      authors.add(who);
      item.add("authors", authors);
    }
    return parse(feedOf(item), FeedFormat.JSON_FEED, context);
  }

  private static void copyText(
      JsonObject from, FieldMap fields, String field, JsonObject to, String name) {
    JsonElement v = fields.get(from, field);
    if (v != null && v.isJsonPrimitive()) {
      to.addProperty(name, v.getAsString());
    }
  }

  /** Times as given, or epoch seconds (milliseconds when that large) as ISO-8601. */
  private static void copyTime(
      JsonObject from, FieldMap fields, String field, JsonObject to, String name) {
    JsonElement v = fields.get(from, field);
    if (v == null || !v.isJsonPrimitive()) {
      return;
    }
    JsonPrimitive p = v.getAsJsonPrimitive();
    if (p.isNumber()) {
      long n = p.getAsLong();
      Instant at = n > 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
      to.addProperty(name, at.toString());
    } else {
      to.addProperty(name, p.getAsString());
    }
  }

  private static boolean truthy(JsonPrimitive p) {
    return p.isBoolean() ? p.getAsBoolean() : p.getAsString().equalsIgnoreCase("true");
  }

  private static boolean matches(JsonObject object, String filter) {
    int eq = filter.indexOf('=');
    if (eq < 1) {
      return true;
    }
    JsonElement v = FieldMap.at(object, filter.substring(0, eq).strip());
    return v != null
        && v.isJsonPrimitive()
        && v.getAsString().equals(filter.substring(eq + 1).strip());
  }

  private static boolean isLiveBlog(JsonObject o) {
    return typeContains(o, "LiveBlogPosting");
  }

  private static boolean isBlogPosting(JsonObject o) {
    return typeContains(o, "BlogPosting") || typeContains(o, "NewsArticle");
  }

  private static boolean typeContains(JsonObject o, String type) {
    JsonElement t = o.get("@type");
    if (t == null) {
      return false;
    }
    if (t.isJsonArray()) {
      for (JsonElement e : t.getAsJsonArray()) {
        if (e.isJsonPrimitive() && e.getAsString().equals(type)) {
          return true;
        }
      }
      return false;
    }
    return t.isJsonPrimitive() && t.getAsString().equals(type);
  }

  private static JsonObject feedOf(JsonObject item) {
    JsonObject feed = new JsonObject();
    feed.addProperty("version", "https://jsonfeed.org/version/1.1");
    feed.addProperty("title", "");
    JsonArray items = new JsonArray();
    items.add(item);
    feed.add("items", items);
    return feed;
  }

  private FeedSnapshot parse(JsonObject document, FeedFormat format, ParseContext context)
      throws FeedParseException {
    return parsers.parse(document.toString().getBytes(StandardCharsets.UTF_8), context, format);
  }

  private static FeedSnapshot deleted(String id) {
    return new FeedSnapshot(null, java.util.List.of(), Set.of(id));
  }
}

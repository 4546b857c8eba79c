package org.wirewatch.format.jsonfeed;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wirewatch.format.BodyText;
import org.wirewatch.format.FeedFormat;
import org.wirewatch.format.FeedParseException;
import org.wirewatch.format.FeedParser;
import org.wirewatch.format.JsonDocuments;
import org.wirewatch.format.Links;
import org.wirewatch.format.ParseContext;
import org.wirewatch.format.html.HtmlSanitizer;
import org.wirewatch.format.time.DateTimeParser;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;

/**
 * Reads <a href="https://www.jsonfeed.org/version/1.1/">JSON Feed</a> 1.0 and 1.1.
 *
 * <p>Each item maps to a {@link LiveUpdate}: {@code id} (else {@code url}, else a hash of date and
 * headline) is the id; {@code url} (else {@code external_url}), resolved against the feed URL and
 * kept only when http(s), is the permalink; {@code content_html} is sanitized, {@code content_text}
 * (else the HTML's text, else {@code summary}) is the text; {@code authors} (1.1), else {@code
 * author} (1.0), else the feed's own, give the credit, several names joined with ", ".
 *
 * <h2>The {@code _wirewatch} extension</h2>
 *
 * JSON Feed lets publishers add {@code _}-prefixed objects; Wirewatch reads one on items:
 *
 * <pre>{@code
 * "_wirewatch": { "priority": "breaking" }   // or "pinned" / "normal"
 * "_wirewatch": { "deleted": true }          // withdraws the item with this id
 * "_wirewatch": { "source_id": "rediff", "source": "Rediff live" }  // read by a relay from there
 * }</pre>
 *
 * A relay names the source it read each item from; the update keeps it as its {@link
 * org.wirewatch.model.Origin} (id and name cut to 120 characters, whitespace collapsed), so a
 * screen fed by the relay credits the original source.
 *
 * <p>An item tagged {@code breaking} is breaking too. A deleted marker does not become an update:
 * its id goes to {@link FeedSnapshot#deletedIds()}.
 *
 * <h2>Bad input</h2>
 *
 * A document that is not JSON, or not a JSON Feed, throws {@link FeedParseException} with Gson's
 * line, column and path. A bad item is flagged (no or unreadable date, no title) and kept; an item
 * that is not an object is skipped and named in {@link FeedSnapshot#problems()}.
 */
public final class JsonFeedParser implements FeedParser {
  private final Gson gson = LenientJson.create();
  private final JsonFeedItemMapper mapper;

  /** A parser with the standard date reader and sanitizer. */
  public JsonFeedParser() {
    this(new DateTimeParser(), HtmlSanitizer.forParsers());
  }

  public JsonFeedParser(DateTimeParser dates, HtmlSanitizer sanitizer) {
    this.mapper = new JsonFeedItemMapper(dates, sanitizer);
  }

  @Override
  public FeedFormat format() {
    return FeedFormat.JSON_FEED;
  }

  @Override
  public FeedSnapshot parse(byte[] body, ParseContext context) throws FeedParseException {
    String text = BodyText.decodeJson(body, context.contentType());
    JsonElement root = JsonDocuments.read(text, "the JSON Feed", false);
    if (!root.isJsonObject()) {
      throw new FeedParseException(
          "not a JSON Feed: the document is " + kind(root) + ", not an object");
    }
    JsonFeedDocument doc;
    try {
      doc = gson.fromJson(root, JsonFeedDocument.class);
    } catch (JsonParseException e) {
      throw new FeedParseException("not a readable JSON Feed: " + e.getMessage(), e);
    }
    List<String> problems = new ArrayList<>();
    checkVersion(doc.version(), root.getAsJsonObject(), problems);

    URI base = context.baseUri();
    if (base == null) {
      base = Links.httpLink(doc.feedUrl(), null).orElse(null);
    }
    List<LiveUpdate> updates = new ArrayList<>();
    Set<String> deleted = new LinkedHashSet<>();
    JsonFeedItemMapper.Feed feed =
        new JsonFeedItemMapper.Feed(base, JsonFeedItemMapper.names(doc.authors(), doc.author()));

    JsonElement items = doc.items();
    if (items == null || items.isJsonNull()) {
      problems.add("the feed has no \"items\" array");
    } else if (!items.isJsonArray()) {
      throw new FeedParseException(
          "not a JSON Feed: \"items\" at $.items is " + kind(items) + ", not an array");
    } else {
      JsonArray array = items.getAsJsonArray();
      for (int i = 0; i < array.size(); i++) {
        String where = "$.items[" + i + "]";
        JsonElement element = array.get(i);
        if (!element.isJsonObject()) {
          problems.add("item " + where + " is " + kind(element) + ", not an object; skipped");
          continue;
        }
        JsonFeedItem item;
        try {
          item = gson.fromJson(element, JsonFeedItem.class);
        } catch (JsonParseException e) {
          problems.add("item " + where + " could not be read (" + e.getMessage() + "); skipped");
          continue;
        }
        if (item.wirewatch() != null && item.wirewatch().deleted()) {
          Optional<String> id = mapper.explicitId(item, feed);
          if (id.isPresent()) {
            deleted.add(id.get());
          } else {
            problems.add("deleted marker " + where + " has no id or url; ignored");
          }
          continue;
        }
        LiveUpdate update = mapper.toUpdate(item, feed, context, problems, where);
        updates.add(update); // a repeated id is settled by DuplicateIds, as for every format
      }
    }
    return new FeedSnapshot(doc.title(), updates, deleted, problems);
  }

  /**
   * A version that is not the spec's URL ("1.1", "1.0", none) is accepted, and flagged, when the
   * document is unmistakably a JSON Feed all the same: an {@code items} array whose objects carry
   * JSON Feed's own item fields, or a {@code feed_url} or {@code home_page_url}. Anything else is
   * refused, so an arbitrary JSON API is never taken for a feed.
   */
  private static void checkVersion(String version, JsonObject root, List<String> problems)
      throws FeedParseException {
    String v = version == null ? null : version.trim();
    if (v != null
        && (v.startsWith("https://jsonfeed.org/version/")
            || v.startsWith("http://jsonfeed.org/version/"))) {
      return;
    }
    if (!looksLikeJsonFeed(root)) {
      throw new FeedParseException(
          v == null
              ? "not a JSON Feed: no \"version\" at $.version (expected"
                  + " https://jsonfeed.org/version/1.1)"
              : "not a JSON Feed: $.version is \""
                  + v
                  + "\", not https://jsonfeed.org/version/...");
    }
    problems.add(
        (v == null ? "the feed has no \"version\"" : "the feed's version is \"" + v + "\"")
            + ", not a https://jsonfeed.org/version/ URL; read it as JSON Feed");
  }

  private static final Set<String> ITEM_FIELDS =
      Set.of("content_html", "content_text", "date_published", "date_modified", "summary");

  static boolean looksLikeJsonFeed(JsonObject root) {
    JsonElement items = root.get("items");
    if (items == null || !items.isJsonArray()) {
      return false;
    }
    if (root.has("feed_url") || root.has("home_page_url")) {
      return true;
    }
    for (JsonElement item : items.getAsJsonArray()) {
      if (item.isJsonObject()
          && item.getAsJsonObject().keySet().stream().anyMatch(ITEM_FIELDS::contains)) {
        return true;
      }
    }
    return false;
  }

  static String kind(JsonElement e) {
    if (e.isJsonNull()) {
      return "null";
    }
    if (e.isJsonArray()) {
      return "an array";
    }
    if (e.isJsonObject()) {
      return "an object";
    }
    if (e.getAsJsonPrimitive().isNumber()) {
      return "a number";
    }
    if (e.getAsJsonPrimitive().isBoolean()) {
      return "a boolean";
    }
    return "a string";
  }
}

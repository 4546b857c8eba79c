package org.wirewatch.relay;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.function.Function;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;

/**
 * One timeline entry as a JSON Feed 1.1 item, the way the relay publishes it in {@code /feed.json}
 * and in each {@code /events} event. The id is the original source's id and the update's ({@code
 * rediff/u1807}), so updates of two sources never collide; Wirewatch's {@code _wirewatch} extension
 * carries priority, the original source, the number of revisions and withdrawals.
 */
final class RelayItems {
  private RelayItems() {}

  static String id(TimelineEntry e) {
    return e.update().source().value() + "/" + e.update().id();
  }

  static JsonObject item(TimelineEntry e, Function<SourceId, String> names) {
    LiveUpdate u = e.update();
    JsonObject item = new JsonObject();
    item.addProperty("id", id(e));
    if (u.permalink() != null) {
      item.addProperty("url", u.permalink().toString());
    }
    if (u.headline() != null) {
      item.addProperty("title", u.headline());
    }
    if (u.html() != null && !u.html().isEmpty()) {
      item.addProperty("content_html", u.html()); // already sanitized on the way in
    }
    item.addProperty("content_text", u.text() == null ? "" : u.text());
    if (u.published() != null) {
      item.addProperty("date_published", u.published().toString());
    }
    if (u.updated() != null) {
      item.addProperty("date_modified", u.updated().toString());
    }
    if (u.author() != null && !u.author().isBlank()) {
      JsonArray authors = new JsonArray();
      JsonObject a = new JsonObject();
      a.addProperty("name", u.author());
      authors.add(a);
      item.add("authors", authors);
    }
    if (u.tags() != null && !u.tags().isEmpty()) {
      JsonArray tags = new JsonArray();
      u.tags().forEach(tags::add);
      item.add("tags", tags);
    }
    JsonObject ext = new JsonObject();
    if (u.priority() != null) {
      ext.addProperty("priority", u.priority().name().toLowerCase(java.util.Locale.ROOT));
    }
    // a relay fed by another relay passes the first one's origin on
    ext.addProperty("source", u.sourceName(names));
    ext.addProperty("source_id", u.origin() != null ? u.origin().sourceId() : u.source().value());
    ext.addProperty("revisions", e.revisions().size());
    if (e.withdrawnAt() != null) {
      ext.addProperty("deleted", true);
    }
    item.add("_wirewatch", ext);
    return item;
  }

  /** An entry as the relay holds it now: the item, or its withdrawal once it was withdrawn. */
  static JsonObject asHeld(TimelineEntry e, Function<SourceId, String> names) {
    return e.withdrawnAt() == null ? item(e, names) : withdrawal(e);
  }

  /** A withdrawal as an item: the id and the deleted marker only. */
  static JsonObject withdrawal(TimelineEntry e) {
    JsonObject item = new JsonObject();
    item.addProperty("id", id(e));
    JsonObject ext = new JsonObject();
    ext.addProperty("deleted", true);
    item.add("_wirewatch", ext);
    return item;
  }
}

package org.wirewatch.format.liveblog;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds LiveBlogPosting nodes anywhere in a JSON-LD tree: a single object, a top-level array, an
 * {@code @graph}, or nested under another node (a WebPage's {@code mainEntity}). Also indexes nodes
 * by {@code @id}, so a {@code liveBlogUpdate} that only references a node can be resolved.
 */
final class JsonLdNodes {
  private final List<JsonObject> liveBlogs = new ArrayList<>();
  private final Map<String, JsonObject> byId = new HashMap<>();

  JsonLdNodes(JsonElement root) {
    walk(root);
  }

  List<JsonObject> liveBlogs() {
    return liveBlogs;
  }

  /** The full node with this {@code @id}, when {@code ref} is a bare reference to one. */
  JsonObject resolve(JsonObject ref) {
    if (ref.size() == 1 && ref.has("@id")) {
      JsonObject full = byId.get(JsonLd.text(ref.get("@id")));
      if (full != null) {
        return full;
      }
    }
    return ref;
  }

  // Recursion depth is bounded by JsonDocuments.NESTING_LIMIT, enforced when the tree was read.
  private void walk(JsonElement e) {
    if (e == null) {
      return;
    }
    if (e.isJsonArray()) {
      e.getAsJsonArray().forEach(this::walk);
      return;
    }
    if (!e.isJsonObject()) {
      return;
    }
    JsonObject o = e.getAsJsonObject();
    String id = JsonLd.text(o.get("@id"));
    if (id != null && o.size() > 1) {
      byId.putIfAbsent(id, o);
    }
    if (JsonLd.hasType(o, "LiveBlogPosting")) {
      liveBlogs.add(o);
      // Index the updates too: another node may reference them, but look for no blog inside.
      indexOnly(o.get("liveBlogUpdate"));
      return;
    }
    for (Map.Entry<String, JsonElement> member : o.entrySet()) {
      walk(member.getValue());
    }
  }

  private void indexOnly(JsonElement e) {
    if (e == null) {
      return;
    }
    if (e.isJsonArray()) {
      e.getAsJsonArray().forEach(this::indexOnly);
    } else if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      String id = JsonLd.text(o.get("@id"));
      if (id != null && o.size() > 1) {
        byId.putIfAbsent(id, o);
      }
    }
  }
}

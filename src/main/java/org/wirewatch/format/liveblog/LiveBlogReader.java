package org.wirewatch.format.liveblog;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** Reads one LiveBlogPosting node into its DTO; {@code liveBlogUpdate} may be one or many. */
final class LiveBlogReader {
  private LiveBlogReader() {}

  static LiveBlogDto read(JsonObject blog, JsonLdNodes nodes, String where) {
    String headline = JsonLd.text(blog.get("headline"));
    if (headline == null) {
      headline = JsonLd.text(blog.get("name"));
    }
    List<BlogPostingDto> updates = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    JsonElement entries = blog.get("liveBlogUpdate");
    List<JsonElement> all = new ArrayList<>();
    if (entries != null && entries.isJsonArray()) {
      entries.getAsJsonArray().forEach(all::add);
    } else if (entries != null && !entries.isJsonNull()) {
      all.add(entries);
    }
    for (int i = 0; i < all.size(); i++) {
      JsonElement e = all.get(i);
      if (!e.isJsonObject()) {
        problems.add(
            where + " liveBlogUpdate[" + i + "] is not an object (" + shortly(e) + "); skipped");
        continue;
      }
      updates.add(posting(nodes.resolve(e.getAsJsonObject())));
    }
    return new LiveBlogDto(headline, updates, problems);
  }

  private static BlogPostingDto posting(JsonObject o) {
    return new BlogPostingDto(
        JsonLd.text(o.get("@id")),
        JsonLd.link(o.get("url")),
        first(o, "headline", "name"),
        first(o, "articleBody", "text", "description"),
        first(o, "datePublished", "dateCreated", "uploadDate"),
        JsonLd.text(o.get("dateModified")),
        JsonLd.names(o.has("author") ? o.get("author") : o.get("creator")),
        JsonLd.keywords(o.get("keywords")));
  }

  private static String first(JsonObject o, String... names) {
    for (String name : names) {
      String s = JsonLd.text(o.get(name));
      if (s != null && !s.isBlank()) {
        return s;
      }
    }
    return null;
  }

  private static String shortly(JsonElement e) {
    String s = e.toString();
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}

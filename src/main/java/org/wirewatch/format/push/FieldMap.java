package org.wirewatch.format.push;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where an update's fields are in a pushed JSON object that is not a feed format: {@code
 * id:meta.id,headline:title,text:comment,author:user,url:meta.uri,time:meta.dt}. Paths are dotted
 * member names. {@code id} is required; {@code deleted} names a field that is true when the event
 * withdraws the update.
 */
public record FieldMap(Map<String, String> paths) {
  private static final Set<String> KNOWN =
      Set.of("id", "headline", "text", "html", "author", "url", "time", "updated", "deleted");

  public FieldMap {
    paths = Map.copyOf(paths);
  }

  /**
   * @throws IllegalArgumentException saying what a map looks like
   */
  public static FieldMap parse(String spec) {
    Map<String, String> paths = new LinkedHashMap<>();
    for (String pair : spec.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int colon = pair.indexOf(':');
      String field = colon < 0 ? "" : pair.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String path = colon < 0 ? "" : pair.substring(colon + 1).strip();
      if (!KNOWN.contains(field) || path.isEmpty()) {
        throw new IllegalArgumentException(
            "fields: expected field:path pairs such as id:meta.id,headline:title (fields: "
                + String.join(", ", new java.util.TreeSet<>(KNOWN))
                + "), found '"
                + pair.strip()
                + "'");
      }
      paths.put(field, path);
    }
    if (!paths.containsKey("id")) {
      throw new IllegalArgumentException("fields: an update needs an id, as id:path");
    }
    return new FieldMap(paths);
  }

  /** The value at {@code field}'s path, or {@code null} when the object has none there. */
  JsonElement get(JsonObject object, String field) {
    String path = paths.get(field);
    return path == null ? null : at(object, path);
  }

  /** The value at a dotted path, or {@code null}. */
  static JsonElement at(JsonObject object, String path) {
    JsonElement here = object;
    for (String name : path.split("\\.")) {
      if (here == null || !here.isJsonObject()) {
        return null;
      }
      here = here.getAsJsonObject().get(name);
    }
    return here == null || here.isJsonNull() ? null : here;
  }
}

package org.wirewatch.format.liveblog;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** Reading JSON-LD values, which may be a string, a {@code {"@value": ...}} object or an array. */
final class JsonLd {
  private JsonLd() {}

  /** The first textual value: a primitive, an object's {@code @value}, or an array's first. */
  static String text(JsonElement e) {
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (e.isJsonPrimitive()) {
      return e.getAsString();
    }
    if (e.isJsonObject()) {
      return text(e.getAsJsonObject().get("@value"));
    }
    for (JsonElement one : e.getAsJsonArray()) {
      String s = text(one);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** A link: a string, or an object naming it by {@code @id} or {@code url}. */
  static String link(JsonElement e) {
    if (e != null && e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      String s = text(o.get("@id"));
      return s != null ? s : text(o.get("url"));
    }
    if (e != null && e.isJsonArray() && !e.getAsJsonArray().isEmpty()) {
      return link(e.getAsJsonArray().get(0));
    }
    return text(e);
  }

  /** Names from a string, a Person/Organization object with {@code name}, or an array of those. */
  static List<String> names(JsonElement e) {
    List<String> out = new ArrayList<>();
    addNames(e, out);
    return out;
  }

  private static void addNames(JsonElement e, List<String> out) {
    if (e == null || e.isJsonNull()) {
      return;
    }
    if (e.isJsonArray()) {
      e.getAsJsonArray().forEach(one -> addNames(one, out));
    } else if (e.isJsonObject()) {
      String name = text(e.getAsJsonObject().get("name"));
      if (name != null) {
        out.add(name);
      }
    } else {
      out.add(e.getAsString());
    }
  }

  /** Keywords from an array of strings or one comma-separated string. */
  static List<String> keywords(JsonElement e) {
    List<String> out = new ArrayList<>();
    if (e == null || e.isJsonNull()) {
      return out;
    }
    JsonArray all = new JsonArray();
    if (e.isJsonArray()) {
      all = e.getAsJsonArray();
    } else {
      all.add(e);
    }
    for (JsonElement one : all) {
      String s = text(one);
      if (s != null) {
        for (String part : s.split(",")) {
          if (!part.isBlank()) {
            out.add(part.strip());
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether {@code @type} names {@code type}, as a string or in an array, bare or as a schema.org
   * IRI ({@code http://schema.org/LiveBlogPosting}, {@code schema:LiveBlogPosting}).
   */
  static boolean hasType(JsonObject o, String type) {
    JsonElement t = o.get("@type");
    if (t == null) {
      return false;
    }
    JsonArray all = new JsonArray();
    if (t.isJsonArray()) {
      all = t.getAsJsonArray();
    } else {
      all.add(t);
    }
    for (JsonElement one : all) {
      if (one.isJsonPrimitive()) {
        String s = one.getAsString().strip();
        if (s.equals(type) || s.endsWith("/" + type) || s.endsWith(":" + type)) {
          return true;
        }
      }
    }
    return false;
  }
}

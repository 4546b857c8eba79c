package org.wirewatch.format.jsonfeed;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonDeserializationContext;
import com.google.gson.JsonDeserializer;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.ReflectionAccessFilter;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Gson that reads JSON Feed DTOs. Real feeds bend the types (a number for an id, a string for
 * {@code tags}, a bare name for {@code author}, an object where a string belongs); these adapters
 * take what makes sense and leave the rest {@code null}, so one odd field never costs an item.
 */
final class LenientJson {
  private LenientJson() {}

  static Gson create() {
    return new GsonBuilder()
        .addReflectionAccessFilter(ReflectionAccessFilter.BLOCK_ALL_PLATFORM)
        .disableJdkUnsafe()
        .registerTypeAdapter(String.class, (JsonDeserializer<String>) LenientJson::text)
        .registerTypeAdapter(
            JsonFeedAuthor.class, (JsonDeserializer<JsonFeedAuthor>) LenientJson::author)
        .registerTypeAdapter(
            new TypeToken<List<JsonFeedAuthor>>() {}.getType(),
            (JsonDeserializer<List<JsonFeedAuthor>>) LenientJson::authors)
        .registerTypeAdapter(
            new TypeToken<List<String>>() {}.getType(),
            (JsonDeserializer<List<String>>) LenientJson::strings)
        .registerTypeAdapter(
            WirewatchExtension.class, (JsonDeserializer<WirewatchExtension>) LenientJson::extension)
        .create();
  }

  /** A string, number or boolean as text; anything else as {@code null}. */
  static String text(JsonElement e) {
    return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
  }

  private static String text(JsonElement e, Type type, JsonDeserializationContext ctx) {
    return text(e);
  }

  private static JsonFeedAuthor author(JsonElement e, Type type, JsonDeserializationContext ctx) {
    if (e.isJsonPrimitive()) {
      return new JsonFeedAuthor(e.getAsString(), null);
    }
    if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      return new JsonFeedAuthor(text(o.get("name")), text(o.get("url")));
    }
    return null;
  }

  private static List<JsonFeedAuthor> authors(
      JsonElement e, Type type, JsonDeserializationContext ctx) {
    List<JsonFeedAuthor> out = new ArrayList<>();
    for (JsonElement one : e.isJsonArray() ? e.getAsJsonArray() : List.of(e)) {
      JsonFeedAuthor a = author(one, JsonFeedAuthor.class, ctx);
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  private static List<String> strings(JsonElement e, Type type, JsonDeserializationContext ctx) {
    List<String> out = new ArrayList<>();
    for (JsonElement one : e.isJsonArray() ? e.getAsJsonArray() : List.of(e)) {
      String s = text(one);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  private static WirewatchExtension extension(
      JsonElement e, Type type, JsonDeserializationContext ctx) {
    if (!e.isJsonObject()) {
      return null;
    }
    JsonObject o = e.getAsJsonObject();
    String deleted = text(o.get("deleted"));
    return new WirewatchExtension(
        text(o.get("priority")),
        deleted != null && deleted.trim().toLowerCase(Locale.ROOT).equals("true"),
        text(o.get("source")),
        text(o.get("source_id")));
  }
}

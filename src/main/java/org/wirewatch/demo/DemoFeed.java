package org.wirewatch.demo;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the demo live blog holds at a given moment, as a JSON Feed 1.1 document. Pure: the same
 * elapsed time and clock reading give the same bytes, so the server can answer 304s and tests can
 * ask for any moment.
 */
public final class DemoFeed {
  /** Like a real live blog, the feed shows only its newest items; older ones slide out. */
  public static final int WINDOW = 20;

  private final DemoScript script;
  private final ZoneId zone;

  public DemoFeed(DemoScript script, ZoneId zone) {
    this.script = script;
    this.zone = zone;
  }

  /**
   * @param elapsed time since the demo started
   * @param now the wall-clock time, which stamps the recaps that follow the script
   */
  public String render(Duration elapsed, Instant now) {
    long seconds = elapsed.toSeconds();
    Map<String, DemoScript.Item> current = new LinkedHashMap<>();
    for (DemoScript.Step step : script.steps()) {
      if (step.at() <= seconds) {
        current.put(step.item().id(), step.item());
      }
    }
    List<JsonObject> items = new ArrayList<>();
    current.values().forEach(item -> items.add(toJson(item)));
    items.addAll(recaps(seconds, now));
    // Newest first, as live blogs list them; the window keeps the newest.
    items.sort(Comparator.comparing(DemoFeed::publishedAt).reversed());
    JsonObject feed = new JsonObject();
    feed.addProperty("version", "https://jsonfeed.org/version/1.1");
    feed.addProperty("title", script.title());
    feed.addProperty("home_page_url", script.homePageUrl());
    JsonArray array = new JsonArray();
    items.stream().limit(WINDOW).forEach(array::add);
    feed.add("items", array);
    return new GsonBuilder().disableHtmlEscaping().create().toJson(feed);
  }

  private static Instant publishedAt(JsonObject item) {
    return OffsetDateTime.parse(item.get("date_published").getAsString()).toInstant();
  }

  private List<JsonObject> recaps(long seconds, Instant now) {
    long afterScript = seconds - script.scriptedSeconds();
    List<DemoScript.Item> stories =
        script.steps().stream()
            .filter(s -> s.action().equals("publish"))
            .map(DemoScript.Step::item)
            .toList();
    if (afterScript <= 0 || stories.isEmpty()) {
      return List.of();
    }
    long every = script.recaps().everySeconds();
    long count = afterScript / every;
    List<JsonObject> out = new ArrayList<>();
    for (long n = Math.max(1, count - WINDOW + 1); n <= count; n++) {
      DemoScript.Item story = stories.get((int) ((n - 1) % stories.size()));
      Instant at = now.minusSeconds((count - n) * every + (afterScript % every));
      JsonObject o = new JsonObject();
      o.addProperty("id", "demo-recap-" + n);
      o.addProperty("title", script.recaps().prefix() + story.title());
      o.addProperty("content_text", story.text());
      o.addProperty(
          "date_published",
          at.truncatedTo(ChronoUnit.SECONDS)
              .atZone(zone)
              .toOffsetDateTime()
              .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      o.add("authors", authors(script.recaps().author()));
      out.add(o);
    }
    return out;
  }

  private static JsonObject toJson(DemoScript.Item item) {
    JsonObject o = new JsonObject();
    o.addProperty("id", item.id());
    if (item.url() != null) {
      o.addProperty("url", item.url());
    }
    o.addProperty("title", item.title());
    o.addProperty("content_text", item.text());
    if (item.html() != null) {
      o.addProperty("content_html", item.html());
    }
    o.addProperty("date_published", item.published());
    if (item.modified() != null) {
      o.addProperty("date_modified", item.modified());
    }
    if (item.author() != null) {
      o.add("authors", authors(item.author()));
    }
    if (item.tags() != null && !item.tags().isEmpty()) {
      JsonArray tags = new JsonArray();
      item.tags().forEach(tags::add);
      o.add("tags", tags);
    }
    if (item.priority() != null) {
      JsonObject ext = new JsonObject();
      ext.addProperty("priority", item.priority());
      o.add("_wirewatch", ext);
    }
    return o;
  }

  private static JsonArray authors(String name) {
    JsonObject author = new JsonObject();
    author.addProperty("name", name);
    JsonArray authors = new JsonArray();
    authors.add(author);
    return authors;
  }
}

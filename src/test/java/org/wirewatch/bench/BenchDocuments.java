package org.wirewatch.bench;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * Documents for the ingest benchmark, generated from a seed so every run reads the same bytes,
 * shaped like real ones: news copy in paragraphs, links, entities, now and then an image, a list, a
 * quote or an embed's script; headlines with an escaped ampersand; authors and tags.
 */
final class BenchDocuments {
  private static final String[] WORDS = {
    "minister",
    "said",
    "on",
    "Thursday",
    "the",
    "government",
    "would",
    "review",
    "flood",
    "relief",
    "in",
    "Kolkata",
    "after",
    "heavy",
    "rain",
    "across",
    "district",
    "officials",
    "confirmed",
    "at",
    "least",
    "twelve",
    "people",
    "were",
    "rescued",
    "from",
    "low-lying",
    "areas",
    "police",
    "and",
    "NDRF",
    "teams",
    "continued",
    "their",
    "search",
    "while",
    "markets",
    "closed",
    "flat",
    "Sensex",
    "Nifty",
    "ended",
    "session",
    "with",
    "investors",
    "cautious",
    "ahead",
    "of",
    "talks",
    "between",
    "Washington",
    "Moscow",
    "envoy",
    "summit",
    "next",
    "week",
    "preparations",
    "underway",
    "opposition",
    "leaders",
    "walked",
    "out",
    "Parliament",
    "demanding",
    "debate",
    "on",
    "tariffs",
    "farmers",
    "interests",
    "never",
    "compromised",
    "according",
    "to",
    "sources",
    "familiar",
    "with",
    "matter",
  };
  private static final String[] ENTITIES = {"&amp;", "&#8217;", "&mdash;", "&quot;", "&nbsp;"};
  private static final String[] DESKS = {"ANI", "PTI", "Reuters", "Staff Reporter", "Web Desk"};
  private static final String[] TAGS = {"India", "World", "Markets", "Weather", "Politics"};

  private final Random random;

  BenchDocuments(long seed) {
    this.random = new Random(seed);
  }

  static byte[] resource(String path) throws IOException {
    try (InputStream in = BenchDocuments.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("missing test resource " + path);
      }
      return in.readAllBytes();
    }
  }

  /** A JSON Feed 1.1 of {@code items} items with HTML bodies, newest first. */
  byte[] jsonFeed(int items) {
    JsonObject feed = new JsonObject();
    feed.addProperty("version", "https://jsonfeed.org/version/1.1");
    feed.addProperty("title", "Live: floods, markets and the summit");
    feed.addProperty("home_page_url", "https://news.example.in/live/2025-08-07");
    JsonArray list = new JsonArray();
    OffsetDateTime newest =
        OffsetDateTime.of(2025, 8, 7, 18, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30));
    for (int i = 0; i < items; i++) {
      JsonObject item = new JsonObject();
      String url = "https://news.example.in/live/2025-08-07#update-" + (items - i);
      item.addProperty("id", url);
      item.addProperty("url", url);
      item.addProperty("title", headline());
      item.addProperty("content_html", body());
      item.addProperty("date_published", newest.minusMinutes(3L * i).toString());
      if (i % 7 == 0) {
        item.addProperty("date_modified", newest.minusMinutes(3L * i - 2).toString());
      }
      JsonArray authors = new JsonArray();
      JsonObject author = new JsonObject();
      author.addProperty("name", DESKS[random.nextInt(DESKS.length)]);
      authors.add(author);
      item.add("authors", authors);
      JsonArray tags = new JsonArray();
      tags.add(TAGS[random.nextInt(TAGS.length)]);
      item.add("tags", tags);
      list.add(item);
    }
    feed.add("items", list);
    Gson gson = new GsonBuilder().disableHtmlEscaping().create();
    return gson.toJson(feed).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A live page with a LiveBlogPosting of {@code updates} BlogPosting updates in JSON-LD (bodies as
   * HTML, as many publishers put them), and the same updates rendered in the page.
   */
  byte[] liveBlogPage(int updates) {
    JsonObject blog = new JsonObject();
    blog.addProperty("@context", "https://schema.org");
    blog.addProperty("@type", "LiveBlogPosting");
    blog.addProperty("@id", "https://news.example.in/live/world-2025-08-07#liveblog");
    blog.addProperty("headline", "World news live: summit, tariffs, floods");
    blog.addProperty("url", "https://news.example.in/live/world-2025-08-07");
    blog.addProperty("coverageStartTime", "2025-08-07T06:00:00+05:30");
    JsonArray list = new JsonArray();
    StringBuilder visible = new StringBuilder();
    OffsetDateTime newest =
        OffsetDateTime.of(2025, 8, 7, 23, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30));
    for (int i = 0; i < updates; i++) {
      String headline = headline();
      String body = body();
      String id = "update-" + (updates - i);
      JsonObject post = new JsonObject();
      post.addProperty("@type", "BlogPosting");
      post.addProperty("@id", "https://news.example.in/live/world-2025-08-07#" + id);
      post.addProperty("headline", headline);
      post.addProperty("articleBody", body);
      post.addProperty("datePublished", newest.minusMinutes(2L * i).toString());
      post.addProperty("url", "#" + id);
      JsonObject author = new JsonObject();
      author.addProperty("@type", "Organization");
      author.addProperty("name", DESKS[random.nextInt(DESKS.length)]);
      post.add("author", author);
      post.addProperty("keywords", TAGS[random.nextInt(TAGS.length)]);
      list.add(post);
      visible
          .append("<article id=\"")
          .append(id)
          .append("\" class=\"live-update\"><time>")
          .append(newest.minusMinutes(2L * i).toLocalTime())
          .append("</time><h2>")
          .append(headline)
          .append("</h2><div class=\"body\">")
          .append(body)
          .append("</div></article>\n");
    }
    blog.add("liveBlogUpdate", list);
    String jsonLd = new Gson().toJson(blog); // escapes '<' and '>', as publishers must in a script
    String page =
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>World news live</title>"
            + "<link rel=\"stylesheet\" href=\"/static/site.css\">"
            + "<script type=\"application/ld+json\">"
            + jsonLd
            + "</script></head><body><header><nav><a href=\"/\">Home</a> <a href=\"/india\">India"
            + "</a></nav></header><main><h1>World news live</h1>\n"
            + visible
            + "</main><footer>&copy; 2025 News Example</footer>"
            + "<script src=\"/static/live.js\"></script></body></html>";
    return page.getBytes(StandardCharsets.UTF_8);
  }

  private String headline() {
    StringBuilder b = new StringBuilder();
    int n = 6 + random.nextInt(8);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(i == 0 ? capitalized(word()) : word());
      if (i == n / 2 && random.nextInt(5) == 0) {
        b.append(" &amp;");
      }
    }
    return b.toString();
  }

  /** 2 to 5 paragraphs of 25 to 70 words, with links, emphasis and entities. */
  private String body() {
    StringBuilder b = new StringBuilder();
    int paragraphs = 2 + random.nextInt(4);
    for (int p = 0; p < paragraphs; p++) {
      b.append("<p>");
      int words = 25 + random.nextInt(46);
      for (int w = 0; w < words; w++) {
        if (w > 0) {
          b.append(' ');
        }
        int roll = random.nextInt(40);
        if (roll == 0) {
          b.append("<a href=\"https://news.example.in/")
              .append(word())
              .append('/')
              .append(100_000 + random.nextInt(900_000))
              .append(".html\">")
              .append(word())
              .append(' ')
              .append(word())
              .append("</a>");
        } else if (roll == 1) {
          b.append("<strong>").append(word()).append("</strong>");
        } else if (roll == 2) {
          b.append("<em>").append(word()).append("</em>");
        } else if (roll == 3) {
          b.append(word()).append(ENTITIES[random.nextInt(ENTITIES.length)]);
        } else {
          b.append(w == 0 ? capitalized(word()) : word());
        }
      }
      b.append(".</p>");
      if (p == 0 && random.nextInt(8) == 0) {
        b.append("<figure><img src=\"https://img.example.in/2025/08/")
            .append(random.nextInt(10_000))
            .append(".jpg\" alt=\"")
            .append(word())
            .append("\" width=\"640\" height=\"360\" loading=\"lazy\"><figcaption>")
            .append(capitalized(word()))
            .append(" ")
            .append(word())
            .append(". Photo: PTI</figcaption></figure>");
      }
    }
    int extra = random.nextInt(20);
    if (extra == 0) {
      b.append("<ul><li>").append(word()).append("</li><li>").append(word()).append("</li></ul>");
    } else if (extra == 1) {
      b.append("<blockquote class=\"twitter-tweet\"><p>")
          .append(capitalized(word()))
          .append(' ')
          .append(word())
          .append("</p>&mdash; Desk (@desk) <a href=\"https://twitter.com/desk/status/")
          .append(random.nextLong() & Long.MAX_VALUE)
          .append("\">August 7, 2025</a></blockquote>")
          .append("<script async src=\"https://platform.twitter.com/widgets.js\"></script>");
    }
    return b.toString();
  }

  private String word() {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private static String capitalized(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}

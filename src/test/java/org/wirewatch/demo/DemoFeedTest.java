package org.wirewatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoFeedTest {
  private static final Instant NOW = Instant.parse("2026-11-24T20:00:00Z");
  private final DemoScript script = DemoScript.bundled();
  private final DemoFeed feed = new DemoFeed(script, ZoneId.of("Asia/Kolkata"));

  private JsonArray itemsAt(long seconds) {
    JsonObject doc =
        JsonParser.parseString(feed.render(Duration.ofSeconds(seconds), NOW)).getAsJsonObject();
    assertThat(doc.get("version").getAsString()).isEqualTo("https://jsonfeed.org/version/1.1");
    return doc.getAsJsonArray("items");
  }

  private static List<String> ids(JsonArray items) {
    List<String> ids = new ArrayList<>();
    items.forEach(i -> ids.add(i.getAsJsonObject().get("id").getAsString()));
    return ids;
  }

  private static JsonObject item(JsonArray items, String id) {
    for (var i : items) {
      if (i.getAsJsonObject().get("id").getAsString().equals(id)) {
        return i.getAsJsonObject();
      }
    }
    throw new AssertionError("no item " + id);
  }

  @Test
  void startsWithTheFirstStoriesAndRevealsTheRestOverTime() {
    assertThat(ids(itemsAt(0))).containsExactly("demo-not-a-cloudburst", "demo-ndrf-uttarkashi");
    assertThat(ids(itemsAt(12))).first().isEqualTo("demo-putin-trump-summit");
  }

  @Test
  void theSeedsEighteenOhSevenItemIsPublishedWithItsTimeBodyAndCredit() {
    JsonObject summit = item(itemsAt(12), "demo-putin-trump-summit");
    assertThat(summit.get("date_published").getAsString()).isEqualTo("2025-08-07T18:07:00+05:30");
    assertThat(summit.get("title").getAsString())
        .isEqualTo("Putin-Trump summit likely next week: Kremlin envoy");
    assertThat(summit.get("content_text").getAsString())
        .startsWith("Kirill A Dmitriev")
        .doesNotContain("-- ANI");
    assertThat(summit.getAsJsonArray("authors").get(0).getAsJsonObject().get("name").getAsString())
        .isEqualTo("ANI");
    assertThat(summit.get("url").getAsString())
        .as("the seed's real page, never a made-up address on a real site")
        .isEqualTo(
            "https://m.rediff.com/news/commentary/2025/aug/07/"
                + "putintrump-summit-likely-next-week-kremlin-envoy/289f33d27553756edbaa15773325f6d4");
  }

  @Test
  void storiesWithNoKnownAddressHaveNone() {
    for (com.google.gson.JsonElement e : itemsAt(100_000)) {
      JsonObject o = e.getAsJsonObject();
      if (!o.get("id").getAsString().equals("demo-putin-trump-summit")) {
        assertThat(o.has("url")).as(o.get("id").getAsString()).isFalse();
      }
    }
  }

  @Test
  void oneItemIsEditedAndOneIsBreaking() {
    JsonObject before = item(itemsAt(17), "demo-kabutarkhanas");
    JsonObject after = item(itemsAt(18), "demo-kabutarkhanas");
    assertThat(before.has("date_modified")).isFalse();
    assertThat(after.get("date_modified").getAsString()).isEqualTo("2025-08-07T18:12:00+05:30");
    assertThat(after.get("content_text").getAsString())
        .isNotEqualTo(before.get("content_text").getAsString());
    assertThat(
            item(itemsAt(8), "demo-modi-tariffs")
                .getAsJsonObject("_wirewatch")
                .get("priority")
                .getAsString())
        .isEqualTo("breaking");
  }

  @Test
  void keepsGoingAfterTheScriptWithLabelledRecapsAndASlidingWindow() {
    long recapEvery = script.recaps().everySeconds();
    JsonArray early = itemsAt(18 + recapEvery);
    assertThat(ids(early)).first().isEqualTo("demo-recap-1");
    assertThat(item(early, "demo-recap-1").get("title").getAsString()).startsWith("Recap: ");

    JsonArray late = itemsAt(18 + recapEvery * 100);
    assertThat(late.size()).isEqualTo(DemoFeed.WINDOW);
    assertThat(ids(late)).first().isEqualTo("demo-recap-100");
    assertThat(ids(late)).doesNotContain("demo-putin-trump-summit");
  }

  @Test
  void sameMomentRendersSameBytesSoEtagsWork() {
    assertThat(feed.render(Duration.ofSeconds(50), NOW))
        .isEqualTo(feed.render(Duration.ofSeconds(50), NOW));
  }
}

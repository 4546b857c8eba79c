package org.wirewatch.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewatch.model.Updates.update;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wirewatch.ingest.UpdateChange;
import org.wirewatch.model.Priority;
import org.wirewatch.model.TimelineEntry;

class JsonLinesTest {
  private final JsonLines lines = new JsonLines();

  @Test
  void everyContractFieldIsPresentEvenWhenNull() {
    JsonObject o =
        JsonParser.parseString(lines.line(TimelineEntry.first(update().build()))).getAsJsonObject();
    assertThat(o.keySet())
        .contains(
            "source",
            "id",
            "published",
            "updated",
            "headline",
            "text",
            "html",
            "url",
            "author",
            "tags",
            "priority",
            "edited");
    assertThat(o.get("updated").isJsonNull()).isTrue();
    assertThat(o.get("html").isJsonNull()).isTrue();
    assertThat(o.get("published").getAsString()).isEqualTo("2025-08-07T18:07:00+05:30");
    assertThat(o.get("author").getAsString()).isEqualTo("ANI");
    assertThat(o.get("priority").getAsString()).isEqualTo("normal");
    assertThat(o.get("edited").getAsBoolean()).isFalse();
  }

  @Test
  void changesCarryTheirEventName() {
    TimelineEntry first = TimelineEntry.first(update().priority(Priority.BREAKING).build());
    TimelineEntry edited =
        first.revisedBy(update().headline("new").build(), Instant.parse("2025-08-07T12:42:00Z"));
    JsonObject o =
        JsonParser.parseString(lines.line(new UpdateChange.Edited(edited))).getAsJsonObject();
    assertThat(o.get("event").getAsString()).isEqualTo("edited");
    assertThat(o.get("edited").getAsBoolean()).isTrue();
    assertThat(
            JsonParser.parseString(lines.line(new UpdateChange.Added(first)))
                .getAsJsonObject()
                .get("priority")
                .getAsString())
        .isEqualTo("breaking");
  }

  @Test
  void outputIsOneLine() {
    assertThat(lines.line(TimelineEntry.first(update().text("line one\nline two").build())))
        .doesNotContain("\n");
  }
}

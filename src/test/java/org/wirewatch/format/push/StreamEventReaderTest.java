package org.wirewatch.format.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wirewatch.format.FeedParseException;
import org.wirewatch.format.FeedParsers;
import org.wirewatch.format.ParseContext;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.SourceId;

/** One event's data, read with the feed parsers: items, documents, mapped objects, deletions. */
class StreamEventReaderTest {
  private final StreamEventReader reader = new StreamEventReader(FeedParsers.standard());
  private final ParseContext context =
      new ParseContext(
          SourceId.of("wire"),
          java.net.URI.create("https://example.org/events"),
          "application/json",
          ZoneId.of("Asia/Kolkata"),
          Instant.parse("2025-08-07T12:40:00Z"),
          null);

  private FeedSnapshot read(String type, String data) throws FeedParseException {
    return reader.read(type, data, context, null, null).orElseThrow();
  }

  @Test
  void aJsonFeedItemIsOneUpdateSanitizedLikeAPolledOne() throws Exception {
    FeedSnapshot s =
        read(
            "message",
            "{\"id\":\"u1807\",\"title\":\"Summit likely\",\"content_html\":\"<p>Envoy says"
                + " so<script>x()</script></p>\",\"date_published\":\"2025-08-07T18:07:00+05:30\","
                + "\"authors\":[{\"name\":\"ANI\"}]}");
    assertThat(s.updates())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.id()).isEqualTo("u1807");
              assertThat(u.author()).isEqualTo("ANI");
              assertThat(u.html()).doesNotContain("script");
              assertThat(u.publishedInstant()).isEqualTo(Instant.parse("2025-08-07T12:37:00Z"));
            });
  }

  @Test
  void aWholeJsonFeedAndALiveBlogPostingUpdateAreReadToo() throws Exception {
    assertThat(
            read(
                    "message",
                    "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"L\",\"items\":"
                        + "[{\"id\":\"a\",\"title\":\"A\",\"date_published\":\"2025-08-07T12:00:00Z\"},"
                        + "{\"id\":\"b\",\"title\":\"B\",\"date_published\":\"2025-08-07T12:01:00Z\"}]}")
                .updates())
        .hasSize(2);
    FeedSnapshot blog =
        read(
            "update",
            "{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"@id\":\"#p9\","
                + "\"headline\":\"Sensex falls\",\"articleBody\":\"Down 300 points.\","
                + "\"datePublished\":\"2025-08-07T15:30:00+05:30\"}");
    assertThat(blog.updates())
        .singleElement()
        .satisfies(u -> assertThat(u.headline()).isEqualTo("Sensex falls"));
  }

  @Test
  void aDeleteEventOrADeletedMarkerWithdrawsTheUpdate() throws Exception {
    assertThat(read("delete", "u1807").deletedIds()).containsExactly("u1807");
    assertThat(read("delete", "{\"id\":\"u1807\"}").deletedIds()).containsExactly("u1807");
    assertThat(read("message", "{\"id\":\"u1807\",\"_wirewatch\":{\"deleted\":true}}").deletedIds())
        .containsExactly("u1807");
  }

  @Test
  void aMappedObjectBecomesAnUpdateAndEpochSecondsAreTimes() throws Exception {
    FieldMap map = FieldMap.parse("id:rc.id,headline:title,text:comment,author:user,time:ts");
    FeedSnapshot s =
        reader
            .read(
                "message",
                "{\"rc\":{\"id\":42},\"title\":\"Page\",\"comment\":\"fix\",\"user\":\"Ann\","
                    + "\"ts\":1754570220,\"wiki\":\"enwiki\"}",
                context,
                map,
                "wiki=enwiki")
            .orElseThrow();
    assertThat(s.updates())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.id()).isEqualTo("42");
              assertThat(u.text()).isEqualTo("fix");
              assertThat(u.publishedInstant()).isEqualTo(Instant.ofEpochSecond(1754570220));
            });
    Optional<FeedSnapshot> other =
        reader.read(
            "message", "{\"rc\":{\"id\":43},\"wiki\":\"dewiki\"}", context, map, "wiki=enwiki");
    assertThat(other).as("another wiki's change is filtered out").isEmpty();
  }

  @Test
  void dataThatIsNotReadableSaysWhy() {
    assertThatThrownBy(() -> read("message", "<html>")).hasMessageContaining("not JSON");
    assertThatThrownBy(() -> read("message", "[1,2]")).hasMessageContaining("not an object");
    assertThatThrownBy(() -> read("message", "{\"hello\":1}")).hasMessageContaining("no \"id\"");
    assertThatThrownBy(() -> FieldMap.parse("headline:title")).hasMessageContaining("needs an id");
    assertThatThrownBy(() -> FieldMap.parse("id:x,colour:y")).hasMessageContaining("colour");
  }

  @Test
  void blankDataSaysNothing() throws Exception {
    assertThat(reader.read("message", "  ", context, null, null)).isEmpty();
  }
}

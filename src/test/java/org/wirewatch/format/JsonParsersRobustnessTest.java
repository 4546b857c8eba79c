package org.wirewatch.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewatch.format.TestContexts.at;
import static org.wirewatch.format.TestContexts.resource;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirewatch.format.jsonfeed.JsonFeedParser;
import org.wirewatch.format.liveblog.LiveBlogPostingParser;

/**
 * Truncated and corrupted documents either parse or throw {@link FeedParseException}: never any
 * other exception. Seeded, so a failure reproduces.
 */
class JsonParsersRobustnessTest {
  private static final int CASES = 300;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/fixtures/rsparser/Tests/RSParserTests/Resources/authors.json, jsonfeed",
    "/format/jsonfeed/jsonfeed-1.1-kremlin-envoy-live-with-breaking-pinned-and-deleted.json, jsonfeed",
    "/format/liveblog/liveblog-raw-jsonld-kremlin-envoy-with-author-forms.jsonld, liveblog",
    "/format/liveblog/liveblog-page-graph-ipl-final.html, liveblog",
  })
  void truncatedOrCorruptedDocumentsNeverThrowAnythingButParseErrors(String file, String format) {
    FeedParser parser =
        format.equals("jsonfeed") ? new JsonFeedParser() : new LiveBlogPostingParser();
    byte[] original = resource(file);
    Random random = new Random(20250807L);
    byte[] alphabet =
        "{}[]\":,\\ \n<>/@0aZ\u00e9".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int outcomes = 0;
    for (int i = 0; i < CASES; i++) {
      byte[] body;
      if (i % 2 == 0) {
        body = Arrays.copyOf(original, random.nextInt(original.length));
      } else {
        body = original.clone();
        for (int n = 0; n < 1 + random.nextInt(5); n++) {
          body[random.nextInt(body.length)] = alphabet[random.nextInt(alphabet.length)];
        }
      }
      try {
        parser.parse(body, at("https://example.org/live"));
      } catch (FeedParseException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
      outcomes++;
    }
    assertThat(outcomes).isEqualTo(CASES);
  }
}

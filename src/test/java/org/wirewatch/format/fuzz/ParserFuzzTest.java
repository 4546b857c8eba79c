package org.wirewatch.format.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.wirewatch.format.FeedFormat;
import org.wirewatch.format.FeedParseException;
import org.wirewatch.format.FeedParsers;
import org.wirewatch.format.PageSelectors;
import org.wirewatch.format.ParseContext;
import org.wirewatch.format.html.HtmlSanitizer;
import org.wirewatch.format.testing.ReferenceSanitizer;
import org.wirewatch.format.time.DateTimeParser;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.SourceId;

/**
 * Hostile bytes never get past the format layer as anything but a {@link FeedParseException}, and
 * nothing executable survives sanitizing. `mvn verify` replays the seeds in
 * src/test/resources/org/wirewatch/format/fuzz/ParserFuzzTestInputs; to fuzz for real, run with
 * JAZZER_FUZZ=1, e.g. {@code JAZZER_FUZZ=1 mvn test -Dtest=ParserFuzzTest#anyDocument}.
 */
class ParserFuzzTest {
  private final FeedParsers parsers = FeedParsers.standard();
  private final HtmlSanitizer sanitizer = new HtmlSanitizer();
  private final ReferenceSanitizer reference = new ReferenceSanitizer();
  private final DateTimeParser dates = new DateTimeParser();
  private static final PageSelectors SELECTORS =
      new PageSelectors("div.liveupdate", ".time", "h2", ".content", null, ".livedate", "a");

  @FuzzTest(maxDuration = "30s")
  void anyDocument(FuzzedDataProvider data) {
    FeedFormat[] formats = FeedFormat.values();
    int pick = data.consumeInt(-1, formats.length - 1);
    FeedFormat pinned = pick < 0 ? null : formats[pick];
    boolean selectors = data.consumeBoolean();
    String contentType =
        data.pickValue(
            new String[] {
              "", "application/json", "text/html", "application/rss+xml; charset=iso-8859-1"
            });
    byte[] body = data.consumeRemainingAsBytes();
    ParseContext context =
        new ParseContext(
            SourceId.of("fuzz"),
            URI.create("https://example.org/live"),
            contentType.isEmpty() ? null : contentType,
            ZoneId.of("Asia/Kolkata"),
            Instant.parse("2025-08-07T12:40:00Z"),
            selectors ? SELECTORS : null);
    try {
      FeedSnapshot snapshot = parsers.parse(body, context, pinned);
      snapshot.updates().forEach(u -> assertInert(u.html()));
    } catch (FeedParseException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @FuzzTest(maxDuration = "30s")
  void anyHtml(FuzzedDataProvider data) {
    String html = data.consumeRemainingAsString();
    String clean = sanitizer.sanitize(html, "https://example.org/");
    assertInert(clean);
    // the one-parse path gives what the earlier parse-twice sanitizer gave
    String before = reference.sanitize(html, "https://example.org/");
    assertThat(clean).isEqualTo(before);
    HtmlSanitizer.Cleaned cleaned = sanitizer.sanitizeWithText(html, "https://example.org/");
    assertThat(cleaned.html()).isEqualTo(before);
    assertThat(cleaned.text()).isEqualTo(reference.toPlainText(before));
    assertThat(sanitizer.toPlainText(html)).isEqualTo(reference.toPlainText(html));
  }

  @FuzzTest(maxDuration = "30s")
  void anyDate(FuzzedDataProvider data) {
    // Never throws, whatever the text; empty is the only answer for nonsense.
    dates.parse(data.consumeRemainingAsString(), ZoneId.of("Asia/Kolkata"));
  }

  /** Inert means: no active element, no event handler, no script URL, however it is spelled. */
  private static void assertInert(String html) {
    if (html == null) {
      return;
    }
    for (Element e : Jsoup.parseBodyFragment(html).getAllElements()) {
      assertThat(e.tagName())
          .isNotIn("script", "iframe", "object", "embed", "style", "form", "svg", "math", "base");
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey().toLowerCase(Locale.ROOT)).doesNotStartWith("on");
        String value = a.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        assertThat(value)
            .doesNotStartWith("javascript:")
            .doesNotStartWith("vbscript:")
            .doesNotStartWith("data:");
      }
    }
  }
}

package org.wirewatch.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.ui.DisplayTime;
import org.wirewatch.ui.Updates;

class DetailHtmlTest {
  private static final DisplayTime TIME = new DisplayTime(ZoneId.of("Asia/Kolkata"), true);

  private static String render(LiveUpdate u, boolean images) {
    return DetailHtml.render(TimelineEntry.first(u), images, DetailHtml.Palette.LIGHT, TIME, 15);
  }

  @Test
  void locksTheDocumentDownWithAContentSecurityPolicy() {
    String html = render(Updates.withHtml(Updates.seed(), "<p>x</p>"), false);
    assertThat(html)
        .contains("Content-Security-Policy")
        .contains("default-src 'none'; img-src 'none'");
    assertThat(render(Updates.withHtml(Updates.seed(), "<p>x</p>"), true))
        .contains("img-src https: http:");
  }

  @Test
  void stripsScriptsHandlersAndDangerousLinksEvenIfAParserLetThemThrough() {
    String html =
        render(
            Updates.withHtml(
                Updates.seed(),
                "<p onclick=\"x()\">a</p><script>evil()</script><iframe src=\"https://x\"></iframe>"
                    + "<a href=\"javascript:evil()\">j</a><a href=\"https://ok.example/\">ok</a>"
                    + "<style>body{display:none}</style>"),
            true);
    String body = html.substring(html.indexOf("<body>"));
    assertThat(body).doesNotContain("<script", "onclick", "iframe", "javascript:", "display:none");
    assertThat(body).contains("href=\"https://ok.example/\"");
  }

  @Test
  void replacesImagesWithTheirDescriptionUnlessAllowed() {
    LiveUpdate u =
        Updates.withHtml(Updates.seed(), "<img src=\"https://cdn/x.jpg\" alt=\"Crowd\">");
    assertThat(render(u, false)).doesNotContain("cdn/x.jpg").contains("[image: Crowd]");
    assertThat(render(u, true)).contains("src=\"https://cdn/x.jpg\"");
  }

  @Test
  void plainTextBodiesAreEscaped() {
    String html =
        render(
            Updates.withHtml(Updates.update("t", Updates.AT_1807, "H", "a <b> & c", null), null),
            false);
    assertThat(html).contains("<p>a &lt;b&gt; &amp; c</p>");
  }

  @Test
  void anEditShowsTheOldHeadlineStruckAndTheWordsThatChanged() {
    LiveUpdate before =
        Updates.update("e", Updates.AT_1807, "Five hurt", "Five people hurt.", null);
    LiveUpdate after =
        Updates.update("e", Updates.AT_1807, "Seven hurt", "Seven people hurt.", null);
    TimelineEntry edited =
        TimelineEntry.first(before).revisedBy(after, Instant.parse("2025-08-07T12:50:00Z"));
    String html = DetailHtml.render(edited, false, DetailHtml.Palette.DARK, TIME, 15);
    assertThat(html)
        .contains("Edited at 18:20 IST")
        .contains("<del>Five hurt</del>")
        .contains("<ins>Seven hurt</ins>")
        .contains("<del>Five</del> <ins>Seven</ins> people hurt.");
  }

  @Test
  void everyVersionIsListedNewestFirstWithWhenItWasReplacedAndWhatChanged() {
    LiveUpdate v1 = Updates.update("e", Updates.AT_1807, "Five hurt", "Five people hurt.", null);
    LiveUpdate v2 = Updates.update("e", Updates.AT_1807, "Seven hurt", "Seven people hurt.", null);
    LiveUpdate v3 =
        Updates.update(
            "e", Updates.AT_1807, "Seven hurt", "Seven people hurt, two critical.", null);
    TimelineEntry entry =
        TimelineEntry.first(v1)
            .revisedBy(v2, Instant.parse("2025-08-07T12:50:00Z"))
            .revisedBy(v3, Instant.parse("2025-08-07T13:05:00Z"));
    String html = DetailHtml.render(entry, false, DetailHtml.Palette.LIGHT, TIME, 15);
    String versions = html.substring(html.indexOf("Every version"));
    assertThat(versions.indexOf("Edited at 18:35 IST"))
        .as("the newest edit first")
        .isLessThan(versions.indexOf("Edited at 18:20 IST"))
        .isPositive();
    assertThat(versions)
        .contains("<del>Five hurt</del> → <ins>Seven hurt</ins>")
        .contains("<del>hurt.</del> <ins>hurt, two critical.</ins>")
        .contains("First published</p><p>Five hurt");
  }

  @Test
  void longUnchangedStretchesAreFoldedAroundTheChange() {
    assertThat(RevisionList.fold("a b c d e f g h i j k l m n o", true, true))
        .isEqualTo("a b c d e … k l m n o");
    assertThat(RevisionList.fold("a b c", true, true)).isEqualTo("a b c");
    assertThat(RevisionList.fold("a b c d e f g h", false, true)).isEqualTo("… d e f g h");
  }
}

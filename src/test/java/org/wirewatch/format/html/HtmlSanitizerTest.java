package org.wirewatch.format.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wirewatch.format.testing.Inertness;

class HtmlSanitizerTest {
  private final HtmlSanitizer sanitizer = new HtmlSanitizer();

  @Test
  void keepsFormattingListsQuotesAndImages() {
    String html =
        "<p>A <b>bold</b> <em>claim</em></p><ul><li>one</li></ul>"
            + "<blockquote>quoted</blockquote><img src=\"https://img.example/a.jpg\" alt=\"a\">";
    assertThat(sanitizer.sanitize(html, "https://example.com/"))
        .isEqualTo(
            "<p>A <b>bold</b> <em>claim</em></p><ul><li>one</li></ul>"
                + "<blockquote>quoted</blockquote><img src=\"https://img.example/a.jpg\" alt=\"a\">");
  }

  @Test
  void linksGetNoopenerNoreferrerNofollowAndResolveAgainstTheBase() {
    assertThat(sanitizer.sanitize("<a href=\"/live/1\">x</a>", "https://example.com/news/"))
        .isEqualTo(
            "<a href=\"https://example.com/live/1\" rel=\"noopener noreferrer nofollow\">x</a>");
    assertThat(sanitizer.sanitize("<a href=\"mailto:desk@example.com\">desk</a>", ""))
        .contains("href=\"mailto:desk@example.com\"");
  }

  @Test
  void relativeLinksWithoutABaseAreDroppedNotLeftDangling() {
    assertThat(sanitizer.sanitize("<a href=\"/x\">x</a>", null)).doesNotContain("href");
  }

  @Test
  void scriptsStylesFramesFormsAndHandlersNeverSurvive() {
    String hostile =
        "<script>alert(1)</script><style>body{display:none}</style>"
            + "<iframe src=\"https://evil.example\"></iframe><object data=\"x.swf\"></object>"
            + "<embed src=\"x.swf\"><form action=\"https://evil.example\"><input name=q></form>"
            + "<p onclick=\"alert(1)\" style=\"color:red\">text</p>";
    String out = sanitizer.sanitize(hostile, "https://example.com/");
    assertThat(Inertness.problems(out)).isEmpty();
    assertThat(out).isEqualTo("<p>text</p>").doesNotContain("alert");
  }

  @Test
  void obfuscatedScriptUrlsAreRemoved() {
    String[] hostile = {
      "<a href=\"javascript:alert(1)\">a</a>",
      "<a href=\"jav&#x09;ascript:alert(1)\">a</a>",
      "<a href=\"jav&#x0A;ascript:alert(1)\">a</a>",
      "<a href=\" &#14; javascript:alert(1)\">a</a>",
      "<a href=\"JaVaScRiPt:alert(1)\">a</a>",
      "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">a</a>",
      "<a href=\"vbscript:msgbox(1)\">a</a>",
      "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">",
      "<img src=\"javascript:alert(1)\">",
    };
    for (String h : hostile) {
      String out = sanitizer.sanitize(h, "https://example.com/");
      assertThat(Inertness.problems(out)).as(h).isEmpty();
      assertThat(out.toLowerCase()).as(h).doesNotContain("script:").doesNotContain("data:");
    }
  }

  @Test
  void plainTextCollapsesWhitespace() {
    assertThat(sanitizer.toPlainText("<p>One</p>\n\n<p>two  <b>three</b></p>"))
        .isEqualTo("One two three");
  }
}

package org.wirewatch.format.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.internal.StringUtil;
import org.junit.jupiter.api.Test;

/** {@link LinkResolver} resolves as jsoup's {@code StringUtil.resolve} does, link for link. */
class LinkResolverTest {
  private static final List<String> BASES =
      List.of(
          "",
          "http://example.com/",
          "http://example.com",
          "https://news.example.in/live/2025-08-07/page.html?page=2#top",
          "HTTPS://NEWS.EXAMPLE.IN:8443/a/b/",
          "not a url",
          "mailto:desk@example.in",
          "http://example.com/\u0001dir/\t",
          "\u0000https://example.com/x/",
          "https://例え.jp/ライブ/",
          "file:///tmp/x.html",
          "http://[::1]:8080/x/y");

  private static final List<String> LINKS =
      List.of(
          "",
          " ",
          "a.html",
          "/a.html",
          "./a.html",
          "../a.html",
          "../../../../a.html",
          "/./a/../b",
          "/../x",
          "//other.example/p",
          "?q=1",
          "?",
          "#frag",
          "#",
          "http://x.example/y",
          "HTTP://X.EXAMPLE/Y",
          "https://x.example:99999/",
          "https://x.example:-1/",
          "http://[::1]/",
          "http://exa mple.com/",
          "https://x.example/a b?c=d&e=f#g h",
          "mailto:a@b.example",
          "tel:+911234",
          "foo:bar",
          "1foo:bar",
          "javascript:alert(1)",
          "jav\tascript:alert(1)",
          "java\u0000script:alert(1)",
          "\u0001\u0002http://x.example/",
          "h\u001fttp://x.example/",
          "data:image/png;base64,AAAA",
          "vbscript:x",
          "ht!tp://x",
          "http:x",
          "http:/x",
          "https:",
          "%2e%2e/x",
          "ライブ/1",
          "http://例え.jp/a",
          "\\\\server\\share",
          "a:b:c",
          "/a?b#c?d");

  @Test
  void everyLinkResolvesAsJsoupResolvesIt() {
    LinkResolver resolver = new LinkResolver();
    List<String> differs = new ArrayList<>();
    // twice round, so a remembered base is used as well as a fresh one
    for (int round = 0; round < 2; round++) {
      for (String base : BASES) {
        for (String link : LINKS) {
          String expected = StringUtil.resolve(base, link);
          String actual = resolver.resolve(base, link);
          if (!expected.equals(actual)) {
            differs.add(base + " + " + link + " = " + actual + ", jsoup: " + expected);
          }
        }
      }
    }
    assertThat(differs).isEmpty();
  }

  @Test
  void controlCharactersGoAsJsoupStripsThem() {
    assertThat(LinkResolver.stripControlChars("plain")).isSameAs("plain");
    assertThat(LinkResolver.stripControlChars("\u0000a\tb\u001fc\u0020d\u007f"))
        .isEqualTo("abc d\u007f");
  }
}

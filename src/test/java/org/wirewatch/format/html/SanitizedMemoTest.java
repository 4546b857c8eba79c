package org.wirewatch.format.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SanitizedMemoTest {
  private final AtomicInteger sanitized = new AtomicInteger();

  private Supplier<HtmlSanitizer.Cleaned> counting(String html) {
    return () -> {
      sanitized.incrementAndGet();
      return new HtmlSanitizer.Cleaned(html, html);
    };
  }

  @Test
  void htmlSeenBeforeIsAnsweredWithoutSanitizingAgain() {
    SanitizedMemo memo = new SanitizedMemo(10, 1_000);
    HtmlSanitizer.Cleaned first =
        memo.get(SanitizedMemo.Kind.SANITIZED, "<p>a</p>", "http://x.example/", counting("a"));
    HtmlSanitizer.Cleaned again =
        memo.get(SanitizedMemo.Kind.SANITIZED, "<p>a</p>", "http://x.example/", counting("b"));
    assertThat(again).isSameAs(first);
    assertThat(sanitized).hasValue(1);
  }

  @Test
  void theSameHtmlUnderAnotherBaseOrOfAnotherKindIsAnotherEntry() {
    SanitizedMemo memo = new SanitizedMemo(10, 1_000);
    memo.get(SanitizedMemo.Kind.SANITIZED, "<a href=x>l</a>", "http://a.example/", counting("1"));
    memo.get(SanitizedMemo.Kind.SANITIZED, "<a href=x>l</a>", "http://b.example/", counting("2"));
    memo.get(SanitizedMemo.Kind.SANITIZED, "<a href=x>l</a>", null, counting("3"));
    memo.get(SanitizedMemo.Kind.TEXT, "<a href=x>l</a>", null, counting("4"));
    // a base and HTML that concatenate alike are still two pairs
    memo.get(SanitizedMemo.Kind.SANITIZED, "b<p>", "http://a", counting("5"));
    memo.get(SanitizedMemo.Kind.SANITIZED, "<p>", "http://ab", counting("6"));
    assertThat(sanitized).hasValue(6);
    assertThat(memo.size()).isEqualTo(6);
  }

  @Test
  void aLoneSurrogateIsNotTakenForTheQuestionMarkUtf8WouldWriteForIt() {
    SanitizedMemo memo = new SanitizedMemo(10, 1_000);
    memo.get(SanitizedMemo.Kind.SANITIZED, "a?b", "", counting("1"));
    memo.get(SanitizedMemo.Kind.SANITIZED, "a\uD800b", "", counting("2"));
    memo.get(SanitizedMemo.Kind.SANITIZED, "a?b", "http://\uD800/", counting("3"));
    memo.get(SanitizedMemo.Kind.SANITIZED, "a?b", "http://?/", counting("4"));
    assertThat(sanitized).hasValue(4);
  }

  @Test
  void theLeastRecentlyUsedEntryGoesWhenFull() {
    SanitizedMemo memo = new SanitizedMemo(2, 1_000);
    memo.get(SanitizedMemo.Kind.SANITIZED, "one", "", counting("1"));
    memo.get(SanitizedMemo.Kind.SANITIZED, "two", "", counting("2"));
    memo.get(SanitizedMemo.Kind.SANITIZED, "one", "", counting("1")); // one is now the newest
    memo.get(SanitizedMemo.Kind.SANITIZED, "three", "", counting("3"));
    assertThat(sanitized).hasValue(3);
    memo.get(SanitizedMemo.Kind.SANITIZED, "one", "", counting("1"));
    assertThat(sanitized).hasValue(3);
    memo.get(SanitizedMemo.Kind.SANITIZED, "two", "", counting("2"));
    assertThat(sanitized).hasValue(4);
    assertThat(memo.size()).isEqualTo(2);
  }

  @Test
  void charactersAreBoundedWhateverTheCount() {
    SanitizedMemo memo = new SanitizedMemo(100, 100);
    for (int i = 0; i < 10; i++) {
      String html = "x".repeat(20) + i; // 21 characters of HTML and 21 of text
      memo.get(SanitizedMemo.Kind.SANITIZED, html, "", counting(html));
    }
    assertThat(memo.chars()).isLessThanOrEqualTo(100).isEqualTo(84);
    assertThat(memo.size()).isEqualTo(2);
    String huge = "y".repeat(200);
    memo.get(SanitizedMemo.Kind.SANITIZED, huge, "", counting(huge));
    // too large to keep, and it evicts nothing
    assertThat(memo.size()).isEqualTo(2);
    memo.get(SanitizedMemo.Kind.SANITIZED, huge, "", counting(huge));
    assertThat(sanitized).hasValue(12);
  }

  @Test
  void aMemoOfNoSizeIsRefused() {
    assertThatThrownBy(() -> new SanitizedMemo(0, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SanitizedMemo(10, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRememberingSanitizerAnswersAsOneThatForgetsOverEveryFixture() throws Exception {
    Set<String> corpus = SanitizerEquivalenceTest.corpus();
    HtmlSanitizer plain = new HtmlSanitizer();
    // small enough that entries are evicted and sanitized again during the passes
    SanitizedMemo memo = new SanitizedMemo(256, 2_000_000);
    HtmlSanitizer remembering = new HtmlSanitizer(memo);
    List<String> differs = new ArrayList<>();
    for (int pass = 0; pass < 2; pass++) {
      for (String html : corpus) {
        for (String base : List.of("", "http://example.com/dir/")) {
          if (!remembering.sanitize(html, base).equals(plain.sanitize(html, base))
              || !remembering
                  .sanitizeWithText(html, base)
                  .equals(plain.sanitizeWithText(html, base))) {
            differs.add("pass " + pass + ", base " + base + ": " + html);
          }
        }
        if (!remembering.toPlainText(html).equals(plain.toPlainText(html))) {
          differs.add("text, pass " + pass + ": " + html);
        }
      }
    }
    assertThat(corpus).hasSizeGreaterThan(1_000);
    assertThat(memo.size()).isEqualTo(256);
    assertThat(differs).isEmpty();
  }
}

package org.wirewatch.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkPolicyTest {
  @Test
  void opensOnlyAbsoluteHttpAndHttps() {
    assertThat(LinkPolicy.openable("https://example.org/a?b=c"))
        .contains("https://example.org/a?b=c");
    assertThat(LinkPolicy.openable(" HTTP://example.org/ ")).contains("HTTP://example.org/");
    assertThat(LinkPolicy.openable("javascript:alert(1)")).isEmpty();
    assertThat(LinkPolicy.openable(" JavaScript:alert(1)")).isEmpty();
    assertThat(LinkPolicy.openable("data:text/html,<script>")).isEmpty();
    assertThat(LinkPolicy.openable("file:///etc/passwd")).isEmpty();
    assertThat(LinkPolicy.openable("/relative/path")).isEmpty();
    assertThat(LinkPolicy.openable("http:no-host")).isEmpty();
    assertThat(LinkPolicy.openable("https://exa mple.org")).isEmpty();
    assertThat(LinkPolicy.openable(null)).isEmpty();
  }
}

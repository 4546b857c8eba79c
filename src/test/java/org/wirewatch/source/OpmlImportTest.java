package org.wirewatch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OpmlImportTest {
  private final OpmlImport opml = new OpmlImport();

  private OpmlImport.Result read(String xml) throws IOException {
    return opml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void importsEveryFeedOutlineIncludingNestedOnes() throws Exception {
    OpmlImport.Result r =
        read(
            """
            <?xml version="1.0"?>
            <opml version="2.0"><head><title>Wires</title></head><body>
              <outline text="Agencies">
                <outline type="rss" text="PTI" xmlUrl="https://example.org/pti.xml"/>
                <outline type="rss" text="ANI" title="ANI national" xmlUrl="https://example.org/ani.xml"/>
              </outline>
              <outline type="rss" text="Dup" xmlUrl="https://example.org/pti.xml"/>
              <outline type="rss" text="Local" xmlUrl="file:///etc/passwd"/>
            </body></opml>
            """);
    assertThat(r.sources()).extracting(SourceConfig::name).containsExactly("PTI", "ANI national");
    assertThat(r.skipped())
        .hasSize(2)
        .anyMatch(s -> s.contains("listed twice"))
        .anyMatch(s -> s.contains("http or https"));
  }

  @Test
  void refusesDoctypesSoNoEntityIsEverResolved() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    <?xml version="1.0"?>
                    <!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                    <opml><body><outline text="&x;" xmlUrl="https://example.org/a.xml"/></body></opml>
                    """))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a readable OPML file");
  }
}

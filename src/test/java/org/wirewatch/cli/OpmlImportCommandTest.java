package org.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.source.SourcesFile;

class OpmlImportCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final OpmlImportCommand command =
      new OpmlImportCommand(
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));

  @Test
  void addsNewFeedsKeepsExistingSourcesAndSaysWhatItSkipped() throws Exception {
    Path sources = dir.resolve("sources.json");
    new SourcesFile()
        .write(
            sources,
            java.util.List.of(
                SourceConfig.of(
                    "example.org/pti.xml", java.net.URI.create("https://example.org/pti.xml"))));
    Path opml = dir.resolve("wires.opml");
    Files.writeString(
        opml,
        """
        <opml version="2.0"><body>
          <outline text="PTI" xmlUrl="https://example.org/pti.xml"/>
          <outline text="ANI" xmlUrl="https://example.org/ani.xml"/>
          <outline text="Local" xmlUrl="ftp://example.org/x.xml"/>
        </body></opml>
        """);

    assertThat(command.run(opml, sources)).isZero();

    assertThat(new SourcesFile().read(sources))
        .extracting(s -> s.url().toString())
        .containsExactly("https://example.org/pti.xml", "https://example.org/ani.xml");
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Added 1 of 2 feeds");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("skipped ftp://example.org/x.xml");
  }

  @Test
  void anUnreadableFileIsABadUsageNotACrash() {
    assertThat(command.run(dir.resolve("missing.opml"), dir.resolve("sources.json"))).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("wirewatch: cannot import");
  }
}

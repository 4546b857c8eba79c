package org.wirewatch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.format.FeedFormat;

class SourcesFileTest {
  private final SourcesFile file = new SourcesFile();

  @Test
  void theShippedExampleReads() throws Exception {
    List<SourceConfig> sources = file.read(Path.of("assets/sources.example.json"));
    assertThat(sources).hasSize(2);
    SourceConfig rediff = sources.get(0);
    assertThat(rediff.format()).isEqualTo(FeedFormat.HTML_SELECTORS);
    assertThat(rediff.zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
    assertThat(rediff.interval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(rediff.selectors().item()).isEqualTo("div.liveupdate");
    assertThat(sources.get(1).enabled()).isFalse();
    assertThat(sources.get(1).format()).as("auto means sniff").isNull();
  }

  @Test
  void writeThenReadGivesTheSameSources(@TempDir Path dir) throws Exception {
    List<SourceConfig> before = file.read(Path.of("assets/sources.example.json"));
    Path target = dir.resolve("wirewatch").resolve(SourcesFile.FILE_NAME);
    file.write(target, before);
    assertThat(file.read(target)).isEqualTo(before);
    assertThat(Files.list(target.getParent())).as("no temp file left").hasSize(1);
  }

  @Test
  void aMissingFileIsNoSources(@TempDir Path dir) throws Exception {
    assertThat(file.read(dir.resolve("absent.json"))).isEmpty();
  }

  @Test
  void mistakesNameTheEntry() {
    assertThatThrownBy(
            () -> file.read("{\"sources\":[{\"url\":\"https://a/x\"},{\"name\":\"no url\"}]}"))
        .hasMessageContaining("source 2 has no url");
    assertThatThrownBy(
            () -> file.read("{\"sources\":[{\"url\":\"https://a/x\",\"zone\":\"Nowhere/Town\"}]}"))
        .hasMessageContaining("source 1")
        .hasMessageContaining("unknown zone 'Nowhere/Town'");
    assertThatThrownBy(
            () -> file.read("{\"sources\":[{\"url\":\"https://a/x\"},{\"url\":\"https://a/x\"}]}"))
        .hasMessageContaining("used twice");
    assertThatThrownBy(() -> file.read("{\"sources\": [")).hasMessageContaining("not valid JSON");
  }
}

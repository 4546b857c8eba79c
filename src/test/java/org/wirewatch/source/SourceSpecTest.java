package org.wirewatch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.wirewatch.format.FeedFormat;

class SourceSpecTest {

  @Test
  void plainUrlTakesDefaults() {
    SourceConfig c = SourceSpec.parse("https://www.rediff.com/news/live.json");
    assertThat(c.id().value()).isEqualTo("www.rediff.com/news/live.json");
    assertThat(c.format()).isNull();
    assertThat(c.interval()).isEqualTo(SourceConfig.DEFAULT_INTERVAL);
  }

  @Test
  void hintsFollowTheUrlAfterSemicolons() {
    SourceConfig c =
        SourceSpec.parse(
            "http://127.0.0.1:8080/live;format=html;zone=Asia/Kolkata;interval=30s;name=Rediff live;id=rediff");
    assertThat(c.format()).isEqualTo(FeedFormat.HTML_SELECTORS);
    assertThat(c.zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
    assertThat(c.interval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(c.name()).isEqualTo("Rediff live");
    assertThat(c.id().value()).isEqualTo("rediff");
  }

  @Test
  void intervalBelowTwoSecondsIsRaisedToTheMinimum() {
    assertThat(SourceSpec.parse("http://h/x;interval=500ms").interval())
        .isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void mistakesAreNamedClearly() {
    assertThatThrownBy(() -> SourceSpec.parse("http://h/x;colour=red"))
        .hasMessageContaining("unknown source option 'colour'");
    assertThatThrownBy(() -> SourceSpec.parse("http://h/x;zone=Mars/Olympus"))
        .hasMessageContaining("unknown zone");
    assertThatThrownBy(() -> SourceSpec.parse("http://h/x;format=pdf"))
        .hasMessageContaining("unknown format 'pdf'");
    assertThatThrownBy(() -> SourceSpec.parse("file:///etc/passwd"))
        .hasMessageContaining("http or https");
  }
}

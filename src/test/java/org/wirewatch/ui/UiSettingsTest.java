package org.wirewatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiSettingsTest {
  @TempDir Path dir;

  @Test
  void defaultsToA1280By800WindowInTheSystemZone() {
    UiSettings s = UiSettings.load(dir);
    assertThat(s.width()).isEqualTo(1280);
    assertThat(s.height()).isEqualTo(800);
    assertThat(s.zoneId()).isEqualTo(ZoneId.systemDefault());
  }

  @Test
  void remembersEverythingBetweenRuns() throws Exception {
    UiSettings s =
        UiSettings.defaults()
            .withGeometry(10, 20, 1500, 900, false)
            .withSplit(0.4)
            .withDark(true)
            .withFontScale(1.5)
            .withCrawl(140, true, true)
            .withAllowImages(true)
            .withZone("Asia/Kolkata", false);
    s.save(dir.resolve("sub"));
    assertThat(UiSettings.load(dir.resolve("sub"))).isEqualTo(s);
  }

  @Test
  void badValuesFallBackToDefaults() throws Exception {
    Files.writeString(
        dir.resolve(UiSettings.FILE),
        "window.width=wide\nfont.scale=99\ntime.zone=Mars/Olympus\ncrawl.speed=-5\n");
    UiSettings s = UiSettings.load(dir);
    assertThat(s.width()).isEqualTo(1280);
    assertThat(s.fontScale()).isEqualTo(UiSettings.MAX_SCALE);
    assertThat(s.zoneId()).isEqualTo(ZoneId.systemDefault());
    assertThat(s.crawlSpeed()).isEqualTo(20);
  }
}

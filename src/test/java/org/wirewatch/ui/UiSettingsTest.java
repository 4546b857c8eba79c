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

  @Test
  void eachLayoutOfMonitorsKeepsItsOwnScreenPerFace(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    String docked = "1920x1080+0+0,3840x2160+1920+0";
    String laptop = "1920x1080+0+0";
    UiSettings s =
        UiSettings.defaults()
            .withScreen("wall", docked, 1)
            .withScreen("wall", laptop, 0)
            .withScreen("bar", docked, 0);
    s.save(dir);
    UiSettings back = UiSettings.load(dir);
    assertThat(back.screenFor("wall", docked)).isEqualTo(1);
    assertThat(back.screenFor("wall", laptop)).isZero();
    assertThat(back.screenFor("bar", docked)).isZero();
    assertThat(back.screenFor("bar", laptop)).isEqualTo(-1);
    assertThat(back.withScreen("wall", docked, 0).screenFor("wall", docked)).isZero();
  }

  @Test
  void onlyTheNewestDozenLayoutsAreKept() {
    UiSettings s = UiSettings.defaults();
    for (int i = 0; i < 20; i++) {
      s = s.withScreen("wall", i + "x1080+0+0", 1);
    }
    assertThat(s.screenFor("wall", "0x1080+0+0")).isEqualTo(-1);
    assertThat(s.screenFor("wall", "19x1080+0+0")).isEqualTo(1);
    assertThat(s.screens().split(";")).hasSize(12);
  }
}

package org.wirewatch.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewatch.format.FeedFormat;
import org.wirewatch.format.PageSelectors;
import org.wirewatch.model.Updates;
import org.wirewatch.source.OpmlImport;
import org.wirewatch.source.SourceConfig;

@ExtendWith(ApplicationExtension.class)
class SourcesEditorTest {
  private final List<List<SourceConfig>> applied = new ArrayList<>();
  private final List<SourceConfig> tested = new ArrayList<>();
  private SourceManager.ProbeResult nextProbe =
      new SourceManager.ProbeResult(12, List.of(Updates.update().build()), null);
  private SourcesEditor editor;

  private final SourceManager manager =
      new SourceManager() {
        @Override
        public List<SourceConfig> sources() {
          return List.of(SourceConfig.of("wire", URI.create("https://example.org/wire.xml")));
        }

        @Override
        public CompletionStage<ProbeResult> test(SourceConfig candidate) {
          tested.add(candidate);
          return CompletableFuture.completedFuture(nextProbe);
        }

        @Override
        public CompletionStage<Void> apply(List<SourceConfig> sources) {
          applied.add(sources);
          return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<OpmlImport.Result> importOpml(Path file) {
          return CompletableFuture.completedFuture(
              new OpmlImport.Result(
                  List.of(SourceConfig.of("pti", URI.create("https://example.org/pti.xml"))),
                  List.of()));
        }
      };

  @Start
  void start(Stage stage) {
    editor =
        new SourcesEditor(
            manager,
            Map.of(
                "Rediff live",
                new PageSelectors(
                    "div.liveupdate", ".time", "h2", ".content", null, ".livedate", null)),
            ZoneId.of("Asia/Kolkata"));
    stage.setScene(new Scene(editor.root(), 960, 720));
    // The primary stage is shared and keeps the last test's size unless told to fit.
    stage.sizeToScene();
    stage.show();
  }

  private String message(FxRobot robot) {
    return robot.lookup("#sources-message").queryAs(Label.class).getText();
  }

  @Test
  void addingASourceAndSavingAppliesTheWholeList(FxRobot robot) {
    robot.clickOn("Add");
    robot.clickOn("https://example.org/live/feed.json").write("https://example.org/live.json");
    robot.clickOn("#keep-source");
    robot.clickOn("#save-sources");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(applied).hasSize(1);
    assertThat(applied.get(0))
        .extracting(c -> c.url().toString())
        .containsExactly("https://example.org/wire.xml", "https://example.org/live.json");
    assertThat(message(robot)).startsWith("Saved. Polling 2 sources");
  }

  @Test
  void aPushStreamIsPairedWithTheSourcesUrl(FxRobot robot) {
    robot.interact(
        () ->
            robot
                .lookup("#source-push")
                .queryAs(javafx.scene.control.TextField.class)
                .setText("https://example.org/wire/events"));
    robot.clickOn("#keep-source");
    robot.clickOn("#save-sources");
    WaitForAsyncUtils.waitForFxEvents();
    SourceConfig saved = applied.get(0).get(0);
    assertThat(saved.push().stream().toString()).isEqualTo("https://example.org/wire/events");
    assertThat(saved.pushOnly()).isFalse();
    assertThat(saved.url().toString()).isEqualTo("https://example.org/wire.xml");
  }

  @Test
  void testingASourceShowsWhatItFoundWithTimeHeadlineAndCredit(FxRobot robot) {
    robot.clickOn("#test-source");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(tested).extracting(c -> c.id().value()).containsExactly("wire");
    assertThat(message(robot)).isEqualTo("Found 12 updates. Newest:");
    VBox rows = robot.lookup("#test-result").queryAs(VBox.class);
    assertThat(((Label) rows.getChildren().get(0)).getText())
        .isEqualTo("7 Aug 18:07  Putin-Trump summit likely next week: Kremlin envoy  · ANI");
  }

  @Test
  void aPastedPageOffersTheFeedsItAdvertisesAndOneClickUsesOne(FxRobot robot) {
    URI atom = URI.create("https://example.org/live/feed.atom");
    nextProbe =
        new SourceManager.ProbeResult(
            3,
            List.of(Updates.update().build()),
            null,
            List.of(
                new org.wirewatch.format.FeedLink(atom, FeedFormat.ATOM, "World live"),
                new org.wirewatch.format.FeedLink(
                    URI.create("https://example.org/live/rss.xml"), FeedFormat.RSS, null)));
    robot.clickOn("#test-source");
    WaitForAsyncUtils.waitForFxEvents();

    List<javafx.scene.control.Button> choices =
        List.copyOf(robot.lookup(".feed-choice").queryAllAs(javafx.scene.control.Button.class));
    assertThat(choices)
        .extracting(javafx.scene.control.Button::getText)
        .containsExactly("Use the Atom feed: World live", "Use the RSS feed");
    // Fired rather than clicked: the choice may sit below the fold of the editor's scroll pane.
    robot.interact(choices.get(0)::fire);
    robot.interact(() -> robot.lookup("#keep-source").queryButton().fire());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(editor.editedSources()).anyMatch(c -> c.url().equals(atom));
  }

  @Test
  void aFailedTestSaysWhy(FxRobot robot) {
    nextProbe = SourceManager.ProbeResult.failed("HTTP 503 Service Unavailable");
    robot.clickOn("#test-source");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(message(robot)).isEqualTo("Test failed: HTTP 503 Service Unavailable");
  }

  @Test
  void aBadUrlIsNamedAndNothingIsKept(FxRobot robot) {
    robot.clickOn("Add");
    robot.clickOn("https://example.org/live/feed.json").write("file:///etc/passwd");
    robot.clickOn("#keep-source");
    assertThat(message(robot)).contains("http or https");
    assertThat(editor.editedSources()).hasSize(1);
  }

  @Test
  void aPresetFillsTheSelectorsOfALivePage(FxRobot robot) {
    robot.clickOn("Preset").clickOn("Rediff live");
    robot.clickOn("#keep-source");
    SourceConfig kept = editor.editedSources().get(0);
    assertThat(kept.format()).isEqualTo(FeedFormat.HTML_SELECTORS);
    assertThat(kept.selectors().item()).isEqualTo("div.liveupdate");
    assertThat(kept.selectors().pageDate()).isEqualTo(".livedate");
  }

  @Test
  void opmlImportAddsItsSources(FxRobot robot) {
    robot.interact(() -> editor.importOpml(Path.of("subscriptions.opml")));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(editor.editedSources())
        .extracting(c -> c.id().value())
        .containsExactly("wire", "pti");
    assertThat(message(robot)).startsWith("Imported 1 sources.");
  }
}

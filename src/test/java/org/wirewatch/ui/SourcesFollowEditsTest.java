package org.wirewatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceId;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.ui.timeline.TimelinePane;

/**
 * The window follows the configured sources as the sources editor's port replaces them: the source
 * filter, the status chips, the rows' names and the crawl change without a restart.
 */
@ExtendWith(ApplicationExtension.class)
class SourcesFollowEditsTest {
  private static final SourceId AGENCY = SourceId.of("agency");

  @TempDir Path settings;
  private UiFixture ui;

  @Start
  void start(Stage stage) {
    ui = new UiFixture(settings);
    ui.start(stage);
  }

  private static SourceConfig source(SourceId id, String name, String zone) {
    return new SourceConfig(
        id,
        name,
        URI.create("https://example.org/" + id.value()),
        null,
        null,
        ZoneId.of(zone),
        null,
        true);
  }

  private void replaceSources(SourceConfig... sources) {
    // Listeners held only weakly (a read-only view made per call) would be gone after this.
    System.gc();
    WaitForAsyncUtils.asyncFx(() -> ui.sources.setAll(List.of(sources)));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void anAddedSourceGetsAChipAFilterChoiceAndAZone() {
    SourceConfig wire = ui.sources.get(0);
    replaceSources(wire, source(AGENCY, "Agency wire", "Europe/Berlin"));

    assertThat(ui.window.timeline().sourceFilter().getItems())
        .containsExactly(TimelinePane.ALL_SOURCES, "Wire Live", "Agency wire");
    assertThat(ui.window.statusBar().textOf(AGENCY)).isEqualTo("starting");
    assertThat(ui.window.statusBar().chipButton(AGENCY).getAccessibleText())
        .startsWith("Agency wire");
    assertThat(ui.window.model().sourceZones()).contains("Europe/Berlin");
  }

  @Test
  void aRenamedSourceIsShownUnderItsNewNameAndItsChosenFilterFallsBackToAll() {
    ui.ingest(Updates.seed());
    WaitForAsyncUtils.asyncFx(() -> ui.window.timeline().sourceFilter().setValue("Wire Live"));
    WaitForAsyncUtils.waitForFxEvents();

    replaceSources(source(Updates.WIRE, "Wire India", "Asia/Kolkata"));

    TimelinePane pane = ui.window.timeline();
    assertThat(pane.sourceFilter().getItems())
        .containsExactly(TimelinePane.ALL_SOURCES, "Wire India");
    assertThat(pane.sourceFilter().getValue()).isEqualTo(TimelinePane.ALL_SOURCES);
    assertThat(pane.list().getItems()).hasSize(1);
    assertThat(ui.window.statusBar().chipButton(Updates.WIRE).getAccessibleText())
        .startsWith("Wire India");
    assertThat(ui.window.model().sourceName(Updates.WIRE)).isEqualTo("Wire India");

    WaitForAsyncUtils.asyncFx(() -> pane.sourceFilter().setValue("Wire India"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(pane.list().getItems()).as("the filter matches the new name").hasSize(1);
  }

  @Test
  void aRemovedSourceLeavesTheChipsTheFilterAndTheCrawl() {
    LiveUpdate agencyItem =
        new LiveUpdate(
            AGENCY,
            "a1",
            Updates.AT_1807.plusMinutes(1),
            null,
            "Agency: markets open higher",
            "Markets opened higher.",
            null,
            null,
            null,
            List.of(),
            org.wirewatch.model.Priority.NORMAL,
            Updates.now(),
            java.util.Set.of());
    SourceConfig wire = ui.sources.get(0);
    replaceSources(wire, source(AGENCY, "Agency wire", "UTC"));
    ui.ingest(Updates.seed());
    ui.timeline.ingest(AGENCY, FeedSnapshot.of(List.of(agencyItem)), Updates.now());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(ui.window.crawl().sequence()).hasSize(2);

    // What the app does when the edited list is saved: the removed source's updates leave.
    ui.timeline.forgetSource(AGENCY);
    replaceSources(wire);

    assertThat(ui.window.statusBar().chipButton(AGENCY)).isNull();
    assertThat(ui.window.timeline().sourceFilter().getItems()).doesNotContain("Agency wire");
    assertThat(ui.window.crawl().sequence())
        .singleElement()
        .satisfies(k -> assertThat(k.source()).isEqualTo(Updates.WIRE));
  }

  @Test
  void alertsLeaveWithTheirUpdates() {
    ui.ingest(Updates.seed());
    var key = ui.window.timeline().list().getItems().get(0).key();
    WaitForAsyncUtils.asyncFx(() -> ui.window.model().alerts().put(key, "Summit"));
    WaitForAsyncUtils.waitForFxEvents();
    ui.timeline.forgetSource(Updates.WIRE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(ui.window.model().alerts()).isEmpty();
  }
}

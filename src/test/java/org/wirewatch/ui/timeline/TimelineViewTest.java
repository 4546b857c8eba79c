package org.wirewatch.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Priority;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.ui.UiFixture;
import org.wirewatch.ui.Updates;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
  @TempDir Path settings;
  private UiFixture ui;

  @Start
  void start(Stage stage) {
    ui = new UiFixture(settings);
    ui.start(stage);
  }

  private TimelinePane pane() {
    return ui.window.timeline();
  }

  private EntryCell cellFor(FxRobot robot, String id) {
    return robot.lookup(".entry-cell").queryAllAs(EntryCell.class).stream()
        .filter(c -> c.getItem() != null && c.getItem().key().id().equals(id) && c.isVisible())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no visible row for " + id));
  }

  private static double sceneY(Node node) {
    return node.localToScene(node.getLayoutBounds()).getMinY();
  }

  /** The cell's badge; a badge a cell never needed is not made at all, and counts as hidden. */
  private static Label badge(EntryCell cell, String styleClass) {
    Label l = (Label) cell.lookup("." + styleClass);
    if (l == null) {
      l = new Label();
      l.setVisible(false);
    }
    return l;
  }

  private static boolean is(EntryCell cell, javafx.css.PseudoClass state) {
    return cell.getPseudoClassStates().contains(state);
  }

  @Test
  void updatesAppearInTheTimelineAndTheCrawlAfterIngest(FxRobot robot) {
    ui.ingest(Updates.seed());

    assertThat(pane().list().getItems())
        .extracting(e -> e.update().headline())
        .containsExactly(Updates.PUTIN);
    EntryCell row = cellFor(robot, "u1807");
    assertThat(row.headlineText()).isEqualTo(Updates.PUTIN);
    assertThat(row.getAccessibleText()).contains("ANI").contains(Updates.PUTIN);
    assertThat(ui.window.crawl().sequence()).containsExactly(Updates.seed().key());
    assertThat(ui.window.crawl().visibleHeadlines()).contains(Updates.PUTIN);
  }

  @Test
  void relativeAgesStayCurrent(FxRobot robot) {
    ui.ingest(Updates.seed());
    Label age = (Label) cellFor(robot, "u1807").lookup(".entry-age");
    assertThat(age.getText()).isEqualTo("3 min ago");
    ui.clock.advance(java.time.Duration.ofMinutes(10));
    WaitForAsyncUtils.asyncFx(() -> pane().refreshAges());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(age.getText()).isEqualTo("13 min ago");
  }

  @Test
  void anAlertedUpdateShowsItsRulesOnItsRow(FxRobot robot) {
    ui.ingest(Updates.seed());
    WaitForAsyncUtils.asyncFx(
        () ->
            ui.window
                .model()
                .alerts()
                .put(ui.window.timeline().list().getItems().get(0).key(), "Summit, Trump"));
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.control.Label badge =
        robot.lookup(".badge-alert").queryAs(javafx.scene.control.Label.class);
    assertThat(badge.isVisible()).isTrue();
    assertThat(badge.getText()).isEqualTo("ALERT: Summit, Trump");
    assertThat(robot.lookup(".entry-cell").queryAllAs(EntryCell.class))
        .filteredOn(c -> is(c, EntryCell.ALERTED))
        .hasSize(1);
  }

  @Test
  void anAlertShowsInItsRulesColourAndOnlyAHexColourReachesTheStyle(FxRobot robot) {
    ui.ingest(Updates.many(2, Updates.AT_1807));
    var items = ui.window.timeline().list().getItems();
    WaitForAsyncUtils.asyncFx(
        () -> {
          ui.window.model().alertColours().put(items.get(0).key(), "#33aa55");
          ui.window.model().alertColours().put(items.get(1).key(), "red; -fx-font-size: 90px");
          ui.window.model().alerts().put(items.get(0).key(), "Green");
          ui.window.model().alerts().put(items.get(1).key(), "Sneaky");
        });
    WaitForAsyncUtils.waitForFxEvents();
    List<Label> badges =
        List.copyOf(robot.lookup(".badge-alert").queryAllAs(Label.class)).stream()
            .filter(Node::isVisible)
            .toList();
    assertThat(badges).extracting(Label::getText).contains("ALERT: Green", "ALERT: Sneaky");
    Label green =
        badges.stream().filter(l -> l.getText().endsWith("Green")).findFirst().orElseThrow();
    Label sneaky =
        badges.stream().filter(l -> l.getText().endsWith("Sneaky")).findFirst().orElseThrow();
    assertThat(green.getStyle()).contains("#33aa55");
    assertThat(sneaky.getStyle()).isNullOrEmpty();
  }

  @Test
  void newestComesFirst() {
    ui.ingest(Updates.many(5, Updates.AT_1807));
    assertThat(pane().list().getItems())
        .extracting(e -> e.key().id())
        .containsExactly("n0", "n1", "n2", "n3", "n4");
  }

  @Test
  void anEditChangesTheVisibleRowInPlaceAndShowsTheBadge(FxRobot robot) {
    LiveUpdate newer =
        Updates.update("newer", Updates.AT_1807.plusMinutes(1), "Newer", "", Priority.NORMAL);
    LiveUpdate older =
        Updates.update("older", Updates.AT_1807.minusMinutes(1), "Older", "", Priority.NORMAL);
    ui.ingest(newer, Updates.seed(), older);
    EntryCell before = cellFor(robot, "u1807");
    int index = before.getIndex();
    assertThat(badge(before, "badge-edited").isVisible()).isFalse();

    ui.ingest(newer, Updates.withHeadline(Updates.seed(), "Summit confirmed for next week"), older);

    EntryCell after = cellFor(robot, "u1807");
    assertThat(after.getIndex()).isEqualTo(index);
    assertThat(after.headlineText()).isEqualTo("Summit confirmed for next week");
    assertThat(badge(after, "badge-edited").isVisible()).isTrue();
    assertThat(badge(after, "badge-edited").getText()).startsWith("EDITED ");
    assertThat(pane().list().getItems()).hasSize(3);
  }

  @Test
  void breakingUpdatesStandOut(FxRobot robot) {
    ui.ingest(
        Updates.seed(),
        Updates.update(
            "brk", Updates.AT_1807.plusMinutes(2), "Blast at port", "", Priority.BREAKING));

    EntryCell breaking = cellFor(robot, "brk");
    EntryCell normal = cellFor(robot, "u1807");
    assertThat(is(breaking, EntryCell.BREAKING)).isTrue();
    assertThat(is(normal, EntryCell.BREAKING)).isFalse();
    assertThat(badge(breaking, "badge-breaking").isVisible()).isTrue();
    assertThat(badge(normal, "badge-breaking").isVisible()).isFalse();
    assertThat(robot.lookup(".crawl-item.breaking").queryAll().stream().anyMatch(Node::isVisible))
        .isTrue();
  }

  @Test
  void aWithdrawnUpdateLeavesTheCrawlAndStaysStruckThroughWithItsTime(FxRobot robot) {
    LiveUpdate other =
        Updates.update("other", Updates.AT_1807.minusMinutes(3), "Other", "", Priority.NORMAL);
    ui.ingest(Updates.seed(), other);
    assertThat(ui.window.crawl().sequence()).contains(Updates.seed().key());

    ui.ingest(Updates.withdrawing(List.of(other), "u1807"));

    assertThat(ui.window.crawl().sequence()).doesNotContain(Updates.seed().key());
    EntryCell row = cellFor(robot, "u1807");
    assertThat(is(row, EntryCell.WITHDRAWN)).isTrue();
    Label badge = badge(row, "badge-withdrawn");
    assertThat(badge.isVisible()).isTrue();
    assertThat(badge.getText()).matches("WITHDRAWN \\d\\d:\\d\\d");
  }

  @Test
  void updatesArrivingWhileScrolledDownShowAPillInsteadOfMovingTheReader(FxRobot robot)
      throws Exception {
    ui.ingest(Updates.many(200, Updates.AT_1807));
    WaitForAsyncUtils.asyncFx(() -> pane().list().scrollTo(100));
    WaitForAsyncUtils.waitForFxEvents();
    TimelineEntry reading = pane().firstVisible();
    assertThat(pane().list().getItems().indexOf(reading)).isBetween(95, 105);
    assertThat(pane().newUpdatesPill().isVisible()).isFalse();
    double readingAt = sceneY(cellFor(robot, "n100"));

    ui.ingest(
        Updates.update("x1", Updates.AT_1807.plusMinutes(1), "Fresh one", "", Priority.NORMAL),
        Updates.update("x2", Updates.AT_1807.plusMinutes(2), "Fresh two", "", Priority.NORMAL),
        Updates.update("x3", Updates.AT_1807.plusMinutes(3), "Fresh three", "", Priority.NORMAL));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(sceneY(cellFor(robot, "n100"))).isCloseTo(readingAt, within(1.0));
    assertThat(pane().newUpdatesPill().isVisible()).isTrue();
    assertThat(pane().newUpdatesPill().getText()).isEqualTo("3 new updates");

    robot.clickOn(pane().newUpdatesPill());
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> pane().firstVisible().key().id().equals("x3"));
    assertThat(pane().newUpdatesPill().isVisible()).isFalse();

    // At the top, a new update simply slides in above.
    ui.ingest(Updates.update("x4", Updates.AT_1807.plusMinutes(4), "Four", "", Priority.NORMAL));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(pane().firstVisible().key().id()).isEqualTo("x4");
    assertThat(pane().newUpdatesPill().isVisible()).isFalse();
  }

  @Test
  void theFilterNarrowsByTextSourceAndPriority(FxRobot robot) {
    ui.ingest(
        Updates.seed(),
        Updates.update(
            "brk", Updates.AT_1807.plusMinutes(2), "Blast at port", "Fire", Priority.BREAKING),
        Updates.update("x", Updates.AT_1807.minusMinutes(2), "Markets open", "", Priority.NORMAL));

    robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
    assertThat(pane().filterField().isFocused()).isTrue();
    robot.write("kremlin");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(pane().list().getItems()).extracting(e -> e.key().id()).containsExactly("u1807");

    WaitForAsyncUtils.asyncFx(
        () -> {
          pane().filterField().clear();
          pane().priorityFilter().setValue(TimelinePane.BREAKING_ONLY);
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(pane().list().getItems()).extracting(e -> e.key().id()).containsExactly("brk");

    WaitForAsyncUtils.asyncFx(
        () -> {
          pane().priorityFilter().setValue(TimelinePane.ALL_PRIORITIES);
          pane().sourceFilter().setValue("Wire Live");
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(pane().list().getItems()).hasSize(3);
  }

  @Test
  void aRelayedUpdateNamesTheSourceItWasFirstReadFromAndFiltersUnderBoth(FxRobot robot)
      throws Exception {
    LiveUpdate relayed =
        Updates.update("r1", Updates.AT_1807.plusMinutes(1), "Relayed line", "", Priority.NORMAL)
            .withOrigin(new org.wirewatch.model.Origin("rediff", "Rediff live"));
    ui.ingest(Updates.seed(), relayed);

    Label source = (Label) cellFor(robot, "r1").lookup(".entry-source");
    assertThat(source.getText()).isEqualTo("Rediff live");
    assertThat(((Label) cellFor(robot, "u1807").lookup(".entry-source")).getText())
        .isEqualTo("Wire Live");
    assertThat(cellFor(robot, "r1").getAccessibleText()).contains("Rediff live");

    WaitForAsyncUtils.asyncFx(() -> pane().filterField().setText("rediff"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(pane().list().getItems()).extracting(e -> e.key().id()).containsExactly("r1");

    WaitForAsyncUtils.asyncFx(
        () -> {
          pane().filterField().clear();
          pane().sourceFilter().setValue("Wire Live");
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(pane().list().getItems())
        .extracting(e -> e.key().id())
        .containsExactly("r1", "u1807");

    // The source the relay read is offered in the filter too, and narrows to its own updates.
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> pane().sourceFilter().getItems().contains("Rediff live"));
    assertThat(pane().sourceFilter().getItems()).contains("Wire Live", "Rediff live");
    WaitForAsyncUtils.asyncFx(() -> pane().sourceFilter().setValue("Rediff live"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(pane().list().getItems()).extracting(e -> e.key().id()).containsExactly("r1");
  }

  @Test
  void badgesStandInTheirPlacesAroundCreditAndSourceAndLeaveWithTheirState(FxRobot robot) {
    LiveUpdate brk =
        Updates.update(
            "brk", Updates.AT_1807.plusMinutes(2), "Blast at port", "", Priority.BREAKING);
    ui.ingest(brk);
    ui.ingest(Updates.withHeadline(brk, "Blast at port: two hurt"));
    WaitForAsyncUtils.asyncFx(
        () -> ui.window.model().alerts().put(pane().list().getItems().get(0).key(), "Port"));
    WaitForAsyncUtils.waitForFxEvents();

    javafx.scene.layout.HBox meta =
        (javafx.scene.layout.HBox) cellFor(robot, "brk").lookup(".entry-meta");
    assertThat(meta.getChildren().stream().filter(Node::isVisible))
        .extracting(n -> n.getStyleClass().get(n.getStyleClass().size() - 1))
        .containsExactly(
            "badge-alert", "badge-breaking", "entry-credit", "entry-source", "badge-edited");

    // The alert cleared and the update withdrawn: the alert leaves the row, the withdrawal comes.
    ui.ingest(Updates.withdrawing(List.of(), "brk"));
    WaitForAsyncUtils.asyncFx(
        () -> {
          ui.window.model().alerts().clear();
          pane().list().refresh();
        });
    WaitForAsyncUtils.waitForFxEvents();
    EntryCell row = cellFor(robot, "brk");
    assertThat(is(row, EntryCell.ALERTED)).isFalse();
    assertThat(is(row, EntryCell.WITHDRAWN)).isTrue();
    assertThat(badge(row, "badge-alert").isVisible()).isFalse();
    assertThat(badge(row, "badge-withdrawn").isVisible()).isTrue();
  }

  @Test
  void arrowsMoveThroughTheTimelineAndSelectionShowsTheDetail(FxRobot robot) {
    ui.ingest(Updates.many(5, Updates.AT_1807));
    robot.clickOn(cellFor(robot, "n0"));
    robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
    assertThat(ui.window.detail().entry().key().id()).isEqualTo("n2");
    robot.type(KeyCode.ENTER);
    assertThat(ui.window.detail().webView().isFocused()).isTrue();
  }
}

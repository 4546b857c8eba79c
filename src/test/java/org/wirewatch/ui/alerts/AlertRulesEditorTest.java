package org.wirewatch.ui.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewatch.alert.AlertAction;
import org.wirewatch.alert.AlertRule;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.Updates;

@ExtendWith(ApplicationExtension.class)
class AlertRulesEditorTest {
  private final List<List<AlertRule>> savedLists = new ArrayList<>();
  private AlertRulesEditor editor;

  private final AlertRulesManager manager =
      new AlertRulesManager() {
        @Override
        public List<AlertRule> fromCommandLine() {
          return List.of(AlertRule.parse("Putin;name=Russia"));
        }

        @Override
        public List<AlertRule> saved() {
          return List.of(AlertRule.parse("Sensex;actions=notify"));
        }

        @Override
        public CompletionStage<Void> save(List<AlertRule> rules) {
          savedLists.add(rules);
          return CompletableFuture.completedFuture(null);
        }
      };

  @Start
  void start(Stage stage) {
    List<TimelineEntry> held =
        List.of(
            TimelineEntry.first(Updates.update().id("a").headline("Gaza ceasefire holds").build()),
            TimelineEntry.first(Updates.update().id("b").headline("Sensex falls").build()),
            TimelineEntry.first(Updates.update().id("c").headline("Gaza: aid trucks").build()));
    editor = new AlertRulesEditor(manager, held);
    stage.setScene(new Scene(editor.root(), 900, 560));
    // The primary stage is shared and keeps the last test's size unless told to fit.
    stage.sizeToScene();
    stage.show();
  }

  private static String message(FxRobot robot) {
    return robot.lookup("#rules-message").queryAs(Label.class).getText();
  }

  private static void fire(FxRobot robot, String id) {
    robot.interact(() -> robot.lookup(id).queryAs(Button.class).fire());
  }

  @Test
  void aNewRuleIsKeptAndSavedWithoutTheCommandLinesRules(FxRobot robot) {
    fire(robot, "#add-rule");
    robot.interact(
        () -> {
          robot.lookup("#rule-what").queryAs(TextField.class).setText("Gaza|\"ceasefire talks\"");
          robot.lookup("#rule-name").queryAs(TextField.class).setText("Middle East");
          robot.lookup("#rule-action-takeover").queryAs(CheckBox.class).setSelected(true);
        });
    fire(robot, "#keep-rule");
    fire(robot, "#save-rules");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(savedLists)
        .singleElement()
        .satisfies(
            rules -> {
              assertThat(rules)
                  .extracting(AlertRule::name)
                  .containsExactly("Sensex", "Middle East");
              assertThat(rules.get(1).actions())
                  .containsExactlyInAnyOrder(AlertAction.HIGHLIGHT, AlertAction.TAKEOVER);
            });
    assertThat(message(robot)).isEqualTo("Saved. 3 rules in effect.");
  }

  @Test
  void aCommandLineRuleIsShownButCannotBeChangedOrRemoved(FxRobot robot) {
    ListView<?> list = robot.lookup("#alert-rules").queryAs(ListView.class);
    robot.interact(() -> list.getSelectionModel().select(0));
    assertThat(robot.lookup("#remove-rule").queryAs(Button.class).isDisabled()).isTrue();
    assertThat(robot.lookup("#keep-rule").queryAs(Button.class).isDisabled()).isTrue();
    assertThat(message(robot)).contains("--alert");
    robot.interact(() -> list.getSelectionModel().select(1));
    fire(robot, "#remove-rule");
    assertThat(editor.editedRules()).isEmpty();
    assertThat(list.getItems()).hasSize(1);
  }

  @Test
  void aBadRegularExpressionIsExplainedAndNothingIsKept(FxRobot robot) {
    fire(robot, "#add-rule");
    robot.interact(() -> robot.lookup("#rule-what").queryAs(TextField.class).setText("/(RBI/"));
    fire(robot, "#keep-rule");
    assertThat(message(robot)).startsWith("Not a rule yet:").contains("not valid");
    assertThat(editor.editedRules()).extracting(AlertRule::name).containsExactly("Sensex");
  }

  @Test
  void tryingARuleCountsTheHeldUpdatesItMatches(FxRobot robot) {
    fire(robot, "#add-rule");
    robot.interact(() -> robot.lookup("#rule-what").queryAs(TextField.class).setText("gaza"));
    fire(robot, "#try-rule");
    assertThat(message(robot)).isEqualTo("It matches 2 of the 3 updates held now:");
    assertThat(robot.lookup("#rule-tried").queryAs(VBox.class).getChildren()).hasSize(2);
    robot.interact(() -> robot.lookup("#rule-what").queryAs(TextField.class).setText("Putin"));
    fire(robot, "#try-rule");
    assertThat(message(robot)).isEqualTo("It matches none of the 3 updates held now.");
  }

  @Test
  void editingASavedRuleReplacesItInPlace(FxRobot robot) {
    ListView<?> list = robot.lookup("#alert-rules").queryAs(ListView.class);
    robot.interact(() -> list.getSelectionModel().select(1));
    assertThat(robot.lookup("#rule-what").queryAs(TextField.class).getText()).isEqualTo("Sensex");
    assertThat(robot.lookup("#rule-action-notify").queryAs(CheckBox.class).isSelected()).isTrue();
    robot.interact(
        () -> robot.lookup("#rule-what").queryAs(TextField.class).setText("Sensex|Nifty"));
    fire(robot, "#keep-rule");
    assertThat(editor.editedRules()).extracting(AlertRule::what).containsExactly("Sensex|Nifty");
  }
}

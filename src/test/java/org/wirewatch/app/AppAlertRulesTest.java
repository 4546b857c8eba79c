package org.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.alert.AlertRule;
import org.wirewatch.alert.AlertRules;
import org.wirewatch.alert.LiveAlertRules;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.Updates;
import org.wirewatch.ui.UiContext;
import org.wirewatch.ui.UiSettings;
import org.wirewatch.ui.WindowModel;

/** Saving rules in the window writes the file, puts them in effect, and re-highlights. */
class AppAlertRulesTest {
  @TempDir Path dir;
  private final ObservableList<TimelineEntry> entries = FXCollections.observableArrayList();
  private final WindowModel model =
      new WindowModel(
          new UiContext(
              entries,
              FXCollections.observableArrayList(),
              List.of(),
              id -> {},
              url -> {},
              Path.of("unused"),
              Clock.systemUTC(),
              Runnable::run),
          UiSettings.defaults());
  private final LiveAlertRules live =
      new LiveAlertRules(
          new AlertRules(List.of(AlertRule.parse("Putin;name=Russia"), AlertRule.parse("Sensex"))));

  private AppAlertRules port(Path file) {
    // The first rule came from --alert, the second from the file.
    return new AppAlertRules(live, 1, file, Runnable::run, Runnable::run, model);
  }

  @Test
  void theCommandLinesRulesAreKeptApartFromTheFilesRules() {
    AppAlertRules port = port(dir.resolve("alerts.txt"));
    assertThat(port.fromCommandLine()).extracting(AlertRule::name).containsExactly("Russia");
    assertThat(port.saved()).extracting(AlertRule::name).containsExactly("Sensex");
  }

  @Test
  void savedRulesAreWrittenPutInEffectAfterTheCommandLinesAndHighlightHeldUpdates()
      throws Exception {
    entries.add(TimelineEntry.first(Updates.update().id("g").headline("Gaza talks").build()));
    entries.add(TimelineEntry.first(Updates.update().id("p").headline("Putin speaks").build()));
    Path file = dir.resolve("alerts.txt");
    AppAlertRules port = port(file);

    port.save(List.of(AlertRule.parse("Gaza;colour=#ff0000"))).toCompletableFuture().get();

    assertThat(AlertsFile.read(file))
        .extracting(AlertRule::spec)
        .containsExactly("Gaza;colour=#ff0000");
    assertThat(live.get().all()).extracting(AlertRule::name).containsExactly("Russia", "Gaza");
    assertThat(port.saved()).extracting(AlertRule::name).containsExactly("Gaza");
    assertThat(model.alerts().values()).containsExactlyInAnyOrder("Gaza", "Russia");
    assertThat(model.alertColours()).containsValue("#ff0000").hasSize(1);
  }

  @Test
  void aFileThatCannotBeWrittenLeavesTheRulesInEffectAsTheyWere() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("plain"), "x");
    AppAlertRules port = port(notADirectory.resolve("alerts.txt"));
    CompletableFuture<Void> saved =
        port.save(List.of(AlertRule.parse("Gaza"))).toCompletableFuture();
    assertThat(saved).isCompletedExceptionally();
    assertThat(live.get().all()).extracting(AlertRule::name).containsExactly("Russia", "Sensex");
  }

  @Test
  void rulesWrittenByTheWindowReadBackInTheSameOrder() throws Exception {
    Path file = dir.resolve("alerts.txt");
    List<AlertRule> rules = new ArrayList<>();
    rules.add(AlertRule.parse("\"ceasefire talks\"|Gaza;name=Middle East;actions=notify"));
    rules.add(AlertRule.parse("/\\bRBI\\b.*rate/;sources=wire"));
    AlertsFile.write(file, rules);
    assertThat(AlertsFile.read(file))
        .extracting(AlertRule::spec)
        .containsExactly(rules.get(0).spec(), rules.get(1).spec());
    assertThat(Files.readString(file)).startsWith("# Wirewatch alert rules");
  }
}

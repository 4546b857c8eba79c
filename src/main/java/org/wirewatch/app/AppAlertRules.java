package org.wirewatch.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.wirewatch.alert.AlertRule;
import org.wirewatch.alert.AlertRules;
import org.wirewatch.alert.LiveAlertRules;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;
import org.wirewatch.timeline.fx.FxThread;
import org.wirewatch.ui.WindowModel;
import org.wirewatch.ui.alerts.AlertRulesManager;

/**
 * The alert rules editor's port: writes {@code alerts.txt} in the background, puts the new rules in
 * effect after the command line's, and highlights the held updates again by them.
 */
final class AppAlertRules implements AlertRulesManager {
  private final LiveAlertRules live;
  private final List<AlertRule> fromCommandLine;
  private final Path file;
  private final Executor background;
  private final FxThread fx;
  private final WindowModel model;
  private List<AlertRule> saved;

  /**
   * @param commandLineCount how many of {@code live}'s rules came from {@code --alert} (they come
   *     first; the file's follow)
   */
  AppAlertRules(
      LiveAlertRules live,
      int commandLineCount,
      Path file,
      Executor background,
      FxThread fx,
      WindowModel model) {
    List<AlertRule> all = live.get().all();
    int fixed = Math.min(commandLineCount, all.size());
    this.live = live;
    this.fromCommandLine = List.copyOf(all.subList(0, fixed));
    this.saved = List.copyOf(all.subList(fixed, all.size()));
    this.file = file;
    this.background = background;
    this.fx = fx;
    this.model = model;
  }

  @Override
  public List<AlertRule> fromCommandLine() {
    return fromCommandLine;
  }

  @Override
  public List<AlertRule> saved() {
    return saved;
  }

  @Override
  public CompletionStage<Void> save(List<AlertRule> rules) {
    List<AlertRule> next = List.copyOf(rules);
    List<TimelineEntry> held = List.copyOf(model.entries());
    CompletableFuture<Void> done = new CompletableFuture<>();
    background.execute(
        () -> {
          try {
            AlertsFile.write(file, next);
          } catch (IOException | RuntimeException e) {
            // The rules in effect stay as they were: what is in effect is what is on disk.
            fx.runLater(() -> done.completeExceptionally(e));
            return;
          }
          List<AlertRule> all = new ArrayList<>(fromCommandLine);
          all.addAll(next);
          AlertRules inEffect = new AlertRules(all);
          live.replace(inEffect);
          Map<UpdateKey, List<AlertRule>> matches = new LinkedHashMap<>();
          for (TimelineEntry e : held) {
            List<AlertRule> m = inEffect.matching(e.update());
            if (!m.isEmpty()) {
              matches.put(e.key(), m);
            }
          }
          fx.runLater(
              () -> {
                saved = next;
                model.highlightAgain(matches);
                done.complete(null);
              });
        });
    return done;
  }
}

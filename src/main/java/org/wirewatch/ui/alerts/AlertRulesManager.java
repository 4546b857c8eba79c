package org.wirewatch.ui.alerts;

import java.util.List;
import java.util.concurrent.CompletionStage;
import org.wirewatch.alert.AlertRule;

/**
 * What the alert rules editor may ask of the app. {@link #save} returns at once; the file is
 * written in the background and the stage completes on the FX thread.
 */
public interface AlertRulesManager {

  /** Rules given with {@code --alert}: in effect, shown, but not the editor's to change. */
  List<AlertRule> fromCommandLine();

  /** The rules kept in the config file, in order. */
  List<AlertRule> saved();

  /**
   * Writes {@code rules} to the config file and puts them in effect with the command line's; the
   * updates held now are highlighted again by the new rules.
   */
  CompletionStage<Void> save(List<AlertRule> rules);
}

package org.wirewatch.alert;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The rules in effect now, replaced whole when the user saves them in the window; read by the
 * matcher on its own thread, so an update is matched against one set, never half of two.
 */
public final class LiveAlertRules implements Supplier<AlertRules> {
  private volatile AlertRules current;

  public LiveAlertRules(AlertRules initial) {
    this.current = Objects.requireNonNull(initial);
  }

  @Override
  public AlertRules get() {
    return current;
  }

  /** Takes effect from the next change the matcher sees. */
  public void replace(AlertRules next) {
    current = Objects.requireNonNull(next);
  }
}

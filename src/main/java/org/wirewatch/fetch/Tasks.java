package org.wirewatch.fetch;

import org.wirewatch.exec.TaskScheduler;

/** Small helpers for scheduled tasks. */
final class Tasks {
  private Tasks() {}

  /** Calls off a scheduled task, if any; returns the empty handle to store back. */
  static TaskScheduler.Cancellable cancel(TaskScheduler.Cancellable task) {
    if (task != null) {
      task.cancel();
    }
    return null;
  }
}

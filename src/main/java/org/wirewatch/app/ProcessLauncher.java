package org.wirewatch.app;

import java.io.IOException;
import java.util.List;

/**
 * Starts a helper command (notify-send, caffeinate, xdg-screensaver...): the app's starts a real
 * process; tests script or record one.
 */
@FunctionalInterface
interface ProcessLauncher {
  Process start(List<String> command) throws IOException;
}

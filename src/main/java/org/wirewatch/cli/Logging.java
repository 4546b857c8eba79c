package org.wirewatch.cli;

import java.nio.file.Path;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Sets up the one logging backend (Logback, see logback.xml) before anything logs: the level and
 * the log folder reach its configuration as system properties, and java.util.logging (JavaFX's, and
 * any library's) is routed through SLF4J, so every message ends in the same file.
 */
final class Logging {
  private Logging() {}

  static void configure(String level, Path logDir) {
    // Set only if the user did not pass -D themselves; Logback reads them when it first starts.
    if (System.getProperty("wirewatch.log.level") == null) {
      System.setProperty("wirewatch.log.level", level);
    }
    if (System.getProperty("wirewatch.log.dir") == null) {
      System.setProperty("wirewatch.log.dir", logDir.toString());
    }
    if (!SLF4JBridgeHandler.isInstalled()) {
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
    }
  }
}

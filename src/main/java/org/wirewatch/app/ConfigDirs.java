package org.wirewatch.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Wirewatch keeps its settings: the platform's user config directory. */
public final class ConfigDirs {
  private ConfigDirs() {}

  /**
   * XDG on Linux ($XDG_CONFIG_HOME or ~/.config), %APPDATA% on Windows, Application Support on
   * macOS.
   */
  public static Path userConfigDir(Map<String, String> env, String osName, String userHome) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win") && env.get("APPDATA") != null) {
      return Path.of(env.get("APPDATA"), "Wirewatch");
    }
    if (os.contains("mac")) {
      return Path.of(userHome, "Library", "Application Support", "Wirewatch");
    }
    String xdg = env.get("XDG_CONFIG_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "wirewatch");
    }
    return Path.of(userHome, ".config", "wirewatch");
  }

  public static Path userConfigDir() {
    return userConfigDir(
        System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
  }

  /**
   * Where Wirewatch keeps data it writes (logs, later history): XDG on Linux ($XDG_DATA_HOME or
   * ~/.local/share), %LOCALAPPDATA% on Windows, Application Support on macOS.
   */
  public static Path userDataDir(Map<String, String> env, String osName, String userHome) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win") && env.get("LOCALAPPDATA") != null) {
      return Path.of(env.get("LOCALAPPDATA"), "Wirewatch");
    }
    if (os.contains("mac")) {
      return Path.of(userHome, "Library", "Application Support", "Wirewatch");
    }
    String xdg = env.get("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "wirewatch");
    }
    return Path.of(userHome, ".local", "share", "wirewatch");
  }

  public static Path userDataDir() {
    return userDataDir(
        System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
  }
}

package org.wirewatch.cli;

import org.wirewatch.app.AppOptions;
import org.wirewatch.app.CommandOptions;
import org.wirewatch.app.ConfigDirs;
import org.wirewatch.app.WirewatchApp;
import org.wirewatch.app.WirewatchCommand;
import picocli.CommandLine;

/**
 * Entry point of the jar. It does not extend {@code Application}, so the fat jar starts on a plain
 * classpath; the window is launched from here only when not headless.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    WirewatchCommand command = new WirewatchCommand();
    CommandLine cli = new CommandLine(command);
    try {
      cli.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      System.err.println("wirewatch: " + e.getMessage());
      System.err.println("Try 'wirewatch --help'.");
      return 1;
    }
    if (cli.isUsageHelpRequested()) {
      cli.usage(System.out);
      return 0;
    }
    if (cli.isVersionHelpRequested()) {
      cli.printVersionHelp(System.out);
      return 0;
    }
    Logging.configure(command.logLevel.name(), ConfigDirs.userDataDir().resolve("logs"));
    try {
      if (command.importOpml != null) {
        return new OpmlImportCommand(System.out, System.err)
            .run(command.importOpml, CommandOptions.sourcesFile(command));
      }
      AppOptions options = CommandOptions.toAppOptions(command);
      if (command.headless) {
        return new HeadlessRunner(options, System.out, System.err).run(command.once);
      }
      if (command.once) {
        System.err.println("wirewatch: --once needs --headless");
        return 1;
      }
      WirewatchApp.launch(args);
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("wirewatch: " + e.getMessage());
      return 1;
    }
  }
}

package org.wirewatch.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.alert.AlertRule;

/**
 * The alert rules kept in the config directory ({@code alerts.txt}): one rule per line, written as
 * on the command line; blank lines and lines starting with {@code #} are ignored. A missing file
 * means no rules; a bad line is named with its number.
 */
final class AlertsFile {
  static final String FILE_NAME = "alerts.txt";

  private AlertsFile() {}

  /**
   * Writes {@code rules} atomically: a crash mid-write leaves the old file. Comments in the old
   * file are not kept; the header says how to write a rule by hand.
   */
  static void write(Path file, List<AlertRule> rules) throws IOException {
    StringBuilder text =
        new StringBuilder(
            "# Wirewatch alert rules, one per line, as with --alert:\n"
                + "#   Putin|Trump   \"ceasefire talks\"|Gaza   /\\bRBI\\b.*rate/\n"
                + "#   then ;name=...;sources=id,id;actions=highlight,notify,sound,takeover;"
                + "colour=#ffb300\n");
    for (AlertRule r : rules) {
      text.append(r.spec().replace('\n', ' ')).append('\n');
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "alerts", ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(
          tmp,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  static List<AlertRule> read(Path file) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException absent) {
      return List.of();
    }
    List<AlertRule> rules = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        rules.add(AlertRule.parse(line));
      } catch (IllegalArgumentException e) {
        throw new IOException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return rules;
  }
}

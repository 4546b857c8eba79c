package org.wirewatch.export;

import java.util.Locale;

/** The formats history exports to. */
public enum ExportFormat {
  /** Comma-separated values (RFC 4180), one row per update, with a header row. */
  CSV("csv"),
  /** JSON Lines in the shape of the headless output, plus the time in the chosen zone. */
  JSONL("jsonl"),
  /** A Markdown citation list a journalist can paste into a story or a chat. */
  MD("md");

  private final String extension;

  ExportFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** The format named {@code name} ("csv", "jsonl", "md"), or the one a file name ends with. */
  public static ExportFormat parse(String name) {
    String n = name.toLowerCase(Locale.ROOT).trim();
    for (ExportFormat f : values()) {
      if (n.equals(f.extension) || n.endsWith("." + f.extension)) {
        return f;
      }
    }
    if (n.equals("json") || n.endsWith(".ndjson") || n.equals("ndjson")) {
      return JSONL;
    }
    if (n.equals("markdown") || n.endsWith(".markdown")) {
      return MD;
    }
    throw new IllegalArgumentException("unknown export format '" + name + "': csv, jsonl or md");
  }
}

package org.wirewatch.ui;

/** The start of a body for a row: whitespace collapsed, cut at a word near {@code max} chars. */
public final class TextPreview {
  private TextPreview() {}

  public static String of(String text, int max) {
    String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= max) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', max);
    return flat.substring(0, cut > max / 2 ? cut : max) + "\u2026";
  }
}

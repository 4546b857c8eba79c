package org.wirewatch.format;

/** Derives a headline for an item that has none, from the start of its text. */
public final class Headlines {
  /** Roughly how long a derived headline may be, in characters. */
  public static final int DERIVED_LENGTH = 80;

  private Headlines() {}

  /**
   * The first {@value #DERIVED_LENGTH} or so characters of {@code text}, whitespace collapsed, cut
   * at a word boundary and marked with an ellipsis when shortened; empty for empty text.
   */
  public static String derive(String text) {
    if (text == null) {
      return "";
    }
    String s = text.replaceAll("\\s+", " ").trim();
    if (s.length() <= DERIVED_LENGTH) {
      return s;
    }
    int cut = s.lastIndexOf(' ', DERIVED_LENGTH);
    if (cut < DERIVED_LENGTH / 2) {
      cut = DERIVED_LENGTH;
      if (Character.isHighSurrogate(s.charAt(cut - 1))) {
        cut--;
      }
    }
    return s.substring(0, cut).stripTrailing() + "…";
  }
}

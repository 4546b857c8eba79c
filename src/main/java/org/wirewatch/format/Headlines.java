package org.wirewatch.format;

/**
 * Derives a headline for an item that has none, from the start of its text; every format uses this
 * one rule. The caller flags the item {@code MISSING_HEADLINE}.
 */
public final class Headlines {
  /** Roughly how long a derived headline may be, in characters: one line of the crawl. */
  public static final int DERIVED_LENGTH = 80;

  private Headlines() {}

  /**
   * The first sentence of {@code text} when it fits in {@value #DERIVED_LENGTH} characters;
   * otherwise its first {@value #DERIVED_LENGTH} or so characters, cut at a word boundary and
   * marked with an ellipsis. Whitespace is collapsed; empty for empty text.
   */
  public static String derive(String text) {
    if (text == null) {
      return "";
    }
    String s = text.replaceAll("\\s+", " ").trim();
    int sentenceEnd = firstSentenceEnd(s);
    if (sentenceEnd > 0 && sentenceEnd <= DERIVED_LENGTH) {
      return s.substring(0, sentenceEnd);
    }
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

  // A sentence ends at ". ", "! " or "? " after a few words (not "Dr. " or "U.S. " at the start).
  private static int firstSentenceEnd(String text) {
    for (int i = 20; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
        return i + 1;
      }
    }
    return -1;
  }
}

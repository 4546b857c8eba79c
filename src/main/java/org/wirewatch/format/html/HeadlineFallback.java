package org.wirewatch.format.html;

/**
 * Derives a headline from an item's body when the source gave none: the first sentence, cut at a
 * word boundary so it fits a crawl. The caller flags the item {@code MISSING_HEADLINE}.
 */
public final class HeadlineFallback {
  /** Longer than most wire headlines, short enough for one line of the crawl. */
  public static final int MAX_LENGTH = 120;

  private HeadlineFallback() {}

  /**
   * @param plainText the body as plain text
   * @return the derived headline, empty when the body is empty too
   */
  public static String fromBody(String plainText) {
    if (plainText == null) {
      return "";
    }
    String text = plainText.strip().replaceAll("\\s+", " ");
    int sentenceEnd = firstSentenceEnd(text);
    String first = sentenceEnd > 0 ? text.substring(0, sentenceEnd) : text;
    if (first.length() <= MAX_LENGTH) {
      return first;
    }
    int cut = first.lastIndexOf(' ', MAX_LENGTH - 1);
    return (cut > MAX_LENGTH / 2 ? first.substring(0, cut) : first.substring(0, MAX_LENGTH - 1))
        + "…";
  }

  private static int firstSentenceEnd(String text) {
    for (int i = 0; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ' && i > 20) {
        return i + 1;
      }
    }
    return -1;
  }
}

package org.wirewatch.ui.detail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A word-level diff between two texts, for showing what an edit changed. */
public final class WordDiff {
  /** A run of words that was kept, removed or inserted. */
  public enum Kind {
    SAME,
    REMOVED,
    ADDED
  }

  public record Part(Kind kind, String text) {}

  // Past this many words a quadratic diff is not worth it: show before and after whole.
  private static final int MAX_WORDS = 1_500;

  private WordDiff() {}

  public static List<Part> diff(String before, String after) {
    String[] a = words(before);
    String[] b = words(after);
    if (a.length > MAX_WORDS || b.length > MAX_WORDS) {
      List<Part> whole = new ArrayList<>();
      add(whole, Kind.REMOVED, String.join(" ", a));
      add(whole, Kind.ADDED, String.join(" ", b));
      return whole;
    }
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] =
            a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Part> parts = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        add(parts, Kind.SAME, a[i++]);
        j++;
      } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
        // Removals first, so a replacement reads as struck-out old words, then the new ones.
        add(parts, Kind.REMOVED, a[i++]);
      } else {
        add(parts, Kind.ADDED, b[j++]);
      }
    }
    return parts;
  }

  private static void add(List<Part> parts, Kind kind, String word) {
    if (word.isEmpty()) {
      return;
    }
    if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
      Part last = parts.remove(parts.size() - 1);
      parts.add(new Part(kind, last.text() + " " + word));
    } else {
      parts.add(new Part(kind, word));
    }
  }

  private static String[] words(String text) {
    if (text == null || text.isBlank()) {
      return new String[0];
    }
    return Arrays.stream(text.strip().split("\\s+")).toArray(String[]::new);
  }
}

package org.wirewatch.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a user typed into an FTS5 query that can never be a syntax error: each word and each
 * "quoted phrase" becomes a quoted FTS5 string (inner quotes doubled), a trailing {@code *} keeps
 * prefix search, and a bare {@code OR} between two terms stays an OR. Terms are otherwise ANDed.
 * Punctuation-only words are dropped; FTS5's tokenizer would find nothing in them.
 */
final class FtsQuery {
  private FtsQuery() {}

  /** The FTS5 MATCH expression, or {@code ""} when nothing searchable was typed. */
  static String of(String typed) {
    List<String> terms = new ArrayList<>();
    List<Boolean> isOr = new ArrayList<>();
    int i = 0;
    int n = typed.length();
    while (i < n) {
      char c = typed.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      String term;
      boolean quoted = c == '"';
      if (quoted) {
        int close = typed.indexOf('"', i + 1);
        int end = close < 0 ? n : close;
        term = typed.substring(i + 1, end);
        i = close < 0 ? n : close + 1;
      } else {
        int end = i;
        while (end < n && !Character.isWhitespace(typed.charAt(end)) && typed.charAt(end) != '"') {
          end++;
        }
        term = typed.substring(i, end);
        i = end;
      }
      boolean prefix = false;
      if (i < n && typed.charAt(i) == '*') {
        prefix = true; // "phrase"*
        i++;
      } else if (!quoted && term.endsWith("*")) {
        prefix = true;
        term = term.replaceAll("\\*+$", "");
      }
      if (!quoted && term.equals("OR")) {
        terms.add("OR");
        isOr.add(true);
        continue;
      }
      if (term.codePoints().noneMatch(Character::isLetterOrDigit)) {
        continue;
      }
      terms.add("\"" + term.replace("\"", "\"\"") + "\"" + (prefix ? "*" : ""));
      isOr.add(false);
    }
    // An OR stays only between two terms; anywhere else it was a word.
    StringBuilder out = new StringBuilder();
    for (int t = 0; t < terms.size(); t++) {
      if (isOr.get(t)) {
        boolean between =
            t > 0
                && !isOr.get(t - 1)
                && t + 1 < terms.size()
                && !isOr.get(t + 1)
                && out.length() > 0;
        if (between) {
          out.append(" OR");
        }
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(terms.get(t));
    }
    return out.toString();
  }
}

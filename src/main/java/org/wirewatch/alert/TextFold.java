package org.wirewatch.alert;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text folded for matching: accents removed, lower case, so "Zelenskyy" finds "ZELÉNSKYY". */
final class TextFold {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private TextFold() {}

  /** Accents removed only (for regular expressions, which keep their own case rules). */
  static String unaccented(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
  }

  static String fold(String s) {
    return unaccented(s).toLowerCase(Locale.ROOT);
  }
}

package org.wirewatch.format.testing;

/** Decodes the Python string literals in feedparser's Expect lines ('x', u"y", with escapes). */
public final class PythonLiteral {
  private PythonLiteral() {}

  /**
   * @param text starts with an optional u/b/r prefix and a quote
   * @return the decoded value and how many characters of {@code text} the literal used, or null
   */
  public static Decoded decode(String text) {
    int i = 0;
    boolean raw = false;
    while (i < text.length() && "uUbBrR".indexOf(text.charAt(i)) >= 0) {
      raw |= Character.toLowerCase(text.charAt(i)) == 'r';
      i++;
    }
    if (i >= text.length() || (text.charAt(i) != '\'' && text.charAt(i) != '"')) {
      return null;
    }
    char quote = text.charAt(i++);
    StringBuilder out = new StringBuilder();
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == quote) {
        return new Decoded(out.toString(), i + 1);
      }
      if (c == '\\' && !raw && i + 1 < text.length()) {
        char e = text.charAt(i + 1);
        switch (e) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case '0' -> out.append('\0');
          case 'x' -> {
            out.append((char) Integer.parseInt(text.substring(i + 2, i + 4), 16));
            i += 2;
          }
          case 'u' -> {
            out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
            i += 4;
          }
          case 'U' -> {
            out.appendCodePoint(Integer.parseInt(text.substring(i + 2, i + 10), 16));
            i += 8;
          }
          default -> out.append(e);
        }
        i += 2;
        continue;
      }
      out.append(c);
      i++;
    }
    return null;
  }

  /** Decodes {@code 'a' + 'b'} style concatenations; null when {@code text} starts otherwise. */
  public static Decoded decodeConcatenation(String text) {
    Decoded first = decode(text);
    if (first == null) {
      return null;
    }
    StringBuilder value = new StringBuilder(first.value());
    int used = first.length();
    while (true) {
      String rest = text.substring(used);
      String trimmed = rest.stripLeading();
      if (!trimmed.startsWith("+")) {
        return new Decoded(value.toString(), used);
      }
      String afterPlus = trimmed.substring(1).stripLeading();
      Decoded next = decode(afterPlus);
      if (next == null) {
        return new Decoded(value.toString(), used);
      }
      value.append(next.value());
      used += rest.length() - afterPlus.length() + next.length();
    }
  }

  /** A decoded literal and its length in the source text. */
  public record Decoded(String value, int length) {}
}

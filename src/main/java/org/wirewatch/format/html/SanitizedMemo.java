package org.wirewatch.format.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.function.Supplier;
import org.wirewatch.collect.WeightedLru;

/**
 * What the sanitizer made of recently seen HTML, so a source polled again (most live pages and
 * feeds answer every poll with the whole document, and many never send a 304) costs a digest per
 * item instead of a parse, a clean and a serialization. The key is a SHA-256 of the base URL and
 * the HTML, not the HTML itself: the memo holds no untrusted input, and its values are the very
 * strings the updates hold, so what it adds to the heap is its entries. The least recently used
 * entry goes when it is full. Thread-safe: the sources of one format share a parser.
 */
public final class SanitizedMemo {
  // Guarded by itself.
  private final WeightedLru<Key, HtmlSanitizer.Cleaned> entries;

  /**
   * @param capacity entries kept; a few times the updates one poll of the largest source brings
   * @param maxChars characters of sanitized HTML and text kept, whatever the count: a feed of huge
   *     items must not make the memo the heap's largest tenant
   */
  public SanitizedMemo(int capacity, long maxChars) {
    this.entries = new WeightedLru<>(capacity, maxChars, SanitizedMemo::charsOf);
  }

  /** What is remembered: a sanitized fragment and its text, or the text of HTML alone. */
  enum Kind {
    SANITIZED,
    TEXT
  }

  /** The remembered result for {@code html} at {@code baseUri}, else {@code sanitize}'s, kept. */
  HtmlSanitizer.Cleaned get(
      Kind kind, String html, String baseUri, Supplier<HtmlSanitizer.Cleaned> sanitize) {
    Key key = Key.of(kind, html, baseUri);
    synchronized (entries) {
      HtmlSanitizer.Cleaned known = entries.get(key);
      if (known != null) {
        return known;
      }
    }
    // Outside the lock: two threads sanitizing the same HTML at once both get the same answer.
    HtmlSanitizer.Cleaned fresh = sanitize.get();
    // One fragment larger than the whole memo is not kept: it would push out everything else.
    if (charsOf(fresh) <= entries.maxWeight()) {
      synchronized (entries) {
        entries.put(key, fresh);
      }
    }
    return fresh;
  }

  private static long charsOf(HtmlSanitizer.Cleaned c) {
    return (long) c.html().length() + c.text().length();
  }

  /** Characters of HTML and text held now. */
  public long chars() {
    synchronized (entries) {
      return entries.weight();
    }
  }

  /** Entries held now. */
  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  private record Key(byte[] digest, int hash) {
    static Key of(Kind kind, String html, String baseUri) {
      MessageDigest sha;
      try {
        sha = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java has SHA-256", e);
      }
      sha.update((byte) kind.ordinal());
      String base = baseUri == null ? "" : baseUri;
      // The base's length first, so no base and HTML pair reads as another.
      byte[] baseBytes = base.getBytes(StandardCharsets.UTF_8);
      sha.update((baseBytes.length + "," + base.hashCode()).getBytes(StandardCharsets.US_ASCII));
      sha.update((byte) ':');
      sha.update(baseBytes);
      // UTF-8 (a quarter of UTF-16's cost here) writes a lone surrogate as "?": the string's own
      // hash tells the two apart, and what they would differ in is that one character anyway.
      sha.update(Integer.toString(html.hashCode()).getBytes(StandardCharsets.US_ASCII));
      sha.update((byte) ':');
      sha.update(html.getBytes(StandardCharsets.UTF_8));
      byte[] d = sha.digest();
      return new Key(d, Arrays.hashCode(d));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && hash == k.hash && Arrays.equals(digest, k.digest);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}

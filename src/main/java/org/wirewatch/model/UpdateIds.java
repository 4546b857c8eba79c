package org.wirewatch.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/** Derives a stable update id when the source gives none. */
public final class UpdateIds {
  private UpdateIds() {}

  /**
   * A hash of the published minute and the normalized headline: stable when a source re-renders
   * whitespace, case or punctuation, distinct for distinct stories at distinct times.
   *
   * @param published the published instant, or {@code null} when the source gave no date
   */
  public static String derived(Instant published, String headline) {
    String when = published == null ? "" : Long.toString(published.getEpochSecond() / 60);
    return "h:" + sha256(when + "|" + normalizeHeadline(headline)).substring(0, 24);
  }

  /** Lower case, accents and punctuation folded away, runs of spaces collapsed. */
  public static String normalizeHeadline(String headline) {
    if (headline == null) {
      return "";
    }
    String folded = Normalizer.normalize(headline, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  /** The first {@code hexChars} hex digits of the SHA-256 of {@code s}: a short, stable tag. */
  public static String digest(String s, int hexChars) {
    return sha256(s).substring(0, hexChars);
  }

  private static String sha256(String s) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}

package org.wirewatch.format;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a response body into text. A byte-order mark wins (it cannot lie about the bytes after it);
 * then the Content-Type {@code charset}; then, for JSON, the RFC 4627 zero-byte pattern of
 * UTF-16/32; then the caller's default (UTF-8 for JSON). Undecodable bytes become U+FFFD rather
 * than failing the document.
 */
public final class BodyText {
  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';\\s]+)");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  private BodyText() {}

  /** A byte-order mark and the charset it announces. */
  public record Bom(Charset charset, int length) {}

  /**
   * Decodes a JSON body.
   *
   * @param contentType the HTTP Content-Type, or {@code null}
   */
  public static String decodeJson(byte[] body, String contentType) {
    Optional<Bom> bom = bom(body);
    if (bom.isPresent()) {
      return decode(body, bom.get());
    }
    Optional<Charset> declared = charsetOf(contentType);
    if (declared.isPresent()) {
      return new String(body, declared.get());
    }
    return new String(body, zeroBytePattern(body).orElse(StandardCharsets.UTF_8));
  }

  /**
   * Decodes a body whose charset is given only by BOM or Content-Type, falling back to {@code
   * fallback}.
   */
  public static String decode(byte[] body, String contentType, Charset fallback) {
    Optional<Bom> bom = bom(body);
    if (bom.isPresent()) {
      return decode(body, bom.get());
    }
    return new String(body, charsetOf(contentType).orElse(fallback));
  }

  /** The charset named by a Content-Type header, when it names one this JVM knows. */
  public static Optional<Charset> charsetOf(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    Matcher m = CHARSET.matcher(contentType);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(m.group(1).trim()));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  /** The media type of a Content-Type header, lower case, without parameters; empty if none. */
  public static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    String type = semi < 0 ? contentType : contentType.substring(0, semi);
    return type.trim().toLowerCase(Locale.ROOT);
  }

  /** The byte-order mark at the start of {@code body}, if any. UTF-32 is checked before UTF-16. */
  public static Optional<Bom> bom(byte[] body) {
    if (startsWith(body, 0x00, 0x00, 0xFE, 0xFF)) {
      return Optional.of(new Bom(UTF_32BE, 4));
    }
    if (startsWith(body, 0xFF, 0xFE, 0x00, 0x00)) {
      return Optional.of(new Bom(UTF_32LE, 4));
    }
    if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
      return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
    }
    if (startsWith(body, 0xFE, 0xFF)) {
      return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
    }
    if (startsWith(body, 0xFF, 0xFE)) {
      return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
    }
    return Optional.empty();
  }

  // JSON text starts with an ASCII character, so the zero bytes around it give away UTF-16/32.
  private static Optional<Charset> zeroBytePattern(byte[] b) {
    if (b.length >= 4) {
      if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
        return Optional.of(UTF_32BE);
      }
      if (b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
        return Optional.of(UTF_32LE);
      }
    }
    if (b.length >= 2) {
      if (b[0] == 0 && b[1] != 0) {
        return Optional.of(StandardCharsets.UTF_16BE);
      }
      if (b[0] != 0 && b[1] == 0) {
        return Optional.of(StandardCharsets.UTF_16LE);
      }
    }
    return Optional.empty();
  }

  private static String decode(byte[] body, Bom bom) {
    return new String(body, bom.length(), body.length - bom.length(), bom.charset());
  }

  private static boolean startsWith(byte[] body, int... prefix) {
    if (body.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((body[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}

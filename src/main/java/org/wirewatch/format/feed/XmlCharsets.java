package org.wirewatch.format.feed;

import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.wirewatch.format.FeedParseException;

/**
 * Decodes feed bytes with the charset the BOM, the XML prolog and the HTTP header name (as Rome's
 * {@link XmlReader} decides), and catches the usual lie: bytes that are not valid in the declared
 * charset. Declared UTF-8 that is not UTF-8 is read as Windows-1252 (what such feeds are, in
 * practice); a declared single-byte charset whose bytes are valid multi-byte UTF-8 is read as
 * UTF-8, so "é" does not become "Ã©".
 */
final class XmlCharsets {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The text, and the repair made to its charset, or {@code null} when none was. */
  record Decoded(String text, String repair) {}

  private XmlCharsets() {}

  static Decoded decode(byte[] body, String contentType) throws FeedParseException {
    Charset declared;
    String text;
    try (XmlReader reader =
        new XmlReader(
            new ByteArrayInputStream(body), contentType == null ? "" : contentType, true)) {
      declared = Charset.forName(reader.getEncoding());
      StringBuilder out = new StringBuilder(body.length);
      char[] buffer = new char[8192];
      for (int n; (n = reader.read(buffer)) > 0; ) {
        out.append(buffer, 0, n);
      }
      text = out.toString();
    } catch (IOException | IllegalArgumentException e) {
      throw new FeedParseException("cannot decode the document's characters: " + e.getMessage(), e);
    }
    boolean utf8Family =
        declared.equals(StandardCharsets.UTF_8) || declared.name().startsWith("UTF-16");
    if (declared.equals(StandardCharsets.UTF_8) && !valid(body, StandardCharsets.UTF_8)) {
      return new Decoded(
          new String(body, WINDOWS_1252),
          "the document says UTF-8 but is not; read it as Windows-1252");
    }
    if (!utf8Family
        && isSingleByte(declared)
        && hasMultiByteUtf8(body)
        && valid(body, StandardCharsets.UTF_8)) {
      return new Decoded(
          new String(body, StandardCharsets.UTF_8),
          "the document says " + declared.name() + " but is UTF-8; read it as UTF-8");
    }
    return new Decoded(text, null);
  }

  private static boolean valid(byte[] body, Charset charset) {
    try {
      charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean isSingleByte(Charset charset) {
    return charset.newEncoder().maxBytesPerChar() <= 1.0f;
  }

  private static boolean hasMultiByteUtf8(byte[] body) {
    for (byte b : body) {
      if ((b & 0xC0) == 0xC0) {
        return true;
      }
    }
    return false;
  }
}

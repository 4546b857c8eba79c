package org.wirewatch.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import okio.Buffer;

/** Builds gzip-encoded test bodies. */
final class Gzip {
  private Gzip() {}

  static Buffer of(byte[] plain) {
    Buffer out = new Buffer();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out.outputStream())) {
      gzip.write(plain);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** {@code inflatedBytes} zeros: tiny on the wire, large once inflated. */
  static Buffer bomb(int inflatedBytes) {
    return of(new byte[inflatedBytes]);
  }
}

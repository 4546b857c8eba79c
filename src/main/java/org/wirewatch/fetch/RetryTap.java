package org.wirewatch.fetch;

import java.io.IOException;
import java.util.function.LongConsumer;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Source;

/**
 * Watches a stream's bytes on their way to okhttp-sse's reader for {@code retry:} lines, which the
 * library parses but does not pass on: the reconnection time is the client's to honour. Only whole
 * lines of the form {@code retry: DIGITS} count, as the SSE standard says; any line ending (CR, LF,
 * CRLF) ends one, and a line longer than any retry field is ignored without being kept.
 */
final class RetryTap extends ForwardingSource {
  private static final int LONGEST = 32;

  private final LongConsumer onRetry;
  private final StringBuilder line = new StringBuilder();
  private boolean tooLong;

  /** Why {@code response} (a 2xx) is not an event stream to follow, or {@code null} when it is. */
  static String notAnEventStream(okhttp3.Response response) {
    okhttp3.MediaType type = response.body().contentType();
    if (type != null && type.type().equals("text") && type.subtype().equals("event-stream")) {
      return null;
    }
    return "not an event stream (Content-Type " + (type == null ? "none" : type) + ")";
  }

  /** {@code response} with its body read through a tap that tells {@code onRetry} of retry:. */
  static okhttp3.Response tap(okhttp3.Response response, LongConsumer onRetry) {
    okhttp3.ResponseBody body = response.body();
    return response
        .newBuilder()
        .body(
            okhttp3.ResponseBody.create(
                okio.Okio.buffer(new RetryTap(body.source(), onRetry)), body.contentType(), -1))
        .build();
  }

  RetryTap(Source delegate, LongConsumer onRetry) {
    super(delegate);
    this.onRetry = onRetry;
  }

  @Override
  public long read(Buffer sink, long byteCount) throws IOException {
    long n = super.read(sink, byteCount);
    if (n > 0) {
      Buffer copy = new Buffer();
      sink.copyTo(copy, sink.size() - n, n);
      while (!copy.exhausted()) {
        see((char) (copy.readByte() & 0xff));
      }
    }
    return n;
  }

  private void see(char c) {
    if (c == '\n' || c == '\r') {
      if (!tooLong) {
        check(line.toString());
      }
      line.setLength(0);
      tooLong = false;
    } else if (!tooLong) {
      line.append(c);
      tooLong = line.length() > LONGEST;
    }
  }

  private void check(String l) {
    if (!l.startsWith("retry:")) {
      return;
    }
    String v = l.substring(6);
    if (v.startsWith(" ")) {
      v = v.substring(1);
    }
    if (!v.isEmpty() && v.chars().allMatch(ch -> ch >= '0' && ch <= '9') && v.length() < 12) {
      onRetry.accept(Long.parseLong(v));
    }
  }
}

package org.wirewatch.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import org.wirewatch.model.SourceId;

/** Parse contexts and fixture bytes for format tests. */
public final class TestContexts {
  public static final SourceId SOURCE = SourceId.of("test-source");
  public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

  /** 2025-08-07 18:30 in India: just after the seed's 18:07 update. */
  public static final Instant FETCHED_AT = Instant.parse("2025-08-07T13:00:00Z");

  private TestContexts() {}

  public static ParseContext at(String url) {
    return new ParseContext(
        SOURCE, url == null ? null : URI.create(url), null, INDIA, FETCHED_AT, null);
  }

  public static ParseContext at(String url, String contentType) {
    return new ParseContext(
        SOURCE, url == null ? null : URI.create(url), contentType, INDIA, FETCHED_AT, null);
  }

  public static ParseContext withSelectors(String url, PageSelectors selectors) {
    return new ParseContext(SOURCE, URI.create(url), "text/html", INDIA, FETCHED_AT, selectors);
  }

  /** The bytes of a classpath resource, e.g. {@code /format/jsonfeed/x.json}. */
  public static byte[] resource(String path) {
    try (InputStream in = TestContexts.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.wirewatch.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** What one fetch of one source came to. */
public sealed interface FetchOutcome {

  /**
   * A 2xx response with its whole body, read within the size cap.
   *
   * @param body the decompressed body; owned by the receiver, not copied
   * @param contentType the Content-Type header, or {@code null}
   * @param finalUrl where the body came from after temporary redirects
   * @param etag the ETag header, or {@code null}
   * @param lastModified the Last-Modified header, or {@code null}
   * @param served when the server says this version was made: its Last-Modified, else its Date;
   *     {@code null} when it sent neither (or neither could be read). Tells a stale copy from a
   *     cache or a lagging mirror apart from a newer one.
   */
  record Fetched(
      byte[] body,
      String contentType,
      URI finalUrl,
      String etag,
      String lastModified,
      java.time.Instant served)
      implements FetchOutcome {
    public Fetched {
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(finalUrl, "finalUrl");
    }

    /** A response that said nothing about when it was made. */
    public Fetched(
        byte[] body, String contentType, URI finalUrl, String etag, String lastModified) {
      this(body, contentType, finalUrl, etag, lastModified, null);
    }

    /** The validators to send back next time, once this body has been parsed. */
    public Validators validators() {
      return new Validators(etag, lastModified);
    }

    @Override
    public String toString() {
      return "Fetched[" + body.length + " bytes, " + contentType + ", " + finalUrl + "]";
    }
  }

  /** 304: the source has not changed since the validators we sent. No body, nothing to parse. */
  record NotModified() implements FetchOutcome {}

  /** 301 or 308: the source lives at {@code newUrl} now. */
  record Moved(URI newUrl) implements FetchOutcome {
    public Moved {
      Objects.requireNonNull(newUrl, "newUrl");
    }
  }

  /** 410: the source has been removed for good; stop polling it. */
  record Gone(String message) implements FetchOutcome {}

  /**
   * A 2xx whose body is a Server-Sent Events stream: not read (it never ends); the source is one to
   * follow as push.
   */
  record EventStream(URI url) implements FetchOutcome {}

  /**
   * Anything else: an error status, a network failure, a timeout, a body over the cap.
   *
   * @param message what went wrong, in words ("HTTP 503 Service Unavailable")
   * @param retryAfter how long the server asked us to wait (Retry-After on 429/503), or {@code
   *     null}
   */
  record Failed(String message, Duration retryAfter) implements FetchOutcome {
    public Failed {
      Objects.requireNonNull(message, "message");
    }

    public Failed(String message) {
      this(message, null);
    }
  }
}

package org.wirewatch.fetch;

/**
 * What a source's last good response said about its version, sent back on the next request so the
 * server can answer 304 Not Modified.
 *
 * @param etag the ETag response header, verbatim (quotes and W/ prefix kept), or {@code null}
 * @param lastModified the Last-Modified response header, verbatim, or {@code null}
 */
public record Validators(String etag, String lastModified) {
  /** No validators: an unconditional GET. */
  public static final Validators NONE = new Validators(null, null);

  public Validators {
    etag = blankToNull(etag);
    lastModified = blankToNull(lastModified);
  }

  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}

package org.wirewatch.format;

/**
 * A document that could not be read at all. The message says what was wrong and where (line and
 * column, or the JSON path), in words a journalist can pass on to whoever runs the source.
 */
public class FeedParseException extends Exception {
  public FeedParseException(String message) {
    super(message);
  }

  public FeedParseException(String message, Throwable cause) {
    super(message, cause);
  }
}

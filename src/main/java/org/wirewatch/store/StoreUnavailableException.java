package org.wirewatch.store;

/**
 * History cannot be opened or kept; the message says why in words a user can act on ("another
 * Wirewatch is using …", "… is not a Wirewatch database"). The app goes on with history off.
 */
public final class StoreUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreUnavailableException(String message) {
    super(message);
  }
}

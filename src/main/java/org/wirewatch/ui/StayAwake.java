package org.wirewatch.ui;

/**
 * Keeps the screen from blanking or locking while a face that is read from across the room is up
 * (the wall); the app's asks the platform, tests count.
 */
@FunctionalInterface
public interface StayAwake {
  /** Keeps the screen awake until the handle is closed. */
  Hold hold(String why);

  /** A request to stay awake; closing it twice is harmless. */
  @FunctionalInterface
  interface Hold extends AutoCloseable {
    @Override
    void close();
  }

  StayAwake NONE = why -> () -> {};
}

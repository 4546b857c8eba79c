package org.wirewatch.alert;

/** Plays the alert tone; the app's uses javafx-media, tests count. */
@FunctionalInterface
public interface SoundPlayer {
  void play();

  SoundPlayer NONE = () -> {};
}

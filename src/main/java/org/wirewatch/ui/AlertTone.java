package org.wirewatch.ui;

import java.net.URL;
import javafx.scene.media.AudioClip;
import org.wirewatch.alert.SoundPlayer;

/**
 * The alert tone: a short two-note chime bundled with the app ({@code assets/sounds/alert.wav}),
 * played with javafx-media. A machine without sound plays nothing and says so once in the log.
 */
public final class AlertTone implements SoundPlayer {
  private static final System.Logger LOG = System.getLogger(AlertTone.class.getName());

  private AudioClip clip;
  private boolean broken;

  @Override
  public synchronized void play() {
    if (broken) {
      return;
    }
    try {
      if (clip == null) {
        URL tone = AlertTone.class.getResource("/sounds/alert.wav");
        if (tone == null) {
          throw new IllegalStateException("the alert tone is missing from the build");
        }
        clip = new AudioClip(tone.toExternalForm());
      }
      clip.play();
    } catch (RuntimeException e) {
      broken = true;
      LOG.log(System.Logger.Level.WARNING, "cannot play the alert tone: " + e.getMessage());
    }
  }
}

package org.wirewatch.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * The one timer of a face: each second it runs what is due, so the clock, countdowns and relative
 * ages repaint from one place instead of a timer per label or cell.
 */
public final class SharedTicker {
  private record Job(int everySeconds, Runnable work) {}

  private final Timeline timeline = new Timeline();
  private final List<Job> jobs = new ArrayList<>();
  private long seconds;

  public SharedTicker() {
    timeline.getKeyFrames().setAll(new KeyFrame(Duration.seconds(1), e -> tick()));
    timeline.setCycleCount(Animation.INDEFINITE);
  }

  /** Runs {@code work} every {@code everySeconds} seconds on the FX thread. */
  public SharedTicker every(int everySeconds, Runnable work) {
    jobs.add(new Job(Math.max(1, everySeconds), work));
    return this;
  }

  public void start() {
    timeline.play();
  }

  public void stop() {
    timeline.stop();
  }

  private void tick() {
    seconds++;
    for (Job job : jobs) {
      if (seconds % job.everySeconds() == 0) {
        job.work().run();
      }
    }
  }
}

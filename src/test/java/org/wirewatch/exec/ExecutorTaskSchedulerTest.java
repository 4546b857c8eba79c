package org.wirewatch.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ExecutorTaskSchedulerTest {

  @Test
  void aDueTimerFiresWhileEveryWorkerIsBlockedOnASlowServer() throws Exception {
    CountDownLatch serverAnswers = new CountDownLatch(1);
    CountDownLatch allBlocked = new CountDownLatch(4);
    CountDownLatch alarm = new CountDownLatch(1);
    try (ExecutorTaskScheduler scheduler = new ExecutorTaskScheduler("test", 4)) {
      for (int i = 0; i < 4; i++) {
        scheduler.execute(
            () -> {
              allBlocked.countDown();
              awaitQuietly(serverAnswers); // a fetch hanging in a read
            });
      }
      assertThat(allBlocked.await(10, TimeUnit.SECONDS)).isTrue();
      scheduler.schedule(alarm::countDown, Duration.ofMillis(10));
      try {
        assertThat(alarm.await(10, TimeUnit.SECONDS))
            .as("the stale alarm fired though the four core workers are all busy")
            .isTrue();
      } finally {
        serverAnswers.countDown();
      }
    }
  }

  @Test
  void aCancelledTaskNeverRuns() throws Exception {
    CountDownLatch ran = new CountDownLatch(1);
    CountDownLatch later = new CountDownLatch(1);
    try (ExecutorTaskScheduler scheduler = new ExecutorTaskScheduler("test", 1)) {
      scheduler.schedule(ran::countDown, Duration.ofMillis(50)).cancel();
      scheduler.schedule(later::countDown, Duration.ofMillis(100));
      assertThat(later.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(ran.getCount()).isEqualTo(1);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

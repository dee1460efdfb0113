package io.github.ptce.registers.internal.api;

import java.time.Duration;

/** How the client waits: {@link #SYSTEM} sleeps; a test records the waits instead. */
@FunctionalInterface
public interface Sleeper {
  /** Sleeps the current thread. */
  Sleeper SYSTEM =
      duration -> {
        if (!duration.isNegative() && !duration.isZero()) {
          Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
      };

  /**
   * Waits.
   *
   * @param duration how long; zero or negative returns at once
   * @throws InterruptedException if the thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Returns the monotonic time the waits are counted on, in nanoseconds. A recording sleeper
   * overrides it to advance by what it was asked to sleep, so that a test sees the exact spacing of
   * requests without waiting.
   *
   * @return the time, comparable only with itself
   */
  default long nanos() {
    return System.nanoTime();
  }
}

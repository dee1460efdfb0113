package io.github.ptce.registers.internal.api;

import java.time.Duration;

/**
 * Spaces requests evenly: at most one every {@code 1 / rate} seconds, whichever thread asks, and
 * none before the end of a pause asked by the server ({@code Retry-After}). Thread-safe.
 *
 * <p>Time is counted on the sleeper's monotonic clock ({@link Sleeper#nanos()}), so that a test's
 * recording sleeper sees the exact spacing without waiting.
 */
final class RateLimiter {
  private final long intervalNanos;
  private final Sleeper sleeper;
  private long nextFree;

  RateLimiter(double requestsPerSecond, Sleeper sleeper) {
    this.intervalNanos = (long) Math.ceil(1_000_000_000d / requestsPerSecond);
    this.sleeper = sleeper;
    this.nextFree = sleeper.nanos();
  }

  /**
   * Waits for the next slot.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  void acquire() throws InterruptedException {
    long wait;
    synchronized (this) {
      long now = sleeper.nanos();
      long slot = Math.max(now, nextFree);
      nextFree = slot + intervalNanos;
      wait = slot - now;
    }
    sleeper.sleep(Duration.ofNanos(wait));
  }

  /**
   * Holds every request back for a while, as a server's {@code Retry-After} asks.
   *
   * @param pause how long from now
   */
  synchronized void pause(Duration pause) {
    nextFree = Math.max(nextFree, sleeper.nanos() + pause.toNanos());
  }

  /** The interval between two requests. */
  Duration interval() {
    return Duration.ofNanos(intervalNanos);
  }
}

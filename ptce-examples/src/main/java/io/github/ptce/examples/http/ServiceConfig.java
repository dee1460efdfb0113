package io.github.ptce.examples.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How the HTTP service runs.
 *
 * @param host the address to listen on; {@code 127.0.0.1} by default, so that the service is not
 *     exposed by accident
 * @param port the port; 0 for any free port
 * @param threads the workers that read requests and evaluate clusters
 * @param queue the requests that may wait for a worker; beyond it, requests are answered 503 at
 *     once
 * @param maxBodyBytes the largest request body accepted; a larger one is answered 413
 * @param readTimeout the longest time a client may take to send its request line and headers (from
 *     their first byte), and then its body (from the end of the headers: 408 and the connection
 *     closed); a second more is the idle timeout, after which a connection on which nothing moves
 *     is closed, which cuts a client that stops reading an answer
 * @param writeTimeout the longest time a whole exchange may take, from the request's headers to the
 *     last byte of the answer read by the client; the connection is closed after it
 * @param clock the clock of "today", the default evaluation date
 * @param log where one-line messages go (start, stop, internal errors); never a stack trace
 */
public record ServiceConfig(
    String host,
    int port,
    int threads,
    int queue,
    int maxBodyBytes,
    Duration readTimeout,
    Duration writeTimeout,
    Clock clock,
    Consumer<String> log) {

  /** The default body limit: 1 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  /** The default read timeout: 10 seconds. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

  /** The default write timeout: 60 seconds (a report of 5,000 members is 150 MB of JSON). */
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(60);

  /** The default queue length. */
  public static final int DEFAULT_QUEUE = 64;

  /**
   * The most bytes of a body over the limit that are read and dropped before answering 413, so that
   * the client reads the answer: 32 MiB. A client declaring more is answered and its connection
   * closed at once.
   */
  public static final long MAX_DISCARDED_BYTES = 32L * 1024 * 1024;

  /**
   * Checks the values.
   *
   * @param host the address
   * @param port the port
   * @param threads the workers
   * @param queue the queue
   * @param maxBodyBytes the body limit
   * @param readTimeout the read timeout
   * @param writeTimeout the write timeout
   * @param clock the clock
   * @param log the log
   */
  public ServiceConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(writeTimeout, "writeTimeout");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(log, "log");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in [0, 65535]: " + port);
    }
    if (threads < 1 || threads > 1024) {
      throw new IllegalArgumentException("threads must be in [1, 1024]: " + threads);
    }
    if (queue < 0 || queue > 100_000) {
      throw new IllegalArgumentException("queue must be in [0, 100000]: " + queue);
    }
    if (maxBodyBytes < 1 || maxBodyBytes > 64 * 1024 * 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be in [1, 67108864]: " + maxBodyBytes);
    }
    if (readTimeout.isNegative() || readTimeout.isZero() || readTimeout.toSeconds() > 3600) {
      throw new IllegalArgumentException("readTimeout must be in (0, 1 h]: " + readTimeout);
    }
    if (writeTimeout.isNegative() || writeTimeout.isZero() || writeTimeout.toSeconds() > 3600) {
      throw new IllegalArgumentException("writeTimeout must be in (0, 1 h]: " + writeTimeout);
    }
  }

  /**
   * Returns the defaults: loopback, the given port, two workers per processor (at least 4), a queue
   * of {@value #DEFAULT_QUEUE}, 1 MiB, 10 s to send the headers and then the body (and of idle
   * time), 60 s for a whole exchange, the system clock, standard error.
   *
   * @param port the port, 0 for any free port
   * @return the configuration
   */
  public static ServiceConfig defaults(int port) {
    return new ServiceConfig(
        "127.0.0.1",
        port,
        defaultThreads(),
        DEFAULT_QUEUE,
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_READ_TIMEOUT,
        DEFAULT_WRITE_TIMEOUT,
        Clock.systemUTC(),
        line -> System.err.println(line));
  }

  /**
   * Returns the default number of workers.
   *
   * @return two per processor, at least 4
   */
  public static int defaultThreads() {
    return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  }

  /**
   * Returns this configuration with another host.
   *
   * @param value the host
   * @return a new configuration
   */
  public ServiceConfig withHost(String value) {
    return new ServiceConfig(
        value, port, threads, queue, maxBodyBytes, readTimeout, writeTimeout, clock, log);
  }

  /**
   * Returns this configuration with other pool sizes.
   *
   * @param workers the workers
   * @param waiting the queue
   * @return a new configuration
   */
  public ServiceConfig withPool(int workers, int waiting) {
    return new ServiceConfig(
        host, port, workers, waiting, maxBodyBytes, readTimeout, writeTimeout, clock, log);
  }

  /**
   * Returns this configuration with another body limit.
   *
   * @param value the limit in bytes
   * @return a new configuration
   */
  public ServiceConfig withMaxBodyBytes(int value) {
    return new ServiceConfig(
        host, port, threads, queue, value, readTimeout, writeTimeout, clock, log);
  }

  /**
   * Returns this configuration with another read timeout.
   *
   * @param value the timeout
   * @return a new configuration
   */
  public ServiceConfig withReadTimeout(Duration value) {
    return new ServiceConfig(
        host, port, threads, queue, maxBodyBytes, value, writeTimeout, clock, log);
  }

  /**
   * Returns this configuration with another write timeout.
   *
   * @param value the timeout
   * @return a new configuration
   */
  public ServiceConfig withWriteTimeout(Duration value) {
    return new ServiceConfig(
        host, port, threads, queue, maxBodyBytes, readTimeout, value, clock, log);
  }

  /**
   * Returns this configuration with another clock.
   *
   * @param value the clock
   * @return a new configuration
   */
  public ServiceConfig withClock(Clock value) {
    return new ServiceConfig(
        host, port, threads, queue, maxBodyBytes, readTimeout, writeTimeout, value, log);
  }

  /**
   * Returns this configuration with another log.
   *
   * @param value where the lines go
   * @return a new configuration
   */
  public ServiceConfig withLog(Consumer<String> value) {
    return new ServiceConfig(
        host, port, threads, queue, maxBodyBytes, readTimeout, writeTimeout, clock, value);
  }
}

package io.github.ptce.examples.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP eligibility service: the engine behind a small JSON API, on the JDK's own HTTP server
 * ({@code com.sun.net.httpserver}), without any framework.
 *
 * <p>Routes (see {@link Routes}): {@code POST /v1/eligibility}, {@code POST /v1/overview}, {@code POST
 * /v1/validate}, {@code GET /v1/schemes}, {@code GET /v1/schemas/cluster.json}, {@code GET
 * /v1/schemas/report.json}, {@code GET /v1/samples}, {@code GET /healthz}.
 *
 * <p>Robustness: a request body is read up to the limit plus one byte, never more (413 beyond it); a client
 * has {@link ServiceConfig#readTimeout()} to send its request; requests are served by a fixed pool of workers
 * with a bounded queue, and when both are full a request is answered 503 at once by one of two spare threads
 * that never evaluate anything (they still answer {@code /healthz}); no response ever carries a stack trace,
 * and the log gets one line per unexpected error. {@link #stop(Duration)} lets the requests in progress finish.
 */
public final class EligibilityService {
  private static final int SPARE_THREADS = 2;
  private static final int SPARE_QUEUE = 256;

  private final HttpServer server;
  private final ThreadPoolExecutor workers;
  private final ThreadPoolExecutor spares;
  private final ServiceConfig config;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicBoolean stopping = new AtomicBoolean();

  private EligibilityService(HttpServer server, ThreadPoolExecutor workers, ThreadPoolExecutor spares,
      ServiceConfig config) {
    this.server = server;
    this.workers = workers;
    this.spares = spares;
    this.config = config;
  }

  /**
   * Starts a service.
   *
   * @param config how to run it
   * @return the running service
   * @throws UncheckedIOException if the address cannot be bound
   */
  public static EligibilityService start(ServiceConfig config) {
    Objects.requireNonNull(config, "config");
    configureJdkServer(config);
    ThreadPoolExecutor spares = new ThreadPoolExecutor(SPARE_THREADS, SPARE_THREADS, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(SPARE_QUEUE), threads("ptce-http-busy-", true),
        (task, pool) -> {
          throw new RejectedExecutionException("saturated");
        });
    ThreadPoolExecutor workers = new ThreadPoolExecutor(config.threads(), config.threads(), 0, TimeUnit.SECONDS,
        config.queue() == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(config.queue()),
        threads("ptce-http-", false),
        (task, pool) -> spares.execute(task));
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
    } catch (IOException e) {
      workers.shutdownNow();
      spares.shutdownNow();
      throw new UncheckedIOException("cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(),
          e);
    }
    server.setExecutor(workers);
    server.createContext("/", new Routes(config));
    server.start();
    EligibilityService service = new EligibilityService(server, workers, spares, config);
    config.log().accept("ptce serve: listening on " + service.uri());
    return service;
  }

  /**
   * Sets the JDK server's settings from the configuration, unless they were set already (on the command
   * line): the JDK reads them once, when its server classes load.
   *
   * <ul>
   *   <li>{@code maxReqTime}: the time a client has to send its request, the read timeout (it runs until the
   *       answer starts);
   *   <li>{@code maxRspTime}: the time a client has to read the answer, the write timeout (without it, a client
   *       that stops reading a large answer holds a worker for ever);
   *   <li>{@code nodelay}: answers are sent at once (TCP_NODELAY). The JDK writes the headers and the body of
   *       an answer separately; without it, a client on a kept-alive connection waits for its delayed
   *       acknowledgement, 40 ms on Linux, on every request.
   * </ul>
   */
  private static void configureJdkServer(ServiceConfig config) {
    setUnlessSet("sun.net.httpserver.maxReqTime", Long.toString(Math.max(1, config.readTimeout().toSeconds())));
    setUnlessSet("sun.net.httpserver.maxRspTime", Long.toString(Math.max(1, config.writeTimeout().toSeconds())));
    setUnlessSet("sun.net.httpserver.timerMillis", "500");
    setUnlessSet("sun.net.httpserver.nodelay", "true");
  }

  private static void setUnlessSet(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  private static ThreadFactory threads(String prefix, boolean spare) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = spare ? new SpareThread(task, prefix + count.incrementAndGet())
          : new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** A thread of the spare pool: it answers 503 (and {@code /healthz}) and evaluates nothing. */
  static final class SpareThread extends Thread {
    SpareThread(Runnable task, String name) {
      super(task, name);
    }
  }

  /**
   * Returns the port the service listens on (useful with port 0).
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Returns the base URI.
   *
   * @return e.g. {@code http://127.0.0.1:8080/}
   */
  public URI uri() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /**
   * Stops accepting connections, lets the requests in progress finish for at most the given time, then
   * stops the workers. Calling it again does nothing.
   *
   * @param grace how long the requests in progress may take to finish
   */
  public void stop(Duration grace) {
    if (!stopping.compareAndSet(false, true)) {
      return;
    }
    try {
      server.stop((int) Math.max(0, Math.min(Integer.MAX_VALUE, grace.toSeconds())));
      workers.shutdown();
      spares.shutdown();
      try {
        if (!workers.awaitTermination(Math.max(1, grace.toMillis()), TimeUnit.MILLISECONDS)) {
          workers.shutdownNow();
        }
        spares.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        workers.shutdownNow();
        spares.shutdownNow();
      }
      config.log().accept("ptce serve: stopped");
    } finally {
      stopped.countDown();
    }
  }

  /**
   * Waits until the service is stopped.
   *
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }
}

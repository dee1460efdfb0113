package io.github.ptce.examples.http;

import io.github.ptce.registers.RegisterLookup;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The HTTP eligibility service: the engine behind a small JSON API, on Jetty 12's core server (no
 * servlet).
 *
 * <p>Routes (see {@link Routes#ROUTES}, and {@code GET /v1/openapi.json}): {@code POST
 * /v1/eligibility}, {@code POST /v1/overview}, {@code POST /v1/validate}, {@code GET /v1/schemes},
 * {@code GET /v1/schemas/…}, {@code GET /v1/samples}, {@code GET /healthz}.
 *
 * <p>Robustness, whatever clients do:
 *
 * <ul>
 *   <li>the server's threads never wait for a client: a request line, headers and body are read as
 *       their bytes arrive, and cheap answers ({@code /healthz}, the catalogue, errors) are written
 *       without blocking, so slow clients (slowloris, slow bodies) hold sockets, not threads;
 *   <li>a request's line and headers must arrive within {@link ServiceConfig#readTimeout()} of its
 *       first byte, and its body within the same time after the headers (at least {@code
 *       maxBodyBytes / readTimeout} bytes a second for the largest body); a connection on which
 *       nothing moves for a second longer is closed (idle timeout, which also cuts a client that
 *       stops reading an answer), and a whole exchange must end within {@link
 *       ServiceConfig#writeTimeout()};
 *   <li>a complete request is evaluated by one of {@link ServiceConfig#threads()} workers, with
 *       {@link ServiceConfig#queue()} places to wait; beyond, it is answered 503 at once;
 *   <li>a body over the limit is answered 413; every error, also those the server finds itself (a
 *       malformed request line or {@code Content-Length}, a URI or headers too long), has the
 *       service's JSON body; no answer carries a stack trace, and the log gets one line per
 *       unexpected error; an {@link Error} of the JVM on a request is answered 500 (503 when out of
 *       memory) and the service goes on.
 * </ul>
 *
 * {@link #stop(Duration)} lets the requests in progress finish.
 */
public final class EligibilityService {
  /** The server's own threads: selector, acceptor, and the non-blocking handling of requests. */
  private static final int SERVER_THREADS = 16;

  /** How much longer than the read timeout a connection may be idle. */
  private static final long IDLE_MARGIN_MILLIS = 1000;

  private final Server server;
  private final int port;
  private final ThreadPoolExecutor workers;
  private final ServiceConfig config;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicBoolean stopping = new AtomicBoolean();

  private EligibilityService(
      Server server, ServerConnector connector, ThreadPoolExecutor workers, ServiceConfig config) {
    this.server = server;
    this.port = connector.getLocalPort();
    this.workers = workers;
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
    return start(config, null);
  }

  /**
   * Starts a service that also fills clusters from a register: {@code POST /v1/enrich}, and {@code
   * enrich=true} on {@code /v1/eligibility}. The service uses the lookup and does not close it:
   * close it after {@link #stop}.
   *
   * @param config how to run it
   * @param registers the register, or null for none (the routes that need one then answer 501)
   * @return the running service
   * @throws UncheckedIOException if the address cannot be bound
   */
  public static EligibilityService start(ServiceConfig config, RegisterLookup registers) {
    Objects.requireNonNull(config, "config");
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor workers =
        new ThreadPoolExecutor(
            config.threads(),
            config.threads(),
            0,
            TimeUnit.SECONDS,
            config.queue() == 0
                ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(config.queue()),
            task -> {
              Thread thread = new Thread(task, "ptce-worker-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    QueuedThreadPool threads = new QueuedThreadPool(SERVER_THREADS, 4);
    threads.setName("ptce-http");
    threads.setDaemon(true);
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    // Paths are compared as received (raw): "//healthz" or "/v1/samples/..%2Fpom.xml" is no route,
    // a 404 of the
    // service, rather than a 400 page of the server.
    http.setUriCompliance(UriCompliance.UNSAFE);
    http.setHttpCompliance(HttpCompliance.RFC9110);
    http.setRequestHeaderSize(8 * 1024);
    // A second longer than the read timeout, so that a body late by the read timeout is answered
    // 408 by the
    // routes before the idle timeout closes its connection without an answer.
    long idle = config.readTimeout().toMillis() + IDLE_MARGIN_MILLIS;
    http.setIdleTimeout(idle);
    ServerConnector connector = new ServerConnector(server, 1, 2, new HttpConnectionFactory(http));
    connector.setHost(config.host());
    connector.setPort(config.port());
    connector.setIdleTimeout(idle);
    HeaderDeadline deadline = new HeaderDeadline(config.readTimeout());
    connector.addEventListener(deadline);
    server.addConnector(connector);
    server.setErrorHandler(new JsonErrors());
    server.setHandler(
        new GracefulHandler(
            new WriteDeadline(new Routes(config, workers, registers), config.writeTimeout())));
    server.setStopTimeout(0);
    try {
      server.start();
    } catch (Exception e) {
      workers.shutdownNow();
      try {
        server.stop();
      } catch (Exception ignored) {
        // Nothing was started.
      }
      Throwable cause =
          e instanceof java.io.IOException || e instanceof BindException ? e : e.getCause();
      throw new UncheckedIOException(
          "cannot listen on "
              + config.host()
              + ":"
              + config.port()
              + ": "
              + (cause == null ? e.getMessage() : cause.getMessage()),
          cause instanceof java.io.IOException io ? io : new java.io.IOException(e));
    }
    deadline.start(server.getScheduler());
    EligibilityService service = new EligibilityService(server, connector, workers, config);
    config.log().accept("ptce serve: listening on " + service.uri());
    return service;
  }

  /**
   * Closes the connections whose request line and headers are not complete within the read timeout
   * of their first byte (slowloris: a byte every few seconds would never trip the idle timeout).
   * Jetty reads them without a thread; this bounds the sockets and memory they hold. Checked four
   * times per timeout.
   */
  private static final class HeaderDeadline implements Connection.Listener {
    private final long timeoutNanos;

    /** Each open connection, with when its current request started (0 between requests). */
    private final Map<HttpConnection, long[]> open = new ConcurrentHashMap<>();

    HeaderDeadline(Duration timeout) {
      this.timeoutNanos = timeout.toNanos();
    }

    @Override
    public void onOpened(Connection connection) {
      if (connection instanceof HttpConnection http) {
        open.put(http, new long[] {0, -1});
      }
    }

    @Override
    public void onClosed(Connection connection) {
      open.remove(connection);
    }

    void start(Scheduler scheduler) {
      long period = Math.max(50, timeoutNanos / 4_000_000);
      scheduler.schedule(
          new Runnable() {
            @Override
            public void run() {
              sweep();
              scheduler.schedule(this, period, TimeUnit.MILLISECONDS);
            }
          },
          period,
          TimeUnit.MILLISECONDS);
    }

    private void sweep() {
      long now = System.nanoTime();
      for (Map.Entry<HttpConnection, long[]> entry : open.entrySet()) {
        HttpConnection connection = entry.getKey();
        long[] state = entry.getValue();
        boolean inHeaders =
            !connection.getParser().isStart() && connection.getParser().inHeaderState();
        long request = connection.getMessagesIn();
        if (!inHeaders) {
          state[0] = 0;
        } else if (state[0] == 0 || state[1] != request) {
          state[0] = now;
          state[1] = request;
        } else if (now - state[0] > timeoutNanos) {
          connection.getEndPoint().close();
        }
      }
    }
  }

  /**
   * Ends an answer that the client has not read within the write timeout: its connection is closed,
   * which fails the write of the worker and frees it.
   */
  private static final class WriteDeadline extends org.eclipse.jetty.server.Handler.Wrapper {
    private final Duration timeout;

    WriteDeadline(org.eclipse.jetty.server.Handler handler, Duration timeout) {
      super(handler);
      this.timeout = timeout;
    }

    @Override
    public boolean handle(
        org.eclipse.jetty.server.Request request,
        org.eclipse.jetty.server.Response response,
        org.eclipse.jetty.util.Callback callback)
        throws Exception {
      Scheduler.Task task =
          request
              .getComponents()
              .getScheduler()
              .schedule(
                  () -> request.getConnectionMetaData().getConnection().getEndPoint().close(),
                  timeout.toMillis(),
                  TimeUnit.MILLISECONDS);
      return super.handle(
          request, response, org.eclipse.jetty.util.Callback.from(callback, task::cancel));
    }
  }

  /**
   * Returns the port the service listens on (useful with port 0).
   *
   * @return the port
   */
  public int port() {
    return port;
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
   * Stops accepting connections, lets the requests in progress finish for at most the given time,
   * then stops the workers. Calling it again does nothing.
   *
   * @param grace how long the requests in progress may take to finish
   */
  public void stop(Duration grace) {
    if (!stopping.compareAndSet(false, true)) {
      return;
    }
    try {
      server.setStopTimeout(Math.max(0, grace.toMillis()));
      try {
        server.stop();
      } catch (Exception e) {
        config.log().accept("ptce serve: stopping: " + e.getClass().getSimpleName());
      }
      workers.shutdown();
      try {
        if (!workers.awaitTermination(Math.max(1, grace.toMillis()), TimeUnit.MILLISECONDS)) {
          workers.shutdownNow();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        workers.shutdownNow();
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

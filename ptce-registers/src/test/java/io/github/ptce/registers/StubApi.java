package io.github.ptce.registers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.ptce.registers.internal.api.Sleeper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local stand-in for recherche-entreprises.api.gouv.fr: answers {@code /search?q=<identifier>}
 * from scripts of responses per identifier (the last one repeats), and records every request.
 * Public in the module's test-jar, for the command-line and HTTP tests of ptce-examples.
 */
public final class StubApi implements AutoCloseable {
  /** One scripted response. */
  public record Response(int status, String body, Map<String, String> headers, long delayMillis) {
    public static Response ok(String body) {
      return new Response(200, body, Map.of(), 0);
    }

    public static Response status(int status) {
      return new Response(status, "{\"erreur\": \"erreur synthetique\"}", Map.of(), 0);
    }
  }

  /** One recorded request. */
  public record Request(URI uri, String userAgent, String accept) {
    public String q() {
      for (String part : uri.getRawQuery().split("&")) {
        if (part.startsWith("q=")) {
          return part.substring(2);
        }
      }
      return "";
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Map<String, Deque<Response>> scripts = new HashMap<>();
  private final List<Request> requests = new ArrayList<>();

  public StubApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/search", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public synchronized StubApi script(String identifier, Response... responses) {
    scripts.put(identifier, new ArrayDeque<>(List.of(responses)));
    return this;
  }

  public synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  public synchronized long requestsFor(String identifier) {
    return requests.stream().filter(r -> r.q().equals(identifier)).count();
  }

  private void handle(HttpExchange exchange) throws IOException {
    Request request =
        new Request(
            exchange.getRequestURI(),
            exchange.getRequestHeaders().getFirst("User-Agent"),
            exchange.getRequestHeaders().getFirst("Accept"));
    Response response;
    synchronized (this) {
      requests.add(request);
      Deque<Response> script = scripts.get(request.q());
      if (script == null) {
        response = Response.ok(ApiBodies.empty());
      } else {
        response = script.size() > 1 ? script.poll() : script.peek();
      }
    }
    try {
      if (response.delayMillis() > 0) {
        Thread.sleep(response.delayMillis());
      }
      byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      exchange.sendResponseHeaders(response.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (InterruptedException | IOException e) {
      // The client gave up (a time-out test): nothing to answer.
    } finally {
      exchange.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /**
   * Records the waits instead of sleeping them; its clock advances by what it was asked to sleep,
   * so that the rate limiter's spacing is exact and instant.
   */
  static final class RecordingSleeper implements Sleeper {
    private final List<Duration> waits = new ArrayList<>();
    private long nanos = 1_000_000_000L;

    @Override
    public synchronized void sleep(Duration duration) {
      waits.add(duration);
      if (!duration.isNegative()) {
        nanos += duration.toNanos();
      }
    }

    @Override
    public synchronized long nanos() {
      return nanos;
    }

    synchronized List<Duration> waits() {
      return List.copyOf(waits);
    }

    synchronized List<Duration> nonZeroWaits() {
      return waits.stream().filter(d -> !d.isZero() && !d.isNegative()).toList();
    }
  }
}

package io.github.ptce.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.testing.BadInputs;
import io.github.ptce.examples.samples.Sample;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The service stays responsive: {@code /healthz} answers quickly while large bodies are being
 * rejected or sent slowly, while hundreds of clients send their headers a byte at a time
 * (slowloris), and while the workers are busy; a body over the limit gets its 413 (not a connection
 * reset); slow clients are cut off by the read timeout (2 s here) and hold no worker; a saturated
 * pool answers 503 at once instead of making clients wait.
 */
class ServiceUnderLoadTest {
  private static final List<String> LOG = new CopyOnWriteArrayList<>();

  /** A /healthz slower than this, on loopback, means the service is not responsive. */
  private static final long HEALTHZ_MILLIS = 200;

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The read timeout of the services of this test. */
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

  private static ServiceConfig config(int workers, int queue) {
    return ServiceConfig.defaults(0)
        .withPool(workers, queue)
        .withReadTimeout(READ_TIMEOUT)
        .withLog(LOG::add);
  }

  /** Opens connections that send the beginning of a request, and no more. */
  private static List<Socket> slowClients(EligibilityService service, int count, String start)
      throws IOException {
    List<Socket> sockets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Socket socket = new Socket("127.0.0.1", service.port());
      socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
      sockets.add(socket);
    }
    return sockets;
  }

  private static void close(List<Socket> sockets, EligibilityService service) throws IOException {
    for (Socket socket : sockets) {
      socket.close();
    }
    service.stop(Duration.ZERO);
  }

  /** Whether the server closed a socket within the given time (end of stream or reset). */
  private static boolean closedWithin(Socket socket, long millis) throws IOException {
    socket.setSoTimeout((int) millis);
    InputStream in = socket.getInputStream();
    long end = System.nanoTime() + millis * 1_000_000;
    try {
      while (System.nanoTime() < end) {
        if (in.read() < 0) {
          return true;
        }
      }
    } catch (java.net.SocketTimeoutException e) {
      return false;
    } catch (IOException reset) {
      return true;
    }
    return false;
  }

  private static long healthzMillis(EligibilityService service) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(service.uri().resolve("/healthz"))
                .timeout(Duration.ofSeconds(5))
                .build(),
            BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static long percentile(List<Long> values, int percent) {
    long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    return sorted[
        Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
  }

  private static HttpResponse<String> post(EligibilityService service, String path, byte[] body)
      throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(service.uri().resolve(path))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofByteArray(body))
            .build(),
        BodyHandlers.ofString());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void healthzStaysFastWhileLargeBodiesAreRejected() throws Exception {
    EligibilityService service = EligibilityService.start(config(4, 16));
    byte[] big = BadInputs.input("generated:string-20-mb");
    ExecutorService senders = Executors.newFixedThreadPool(2);
    AtomicBoolean running = new AtomicBoolean(true);
    try {
      healthzMillis(service); // warm up
      List<Future<List<Integer>>> results = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        results.add(
            senders.submit(
                () -> {
                  List<Integer> statuses = new ArrayList<>();
                  while (running.get() || statuses.isEmpty()) {
                    statuses.add(post(service, "/v1/validate", big).statusCode());
                  }
                  return statuses;
                }));
      }
      List<Long> latencies = new ArrayList<>();
      long end = System.nanoTime() + 3_000_000_000L;
      while (System.nanoTime() < end) {
        latencies.add(healthzMillis(service));
        Thread.sleep(20);
      }
      running.set(false);
      List<Integer> statuses = new ArrayList<>();
      for (Future<List<Integer>> result : results) {
        statuses.addAll(result.get(30, TimeUnit.SECONDS));
      }
      // Every 20 MB body got its 413: the service read it to its end before answering, so no client
      // saw a reset.
      assertTrue(statuses.size() >= 2, statuses::toString);
      assertTrue(statuses.stream().allMatch(s -> s == 413), statuses::toString);
      assertTrue(percentile(latencies, 95) < HEALTHZ_MILLIS, () -> "p95 of /healthz: " + latencies);
      assertTrue(percentile(latencies, 100) < 1000, () -> "slowest /healthz: " + latencies);
    } finally {
      running.set(false);
      senders.shutdownNow();
      service.stop(Duration.ZERO);
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void healthzStaysFastWhileALargeBodyIsSentSlowly() throws Exception {
    EligibilityService service = EligibilityService.start(config(2, 4));
    try (Socket slow = new Socket("127.0.0.1", service.port())) {
      healthzMillis(service);
      OutputStream out = slow.getOutputStream();
      out.write(
          ("POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  + "Content-Length: 20000000\r\n\r\n{\"name\": \"")
              .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[16 * 1024];
      Arrays.fill(chunk, (byte) 'n');
      List<Long> latencies = new ArrayList<>();
      long start = System.nanoTime();
      boolean closed = false;
      // 16 KB every 50 ms: 20 MB would take a minute; the request time limit (2 s here) ends it
      // first.
      while (System.nanoTime() - start < 6_000_000_000L) {
        try {
          out.write(chunk);
          out.flush();
        } catch (IOException e) {
          closed = true;
          break;
        }
        latencies.add(healthzMillis(service));
        Thread.sleep(50);
      }
      assertTrue(closed, "the slow sender is cut off by the read timeout");
      assertTrue(percentile(latencies, 95) < HEALTHZ_MILLIS, () -> "p95 of /healthz: " + latencies);
      // The worker is free again.
      assertEquals(200, post(service, "/v1/validate", Sample.TETRIS.cluster()).statusCode());
    } finally {
      service.stop(Duration.ZERO);
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void slowlorisClientsHoldNoThreadAndAreCutOff() throws Exception {
    // 200 clients send their request line and headers a byte at a time: no thread waits for them,
    // /healthz and
    // evaluations are answered meanwhile, and each is closed once its headers are late by the read
    // timeout.
    EligibilityService service = EligibilityService.start(config(2, 4));
    healthzMillis(service);
    List<Socket> slow = slowClients(service, 200, "POST /v1/validate");
    try {
      List<Long> latencies = new ArrayList<>();
      long start = System.nanoTime();
      while (System.nanoTime() - start < 1_500_000_000L) {
        for (Socket socket : slow) {
          try {
            socket.getOutputStream().write('a');
          } catch (IOException closed) {
            // cut off already
          }
        }
        latencies.add(healthzMillis(service));
        Thread.sleep(20);
      }
      assertEquals(
          200,
          post(service, "/v1/validate", Sample.TETRIS.cluster()).statusCode(),
          "a worker is free");
      assertTrue(percentile(latencies, 95) < HEALTHZ_MILLIS, () -> "p95 of /healthz: " + latencies);
      // Still sending a byte now and then, yet cut off: the headers did not arrive within the read
      // timeout.
      for (Socket socket : slow) {
        assertTrue(
            closedWithin(socket, 6_000), "a slowloris connection is closed by the header deadline");
      }
    } finally {
      close(slow, service);
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void slowBodiesHoldNoWorkerAndAre408() throws Exception {
    // As many slow bodies as there are workers and queue places, and more: the body is read as it
    // comes, so a
    // valid request is still evaluated at once; each slow body is answered 408 after the read
    // timeout.
    EligibilityService service = EligibilityService.start(config(1, 1));
    List<Socket> slow =
        slowClients(
            service,
            20,
            "POST /v1/validate HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{");
    try {
      List<Long> latencies = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        latencies.add(healthzMillis(service));
        Thread.sleep(20);
      }
      assertTrue(percentile(latencies, 95) < HEALTHZ_MILLIS, () -> "p95 of /healthz: " + latencies);
      assertEquals(
          200,
          post(service, "/v1/validate", Sample.TETRIS.cluster()).statusCode(),
          "the only worker is free");
      for (Socket socket : slow) {
        socket.setSoTimeout(10_000);
        String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
        assertTrue(answer.contains("\"error\": \"request-timeout\""), answer);
      }
    } finally {
      close(slow, service);
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aSaturatedPoolAnswers503AtOnceAndRecovers() throws Exception {
    // The only worker evaluates 5,000 members for a client that does not read the 20 MB answer:
    // other
    // evaluations are answered 503 at once, /healthz is answered by the server's own threads; once
    // the client
    // goes away the worker is free again.
    EligibilityService service = EligibilityService.start(config(1, 0));
    byte[] body = BadInputs.input("generated:members-at-the-limit");
    try (Socket greedy = new Socket("127.0.0.1", service.port())) {
      greedy.setReceiveBufferSize(4096);
      greedy
          .getOutputStream()
          .write(
              ("POST /v1/eligibility?asOf=2026-01-15&scheme=fr.law.2014-856.art9 HTTP/1.1\r\n"
                      + "Host: x\r\nContent-Type: application/json\r\nContent-Length: "
                      + body.length
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      greedy.getOutputStream().write(body);
      greedy.getOutputStream().flush();
      List<Long> busy = new ArrayList<>();
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (busy.size() < 3 && System.nanoTime() < deadline) {
        long start = System.nanoTime();
        HttpResponse<String> response = post(service, "/v1/validate", Sample.TETRIS.cluster());
        if (response.statusCode() == 503) {
          busy.add((System.nanoTime() - start) / 1_000_000);
          assertEquals("1", response.headers().firstValue("Retry-After").orElse(""));
          assertTrue(response.body().contains("\"error\": \"busy\""), response::body);
          assertTrue(
              healthzMillis(service) < HEALTHZ_MILLIS, "the server's threads answer /healthz");
        }
      }
      assertEquals(3, busy.size(), "503 while the only worker is taken");
      assertTrue(percentile(busy, 100) < 1000, () -> "503 answered slowly: " + busy);
    }
    // The client is gone: the write fails, the worker is free.
    int status = 0;
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (status != 200 && System.nanoTime() < deadline) {
      status = post(service, "/v1/validate", Sample.TETRIS.cluster()).statusCode();
      if (status != 200) {
        assertEquals(503, status);
        Thread.sleep(100);
      }
    }
    assertEquals(200, status);
    service.stop(Duration.ZERO);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void theReportOfFiveThousandMembersIsStreamed() throws Exception {
    // The report grows with the members (about 30 KB of JSON each): it is streamed, never held
    // whole.
    EligibilityService service = EligibilityService.start(config(2, 4));
    try {
      byte[] body = BadInputs.input("generated:members-at-the-limit");
      HttpResponse<InputStream> response =
          CLIENT.send(
              HttpRequest.newBuilder(
                      service
                          .uri()
                          .resolve("/v1/eligibility?asOf=2026-01-15&scheme=fr.law.2014-856.art9"))
                  .header("Content-Type", "application/json")
                  .POST(BodyPublishers.ofByteArray(body))
                  .build(),
              BodyHandlers.ofInputStream());
      assertEquals(200, response.statusCode());
      long size = 0;
      try (InputStream in = response.body()) {
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) >= 0) {
          size += n;
        }
      }
      assertTrue(size > 1_000_000, "size " + size);
      assertTrue(response.headers().firstValue("Content-Length").isEmpty(), "chunked");
    } finally {
      service.stop(Duration.ZERO);
    }
    assertTrue(LOG.stream().noneMatch(line -> line.contains("internal error")), LOG::toString);
  }
}

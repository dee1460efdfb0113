package io.github.ptce.registers.internal.api;

import io.github.ptce.core.id.Siren;
import io.github.ptce.core.id.Siret;
import io.github.ptce.registers.LookupBatch;
import io.github.ptce.registers.LookupFailure;
import io.github.ptce.registers.LookupResult;
import io.github.ptce.registers.RegisterException;
import io.github.ptce.registers.RegisterLookup;
import io.github.ptce.registers.RegisterSource;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link RegisterLookup} over the Recherche d'entreprises API: one {@code GET
 * /search?q=<identifier>} per SIREN or SIRET, rate-limited, retried, cached. See {@code
 * RechercheEntreprisesBuilder} for the policy.
 */
public final class RechercheEntreprisesLookup implements RegisterLookup {
  private static final AtomicInteger CLIENTS = new AtomicInteger();

  private final ApiOptions options;
  private final HttpClient http;
  private final ExecutorService workers;
  private final RateLimiter limiter;
  private final ApiAnswers answers;
  private final @Nullable ResponseCache cache;
  private volatile boolean closed;

  /**
   * Builds the client.
   *
   * @param options the checked options
   * @throws RegisterException if the cache directory cannot be used
   */
  public RechercheEntreprisesLookup(ApiOptions options) {
    this.options = options;
    JsonMapper mapper = JsonMapper.builder().build();
    this.cache =
        options.cacheDirectory() == null || options.cacheMaxAge() == null
            ? null
            : new ResponseCache(
                options.cacheDirectory(), options.cacheMaxAge(), options.clock(), mapper);
    this.answers = new ApiAnswers(mapper);
    this.limiter = new RateLimiter(options.requestsPerSecond(), options.sleeper());
    int client = CLIENTS.incrementAndGet();
    AtomicInteger thread = new AtomicInteger();
    ThreadFactory daemons =
        runnable -> {
          Thread t =
              new Thread(runnable, "ptce-registers-api-" + client + "-" + thread.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    this.workers = Executors.newFixedThreadPool(options.concurrency(), daemons);
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(options.connectTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .executor(Executors.newCachedThreadPool(daemons))
            .build();
  }

  @Override
  public LookupBatch lookup(Collection<Siren> sirens, Collection<Siret> sirets) {
    if (closed) {
      throw new IllegalStateException("this Recherche d'entreprises client is closed");
    }
    Set<Siren> wantedSirens = new LinkedHashSet<>(sirens);
    Set<Siret> wantedSirets = new LinkedHashSet<>(sirets);
    Map<Siren, Future<LookupResult>> sirenTasks = new LinkedHashMap<>();
    Map<Siret, Future<LookupResult>> siretTasks = new LinkedHashMap<>();
    List<Future<LookupResult>> all = new ArrayList<>();
    int total = wantedSirens.size() + wantedSirets.size();
    AtomicInteger done = new AtomicInteger();
    for (Siren siren : wantedSirens) {
      Future<LookupResult> task =
          workers.submit(() -> answered(lookup(siren.toString()), done, total));
      sirenTasks.put(siren, task);
      all.add(task);
    }
    for (Siret siret : wantedSirets) {
      Future<LookupResult> task =
          workers.submit(() -> answered(lookup(siret.toString()), done, total));
      siretTasks.put(siret, task);
      all.add(task);
    }
    try {
      Map<Siren, LookupResult> bySiren = new LinkedHashMap<>();
      for (Map.Entry<Siren, Future<LookupResult>> task : sirenTasks.entrySet()) {
        bySiren.put(task.getKey(), await(task.getValue()));
      }
      Map<Siret, LookupResult> bySiret = new LinkedHashMap<>();
      for (Map.Entry<Siret, Future<LookupResult>> task : siretTasks.entrySet()) {
        bySiret.put(task.getKey(), await(task.getValue()));
      }
      return new LookupBatch(bySiren, bySiret);
    } finally {
      // After a fatal error (the API unreachable), the identifiers still queued are not sent.
      all.forEach(task -> task.cancel(true));
    }
  }

  private LookupResult answered(LookupResult result, AtomicInteger done, int total) {
    options.progress().answered(done.incrementAndGet(), total);
    return result;
  }

  private static LookupResult await(Future<LookupResult> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException(
          "interrupted while waiting for the Recherche d'entreprises API");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** One identifier: the cache, or the API with its retries. */
  private LookupResult lookup(String identifier) throws InterruptedException {
    URI uri = uri(identifier);
    if (cache != null) {
      Optional<ResponseCache.Entry> kept = cache.read(identifier);
      if (kept.isPresent()) {
        RegisterSource source =
            RegisterSource.apiCall(kept.get().uri(), kept.get().retrievedAt(), true);
        try {
          return answers.read(identifier, kept.get().body(), source);
        } catch (ApiAnswers.MalformedAnswer e) {
          // Not what this version wrote: ask the API again.
        }
      }
    }
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(options.requestTimeout())
            .header("Accept", "application/json")
            .header("User-Agent", options.userAgent())
            .GET()
            .build();
    Duration backoff = options.backoff();
    int attempt = 0;
    while (true) {
      attempt++;
      boolean last = attempt >= options.maxAttempts();
      limiter.acquire();
      HttpResponse<String> response;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (HttpConnectTimeoutException | ConnectException e) {
        if (last) {
          throw offline(e);
        }
        backoff = pause(backoff);
        continue;
      } catch (HttpTimeoutException e) {
        if (last) {
          return failed(
              identifier,
              uri,
              "register.api.timeout",
              Map.of(
                  "identifier",
                  identifier,
                  "seconds",
                  Long.toString(options.requestTimeout().toSeconds()),
                  "attempts",
                  Integer.toString(attempt)));
        }
        backoff = pause(backoff);
        continue;
      } catch (IOException e) {
        // A dropped connection, a refused TLS handshake: the API cannot be reached.
        if (last) {
          throw offline(e);
        }
        backoff = pause(backoff);
        continue;
      }
      Instant received = options.clock().instant();
      int status = response.statusCode();
      if (status == 200) {
        RegisterSource source = RegisterSource.apiCall(uri, received, false);
        try {
          LookupResult result = answers.read(identifier, response.body(), source);
          if (cache != null) {
            cache.write(identifier, new ResponseCache.Entry(uri, received, response.body()));
          }
          return result;
        } catch (ApiAnswers.MalformedAnswer e) {
          return failed(
              identifier,
              uri,
              "register.api.malformed",
              Map.of("identifier", identifier, "detail", e.getMessage()));
        }
      }
      if (status == 429) {
        Duration wait = retryAfter(response.headers(), received).orElse(null);
        if (wait != null && wait.compareTo(options.maxRetryAfter()) > 0) {
          return failed(
              identifier,
              uri,
              "register.api.rateLimited",
              Map.of(
                  "seconds",
                  Long.toString(wait.toSeconds()),
                  "maximum",
                  Long.toString(options.maxRetryAfter().toSeconds())));
        }
        if (last) {
          return failed(
              identifier,
              uri,
              "register.api.status",
              Map.of(
                  "identifier",
                  identifier,
                  "status",
                  "429",
                  "attempts",
                  Integer.toString(attempt)));
        }
        if (wait == null) {
          backoff = pause(backoff);
        } else {
          // Every request of this client waits, not only this one: the limit is per IP address.
          limiter.pause(wait);
        }
        continue;
      }
      if (status >= 500) {
        if (last) {
          return failed(
              identifier,
              uri,
              "register.api.status",
              Map.of(
                  "identifier",
                  identifier,
                  "status",
                  Integer.toString(status),
                  "attempts",
                  Integer.toString(attempt)));
        }
        backoff = pause(backoff);
        continue;
      }
      if (status == 400) {
        return failed(
            identifier,
            uri,
            "register.api.badRequest",
            Map.of(
                "identifier", identifier, "status", "400", "detail", errorText(response.body())));
      }
      return failed(
          identifier,
          uri,
          "register.api.status",
          Map.of(
              "identifier",
              identifier,
              "status",
              Integer.toString(status),
              "attempts",
              Integer.toString(attempt)));
    }
  }

  private URI uri(String identifier) {
    String base = options.baseUri().toString();
    String path = base.endsWith("/") ? base + "search" : base + "/search";
    // The direct lookup: a bare 9 or 14 digits (registers.md § 2.2); only the fields read are asked
    // for.
    String include =
        identifier.length() == 14
            ? "siege,complements,matching_etablissements"
            : "siege,complements";
    return URI.create(
        path + "?q=" + identifier + "&minimal=true&include=" + include + "&page=1&per_page=1");
  }

  /**
   * Waits the back-off with jitter (between half and all of it) and returns the next, doubled and
   * capped.
   */
  private Duration pause(Duration backoff) throws InterruptedException {
    long half = backoff.toMillis() / 2;
    long wait = half + (long) (options.random().nextDouble() * (backoff.toMillis() - half + 1));
    options.sleeper().sleep(Duration.ofMillis(wait));
    Duration next = backoff.multipliedBy(2);
    return next.compareTo(options.maxBackoff()) > 0 ? options.maxBackoff() : next;
  }

  /** {@code Retry-After}: a number of seconds or an HTTP date (RFC 9110 § 10.2.3). */
  static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
    Optional<String> value = headers.firstValue("Retry-After").map(String::strip);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String text = value.get();
    if (text.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private String errorText(String body) {
    try {
      var node = JsonMapper.shared().readTree(body);
      var error = node == null ? null : node.get("erreur");
      if (error != null && error.isString()) {
        String text = error.stringValue();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
      }
    } catch (RuntimeException e) {
      // Not JSON: say so below.
    }
    return "-";
  }

  private LookupResult failed(
      String identifier, URI uri, String code, Map<String, String> arguments) {
    return LookupResult.failed(
        identifier,
        RegisterSource.apiCall(uri, options.clock().instant(), false),
        new LookupFailure(code, arguments));
  }

  private RegisterException offline(Exception e) {
    String detail =
        e.getMessage() == null
            ? e.getClass().getSimpleName()
            : e.getClass().getSimpleName() + ": " + e.getMessage();
    return new RegisterException(
        "register.api.offline", Map.of("uri", options.baseUri().toString(), "detail", detail), e);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    workers.shutdownNow();
    if (http.executor().orElse(null) instanceof ExecutorService executor) {
      executor.shutdownNow();
    }
  }

  @Override
  public String toString() {
    return "RechercheEntreprisesLookup[" + options.baseUri() + "]";
  }
}

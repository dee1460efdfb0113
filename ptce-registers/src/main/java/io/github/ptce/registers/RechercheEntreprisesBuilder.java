package io.github.ptce.registers;

import io.github.ptce.registers.internal.api.ApiOptions;
import io.github.ptce.registers.internal.api.RechercheEntreprisesLookup;
import io.github.ptce.registers.internal.api.Sleeper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Options of a client of the Recherche d'entreprises API (recherche-entreprises.api.gouv.fr: free,
 * no key); {@link #build()} builds it.
 *
 * <p>Each SIREN or SIRET is one {@code GET /search?q=<9 or 14 digits>}: the API's direct lookup,
 * which ignores every other filter (registers.md § 2.2). The client keeps to the API's published
 * limits and asks for no more than it needs:
 *
 * <ul>
 *   <li>at most {@linkplain #requestsPerSecond(double) 7 requests per second} (the API's limit per
 *       IP address), spaced evenly, whatever the number of {@linkplain #concurrency(int) parallel
 *       requests};
 *   <li>an answer 429 waits the {@code Retry-After} it gives (seconds or an HTTP date), up to
 *       {@linkplain #maxRetryAfter(Duration) a maximum}, and slows every request of the client
 *       meanwhile;
 *   <li>an answer 5xx, a time-out or a dropped connection is tried again after a bounded
 *       exponential back-off with jitter, up to {@linkplain #maxAttempts(int) a number of
 *       attempts};
 *   <li>an explicit {@code User-Agent}, as the API asks.
 * </ul>
 *
 * <p>An identifier that keeps failing is a {@link LookupStatus#FAILED} result with its reason; an
 * API that cannot be reached at all (no network, a wrong {@linkplain #baseUri(URI) base URI}) fails
 * the batch with a {@link RegisterException} {@code register.api.offline}. A body that is not the
 * documented JSON is a failed result ({@code register.api.malformed}), never a crash.
 *
 * <p><b>Cache.</b> With {@link #cache(Path, Duration)}, every answer (found or not) is kept in the
 * directory, one file per identifier ({@code <siren>.json} or {@code <siret>.json}: the URI called,
 * the instant of the call and the body as received), and reused until it is older than the maximum
 * age; facts read from it cite the original call ({@link RegisterSource#fromCache()}). Delete a
 * file, or the directory, to forget it.
 *
 * <p>A builder is not thread-safe; the client it builds is.
 */
public final class RechercheEntreprisesBuilder {
  /** The production server of the API (its OpenAPI {@code servers}). */
  public static final URI DEFAULT_BASE_URI =
      URI.create("https://recherche-entreprises.api.gouv.fr");

  private URI baseUri = DEFAULT_BASE_URI;
  private double requestsPerSecond = 7;
  private int concurrency = 2;
  private Duration connectTimeout = Duration.ofSeconds(5);
  private Duration requestTimeout = Duration.ofSeconds(15);
  private int maxAttempts = 4;
  private Duration backoff = Duration.ofMillis(500);
  private Duration maxBackoff = Duration.ofSeconds(8);
  private Duration maxRetryAfter = Duration.ofSeconds(60);
  private String userAgent = "ptce-registers (https://github.com/ptce/ptce)";
  private @Nullable Path cacheDirectory;
  private @Nullable Duration cacheMaxAge;
  private Clock clock = Clock.systemUTC();
  private Sleeper sleeper = Sleeper.SYSTEM;
  private @Nullable Random random;
  private LookupProgress progress = (done, total) -> {};

  RechercheEntreprisesBuilder() {}

  /**
   * Sets the base URI, for a self-hosted copy of the API or a test server.
   *
   * @param uri an {@code http} or {@code https} URI; {@code /search} is appended to its path
   * @return this builder
   * @throws IllegalArgumentException for another scheme
   */
  public RechercheEntreprisesBuilder baseUri(URI uri) {
    String scheme = Objects.requireNonNull(uri, "uri").getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      throw new IllegalArgumentException("baseUri must be http or https, was " + uri);
    }
    this.baseUri = uri;
    return this;
  }

  /**
   * Sets the most requests per second; the default, 7, is the API's limit per IP address (a
   * self-hosted copy may allow more). A cloud address may also meet the API's limit of 30 per
   * second for its whole network.
   *
   * @param rate more than 0 and at most 1,000
   * @return this builder
   * @throws IllegalArgumentException if out of range
   */
  public RechercheEntreprisesBuilder requestsPerSecond(double rate) {
    if (!(rate > 0 && rate <= 1000)) {
      throw new IllegalArgumentException(
          "requestsPerSecond must be more than 0 and at most 1000, was " + rate);
    }
    this.requestsPerSecond = rate;
    return this;
  }

  /**
   * Sets how many requests may wait for an answer at once (the rate stays bounded). The default is
   * 2.
   *
   * @param requests from 1 to 16
   * @return this builder
   * @throws IllegalArgumentException if out of range
   */
  public RechercheEntreprisesBuilder concurrency(int requests) {
    if (requests < 1 || requests > 16) {
      throw new IllegalArgumentException("concurrency must be from 1 to 16, was " + requests);
    }
    this.concurrency = requests;
    return this;
  }

  /**
   * Sets the time to open a connection; the default is 5 s.
   *
   * @param timeout positive
   * @return this builder
   */
  public RechercheEntreprisesBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return this;
  }

  /**
   * Sets the time to wait for an answer once a request is sent; the default is 15 s.
   *
   * @param timeout positive
   * @return this builder
   */
  public RechercheEntreprisesBuilder requestTimeout(Duration timeout) {
    this.requestTimeout = positive(timeout, "requestTimeout");
    return this;
  }

  /**
   * Sets how many times one identifier is tried (time-outs, 5xx, 429, dropped connections); the
   * default is 4.
   *
   * @param attempts from 1 to 10
   * @return this builder
   * @throws IllegalArgumentException if out of range
   */
  public RechercheEntreprisesBuilder maxAttempts(int attempts) {
    if (attempts < 1 || attempts > 10) {
      throw new IllegalArgumentException("maxAttempts must be from 1 to 10, was " + attempts);
    }
    this.maxAttempts = attempts;
    return this;
  }

  /**
   * Sets the back-off before trying again: the first wait is between half of {@code first} and
   * {@code first}, then it doubles, never more than {@code maximum}. The defaults are 500 ms and 8
   * s.
   *
   * @param first the first wait, positive
   * @param maximum the longest wait, at least {@code first}
   * @return this builder
   * @throws IllegalArgumentException if {@code maximum} is shorter than {@code first}
   */
  public RechercheEntreprisesBuilder backoff(Duration first, Duration maximum) {
    positive(first, "first");
    positive(maximum, "maximum");
    if (maximum.compareTo(first) < 0) {
      throw new IllegalArgumentException(
          "maximum back-off " + maximum + " is shorter than the first " + first);
    }
    this.backoff = first;
    this.maxBackoff = maximum;
    return this;
  }

  /**
   * Sets the longest {@code Retry-After} the client waits; a longer one fails the identifier with
   * {@code register.api.rateLimited}. The default is 60 s.
   *
   * @param maximum zero or positive
   * @return this builder
   */
  public RechercheEntreprisesBuilder maxRetryAfter(Duration maximum) {
    if (Objects.requireNonNull(maximum, "maximum").isNegative()) {
      throw new IllegalArgumentException("maxRetryAfter is negative: " + maximum);
    }
    this.maxRetryAfter = maximum;
    return this;
  }

  /**
   * Sets the {@code User-Agent} header; the API asks for an explicit, descriptive one. Name your
   * application.
   *
   * @param userAgent printable ASCII, not blank
   * @return this builder
   * @throws IllegalArgumentException if blank or not printable ASCII
   */
  public RechercheEntreprisesBuilder userAgent(String userAgent) {
    if (Objects.requireNonNull(userAgent, "userAgent").isBlank()
        || !userAgent.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException(
          "userAgent must be printable ASCII and not blank: " + userAgent);
    }
    this.userAgent = userAgent;
    return this;
  }

  /**
   * Keeps every answer in a directory and reuses it while it is younger than {@code maxAge}.
   *
   * @param directory an existing, writable directory
   * @param maxAge how long an answer is reused, positive
   * @return this builder
   */
  public RechercheEntreprisesBuilder cache(Path directory, Duration maxAge) {
    this.cacheDirectory = Objects.requireNonNull(directory, "directory");
    this.cacheMaxAge = positive(maxAge, "maxAge");
    return this;
  }

  /**
   * Sets the clock that dates calls and ages cached answers; the default is the system clock in
   * UTC.
   *
   * @param clock the clock
   * @return this builder
   */
  public RechercheEntreprisesBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * Sets what is told, after each identifier answered, how far a batch has gone (a progress bar);
   * by default nothing is.
   *
   * @param listener called from the client's threads
   * @return this builder
   */
  public RechercheEntreprisesBuilder progress(LookupProgress listener) {
    this.progress = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /**
   * For tests: how the client waits, so that a test can record the waits instead of sleeping them.
   */
  RechercheEntreprisesBuilder sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return this;
  }

  /** For tests: the jitter's random numbers. */
  RechercheEntreprisesBuilder random(Random random) {
    this.random = Objects.requireNonNull(random, "random");
    return this;
  }

  private static Duration positive(Duration duration, String name) {
    if (Objects.requireNonNull(duration, name).isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
    return duration;
  }

  /**
   * Builds the client; nothing is sent until a lookup.
   *
   * @return the client, to be closed
   * @throws RegisterException {@code register.api.cache} if the cache directory cannot be used
   */
  public RegisterLookup build() {
    return new RechercheEntreprisesLookup(
        new ApiOptions(
            baseUri,
            requestsPerSecond,
            concurrency,
            connectTimeout,
            requestTimeout,
            maxAttempts,
            backoff,
            maxBackoff,
            maxRetryAfter,
            userAgent,
            cacheDirectory,
            cacheMaxAge,
            clock,
            sleeper,
            random == null ? new Random() : random,
            progress));
  }
}

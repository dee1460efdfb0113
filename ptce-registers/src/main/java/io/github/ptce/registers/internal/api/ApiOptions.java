package io.github.ptce.registers.internal.api;

import io.github.ptce.registers.LookupProgress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The options of an API client, as the builder checked them.
 *
 * @param baseUri the server
 * @param requestsPerSecond the most requests per second
 * @param concurrency the most requests waiting at once
 * @param connectTimeout the time to connect
 * @param requestTimeout the time to answer
 * @param maxAttempts the tries per identifier
 * @param backoff the first back-off
 * @param maxBackoff the longest back-off
 * @param maxRetryAfter the longest Retry-After waited
 * @param userAgent the User-Agent header
 * @param cacheDirectory the cache, or null
 * @param cacheMaxAge how long a cached answer is reused, or null
 * @param clock dates calls
 * @param sleeper waits
 * @param random jitter
 * @param progress told after each identifier answered
 */
public record ApiOptions(
    URI baseUri,
    double requestsPerSecond,
    int concurrency,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxAttempts,
    Duration backoff,
    Duration maxBackoff,
    Duration maxRetryAfter,
    String userAgent,
    @Nullable Path cacheDirectory,
    @Nullable Duration cacheMaxAge,
    Clock clock,
    Sleeper sleeper,
    Random random,
    LookupProgress progress) {}

package io.github.ptce.registers.internal.api;

import io.github.ptce.registers.RegisterException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers of the API kept on disk: one file per identifier, {@code <siren or siret>.json}, holding
 * {@code {"format": "ptce-registers-cache/1", "uri": …, "retrievedAt": …, "body": "<the body as
 * received>"}}.
 *
 * <p>A file is written to a temporary name and moved into place, so a reader never sees half of it.
 * A file that cannot be read as this format is ignored (and replaced by the next answer): the cache
 * may lose an answer, never give a wrong one. Thread-safe.
 */
final class ResponseCache {
  static final String FORMAT = "ptce-registers-cache/1";

  private final Path directory;
  private final Duration maxAge;
  private final Clock clock;
  private final JsonMapper mapper;

  /**
   * An answer read from the cache.
   *
   * @param uri the URI that was called
   * @param retrievedAt when it answered
   * @param body the body as received
   */
  record Entry(URI uri, Instant retrievedAt, String body) {}

  ResponseCache(Path directory, Duration maxAge, Clock clock, JsonMapper mapper) {
    if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
      throw new RegisterException(
          "register.api.cache",
          Map.of(
              "directory",
              directory.toString(),
              "detail",
              Files.exists(directory) ? "not a writable directory" : "no such directory"),
          null);
    }
    this.directory = directory;
    this.maxAge = maxAge;
    this.clock = clock;
    this.mapper = mapper;
  }

  /**
   * Returns the kept answer for an identifier if it is young enough.
   *
   * @param identifier 9 or 14 digits
   * @return the answer, or empty when absent, too old or unreadable
   */
  Optional<Entry> read(String identifier) {
    Path file = directory.resolve(identifier + ".json");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode root = mapper.readTree(Files.readString(file, StandardCharsets.UTF_8));
      if (!FORMAT.equals(text(root, "format"))) {
        return Optional.empty();
      }
      String uri = text(root, "uri");
      String retrieved = text(root, "retrievedAt");
      String body = text(root, "body");
      if (uri == null || retrieved == null || body == null) {
        return Optional.empty();
      }
      Instant retrievedAt = Instant.parse(retrieved);
      if (Duration.between(retrievedAt, clock.instant()).compareTo(maxAge) > 0) {
        return Optional.empty();
      }
      return Optional.of(new Entry(URI.create(uri), retrievedAt, body));
    } catch (IOException | JacksonException | DateTimeParseException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static @Nullable String text(JsonNode root, String name) {
    JsonNode node = root.get(name);
    return node != null && node.isString() ? node.stringValue() : null;
  }

  /**
   * Keeps an answer. A failure to write is not an error of the lookup: the answer is simply not
   * kept.
   *
   * @param identifier 9 or 14 digits
   * @param entry the answer
   */
  void write(String identifier, Entry entry) {
    ObjectNode root = mapper.createObjectNode();
    root.put("format", FORMAT);
    root.put("uri", entry.uri().toString());
    root.put("retrievedAt", entry.retrievedAt().toString());
    root.put("body", entry.body());
    Path target = directory.resolve(identifier + ".json");
    Path temporary = null;
    try {
      temporary = Files.createTempFile(directory, identifier + ".", ".tmp");
      Files.writeString(temporary, mapper.writeValueAsString(root), StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | JacksonException e) {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // The temporary name is never read back; leaving it costs a few kilobytes.
        }
      }
    }
  }
}

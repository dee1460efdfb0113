package io.github.ptce.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A generated file committed with the sources, compared with what the code generates now: a stale
 * file fails the test, and a deliberate change is recorded by running the tests with a system
 * property set to {@code true}, then reviewed in the diff like code.
 *
 * <p>Stateless and thread-safe.
 */
public final class GoldenFile {
  /** The system property that writes the case digests: {@value}. */
  public static final String UPDATE_DIGESTS = "ptce.golden.update";

  /** The system property that writes generated documentation: {@value}. */
  public static final String UPDATE_DOCS = "ptce.docs.update";

  private GoldenFile() {}

  /**
   * Compares a committed file with its expected content, after writing it when the system property
   * is true.
   *
   * @param file the committed file, from the module directory (e.g. {@code
   *     src/test/resources/golden/x.txt})
   * @param expected what the code generates now
   * @param updateProperty the system property that writes the file, e.g. {@value #UPDATE_DIGESTS}
   * @throws AssertionError if the file is missing or differs, naming the property that records the
   *     change
   * @throws UncheckedIOException if the file cannot be read or written
   */
  public static void check(Path file, String expected, String updateProperty) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(updateProperty, "updateProperty");
    try {
      if (Boolean.getBoolean(updateProperty)) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(file, expected, StandardCharsets.UTF_8);
      }
      String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
      assertEquals(
          committed,
          expected,
          file + " differs: review the change, then record it with -D" + updateProperty + "=true");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write " + file, e);
    }
  }
}

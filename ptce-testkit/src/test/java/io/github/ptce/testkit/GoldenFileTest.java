package io.github.ptce.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated file is compared with the committed one, and written only when asked. */
class GoldenFileTest {
  static final String PROPERTY = "ptce.testkit.test.update";

  @TempDir Path dir;

  @Test
  void aStaleOrMissingFileFailsAndNamesThePropertyThatRecordsTheChange() throws IOException {
    Path file = dir.resolve("golden/page.md");
    AssertionError missing =
        assertThrows(AssertionError.class, () -> GoldenFile.check(file, "new\n", PROPERTY));
    assertTrue(
        missing
            .getMessage()
            .startsWith(
                file + " differs: review the change, then record it with -D" + PROPERTY + "=true"),
        missing.getMessage());
    Files.createDirectories(file.getParent());
    Files.writeString(file, "old\n", StandardCharsets.UTF_8);
    assertThrows(AssertionError.class, () -> GoldenFile.check(file, "new\n", PROPERTY));
    assertEquals("old\n", Files.readString(file), "a check never writes without the property");
    GoldenFile.check(file, "old\n", PROPERTY);
  }

  @Test
  void thePropertyWritesTheFile() throws IOException {
    Path file = dir.resolve("deeper/golden/page.md");
    System.setProperty(PROPERTY, "true");
    try {
      GoldenFile.check(file, "new\n", PROPERTY);
    } finally {
      System.clearProperty(PROPERTY);
    }
    assertEquals("new\n", Files.readString(file, StandardCharsets.UTF_8));
    GoldenFile.check(file, "new\n", PROPERTY);
  }
}

package io.github.ptce.consumer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ptce.consumer.Consumer.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The command-line tool, from its jar and its dependencies' (not the shaded jar), on both paths.
 */
class CliConsumerTest {
  @ParameterizedTest
  @EnumSource(Mode.class)
  void checkASample(Mode mode) {
    // The sample holds only published facts: undetermined, exit code 2 (README, "Run it").
    String output =
        Consumer.run(
            mode,
            Consumer.TOOL,
            "io.github.ptce.examples/io.github.ptce.examples.cli.Main",
            2,
            "check",
            "--sample",
            "tetris",
            "--lang",
            "en");
    assertTrue(output.contains("SCIC TETRIS"), output);
    assertTrue(output.contains("Undetermined") || output.contains("UNDETERMINED"), output);
    // Standard output and error together: no library announces itself (Hibernate Validator's
    // version line).
    assertFalse(output.contains("HV000001"), output);
  }

  /**
   * The shaded jar that {@code ./ptce} runs: every library it needs is inside (a dependency scope
   * once left Jackson's databind out of it), and no library announces itself on standard error.
   */
  @Test
  void theShadedJarChecksASample() {
    Path jar = Path.of(System.getProperty("ptce.consumer.shadedJar", "")).normalize();
    assumeTrue(
        Files.isRegularFile(jar),
        "the tool's jar is built by ./mvnw verify (package), not by test");
    String output =
        Consumer.run(
            Mode.CLASS_PATH,
            List.of(jar),
            "io.github.ptce.examples.cli.Main",
            2,
            "check",
            "--sample",
            "tetris",
            "--lang",
            "en");
    assertTrue(output.contains("SCIC TETRIS"), output);
    assertFalse(output.contains("HV000001"), output);
  }
}

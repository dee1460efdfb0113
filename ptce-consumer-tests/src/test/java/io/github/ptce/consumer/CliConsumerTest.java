package io.github.ptce.consumer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.consumer.Consumer.Mode;
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
  }
}

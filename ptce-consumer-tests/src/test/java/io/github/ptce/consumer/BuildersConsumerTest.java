package io.github.ptce.consumer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.consumer.Consumer.Mode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A cluster made with the builders only (src/test/consumers/builders), evaluated by the standard
 * engine; an invalid one, made the same way, refused with InvalidInputException and its violations.
 */
class BuildersConsumerTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aBuiltClusterIsEvaluatedAndAnInvalidOneRefused(Mode mode) throws IOException {
    Path classes = dir.resolve("classes");
    Consumer.compile(
        Path.of("src", "test", "consumers", "builders"), classes, mode, Consumer.LIBRARY);
    String output =
        Consumer.run(
            classes, mode, Consumer.LIBRARY, "org.example.builders/org.example.builders.Main");

    assertTrue(
        Pattern.compile("^built: (ELIGIBLE|NOT_ELIGIBLE|UNDETERMINED) — \\S", Pattern.MULTILINE)
            .matcher(output)
            .find(),
        output);
    assertTrue(output.contains("invalid: $.cluster.name constraint.notBlank — "), output);
    assertTrue(output.contains("invalid: $.cluster.perimeter.communes commune.unknown"), output);
    assertFalse(output.contains("invalid: evaluated"), output);
    assertFalse(output.contains("WARNING"), output);
  }
}

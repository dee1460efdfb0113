package io.github.ptce.consumer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.consumer.Consumer.Mode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A scheme of one's own (src/test/consumers/scheme): registered in META-INF/services on the class
 * path and by {@code provides} on the module path, with its messages in a package its module
 * neither exports nor opens; the standard engine evaluates it, in English and in French.
 */
class SchemeConsumerTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Mode.class)
  void theStandardEngineEvaluatesAnOutsideSchemeInBothLanguages(Mode mode) throws IOException {
    Path classes = dir.resolve("classes");
    Consumer.compile(
        Path.of("src", "test", "consumers", "scheme"), classes, mode, Consumer.LIBRARY);
    String output =
        Consumer.run(classes, mode, Consumer.LIBRARY, "org.example.scheme/org.example.scheme.Main");

    assertTrue(output.contains("load problems: 0"), output);
    assertTrue(output.contains("outcome: ELIGIBLE"), output);
    assertTrue(output.contains("title en: Grant of the local fund (fictitious)"), output);
    assertTrue(output.contains("title fr: Aide du fonds local (fictive)"), output);
    assertTrue(output.contains("The cluster counts 2 members: enough for the local fund."), output);
    assertTrue(output.contains("Le pôle compte 2 membres"), output);
    assertTrue(output.contains("assez pour le fonds local."), output);
    assertFalse(
        output.contains("org.example.local.fund.members.met"),
        "no key left untranslated: " + output);
    assertFalse(output.contains("WARNING"), output);
  }
}

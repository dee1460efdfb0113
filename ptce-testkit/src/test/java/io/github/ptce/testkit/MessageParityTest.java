package io.github.ptce.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.rules.SchemeCatalog;
import java.lang.invoke.MethodHandles;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parity check finds every key, blank text and placeholder out of step, and nothing in files in
 * step.
 */
class MessageParityTest {
  static final MessageBundle GOOD = MessageBundle.load(MethodHandles.lookup(), "parity/good");
  static final MessageBundle BAD = MessageBundle.load(MethodHandles.lookup(), "parity/bad");

  @Test
  void filesInStepHaveNoProblem() {
    assertEquals(List.of(), MessageParity.problems(List.of(GOOD)));
    MessageParity.check(List.of(GOOD));
  }

  @Test
  void everyProblemOfAFileIsListed() {
    String base = "io/github/ptce/testkit/parity/bad";
    assertEquals(
        List.of(
            base + ": not in French: [onlyInEnglish]",
            base + ": not in English: [onlyInFrench]",
            base + ": empty English text for blank",
            base + ": empty French text for both",
            base + ": placeholders has the placeholders [name] in English and [nom] in French"),
        MessageParity.problems(List.of(BAD)));
    AssertionError error =
        assertThrows(AssertionError.class, () -> MessageParity.check(List.of(GOOD, BAD)));
    assertTrue(
        error
            .getMessage()
            .startsWith("5 problem(s) of French and English texts:\n" + base + ": not in French"),
        error.getMessage());
  }

  @Test
  void theTextsOfTheBundledSchemesAreInStepAndNoSchemesIsAnError() {
    assertEquals(List.of(), MessageParity.schemeProblems(SchemeCatalog.standard().all()));
    assertThrows(AssertionError.class, () -> MessageParity.checkSchemes(List.of()));
  }
}

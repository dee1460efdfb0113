package io.github.ptce.rules.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.Evaluation;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.MissingFact;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.SourceStatus;
import io.github.ptce.rules.Validity;
import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The messages a criterion builds from its reason and its arguments (name, value pairs), with the
 * texts of the renderer tests' schemes (synthetic).
 */
class BaseCriterionTest {
  static final MessageBundle BUNDLE =
      MessageBundle.load(
          MethodHandles.lookup(), "/io/github/ptce/rules/render/testschemes/messages");
  static final String ID = "test.region93.support.carrier";

  static final class Criterion extends BaseCriterion {
    Criterion() {
      super(
          ID,
          CriterionKind.AUTOMATED,
          LegalBasis.builder()
              .text("Délibération régionale de test n° 1")
              .article("Art. 2")
              .versionDate(LocalDate.of(2025, 1, 1))
              .url("https://example.org/deliberation")
              .publisher("Région de test")
              .primary(true)
              .status(SourceStatus.CONFIRMED)
              .build(),
          Validity.from(LocalDate.of(2025, 1, 1)),
          BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      throw new UnsupportedOperationException("only its messages are tested");
    }

    Message text(String reason, String... namesAndValues) {
      return message(reason, namesAndValues);
    }

    MissingFact missing(String path, String reason, String... namesAndValues) {
      return fact(path, reason, namesAndValues);
    }

    CriterionResult.Builder start(Outcome outcome, String reason, String... namesAndValues) {
      return result(outcome, reason, namesAndValues);
    }
  }

  static final Criterion CRITERION = new Criterion();

  @Test
  void everyNumberOfArgumentsIsKept() {
    for (int pairs = 0; pairs <= 8; pairs++) {
      String[] namesAndValues = new String[pairs * 2];
      Map<String, String> expected = new HashMap<>();
      for (int i = 0; i < pairs; i++) {
        namesAndValues[2 * i] = "n" + i;
        namesAndValues[2 * i + 1] = "v" + i;
        expected.put("n" + i, "v" + i);
      }
      Message message = CRITERION.text("met", namesAndValues);
      assertEquals(ID + ".met", message.key());
      assertEquals(expected, message.arguments(), pairs + " pairs");
    }
  }

  @Test
  void aNameGivenTwiceKeepsItsLastValue() {
    assertEquals(
        Map.of("name", "second"),
        CRITERION.text("met", "name", "first", "name", "second").arguments());
    assertEquals(
        Map.of("name", "third", "date", "2025-01-01"),
        CRITERION.text("met", "name", "first", "date", "2025-01-01", "name", "third").arguments());
  }

  @Test
  void theArgumentsComeInPairs() {
    assertThrows(IllegalArgumentException.class, () -> CRITERION.text("met", "name"));
  }

  @Test
  void anUnknownReasonNamesTheMissingKey() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CRITERION.text("noSuchReason"));
    assertTrue(e.getMessage().contains("'" + ID + ".noSuchReason'"), e.getMessage());
  }

  @Test
  void factsAndResultsUseTheSameMessages() {
    MissingFact fact = CRITERION.missing("$.members", "fact");
    assertEquals("$.members", fact.path());
    assertEquals(ID + ".fact", fact.description().key());
    CriterionResult result =
        CRITERION.start(Outcome.MET, "met", "name", "Association (synthétique)").build();
    assertEquals(Outcome.MET, result.outcome());
    assertEquals(Map.of("name", "Association (synthétique)"), result.reason().arguments());
  }

  @Test
  void itShowsAsItsId() {
    assertEquals(ID, CRITERION.toString());
    assertEquals(ID + ".title", CRITERION.title().key());
  }
}

package io.github.ptce.rules;

import static io.github.ptce.rules.Outcome.MET;
import static io.github.ptce.rules.Outcome.NOT_APPLICABLE;
import static io.github.ptce.rules.Outcome.NOT_MET;
import static io.github.ptce.rules.Outcome.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class OutcomeTest {

  @Test
  void allOfIsKleeneConjunctionIgnoringNotApplicable() {
    assertEquals(MET, Outcome.allOf(List.of(MET, MET)));
    assertEquals(NOT_MET, Outcome.allOf(List.of(MET, NOT_MET)));
    assertEquals(
        NOT_MET,
        Outcome.allOf(List.of(UNKNOWN, NOT_MET)),
        "one failure decides even with an unknown");
    assertEquals(UNKNOWN, Outcome.allOf(List.of(MET, UNKNOWN)), "an unknown is never a silent yes");
    assertEquals(MET, Outcome.allOf(List.of(MET, NOT_APPLICABLE)));
    assertEquals(UNKNOWN, Outcome.allOf(List.of(NOT_APPLICABLE, UNKNOWN)));
    assertEquals(NOT_APPLICABLE, Outcome.allOf(List.of(NOT_APPLICABLE, NOT_APPLICABLE)));
    assertEquals(NOT_APPLICABLE, Outcome.allOf(List.of()));
  }

  @Test
  void anyOfIsKleeneDisjunctionIgnoringNotApplicable() {
    assertEquals(MET, Outcome.anyOf(List.of(NOT_MET, MET)));
    assertEquals(
        MET, Outcome.anyOf(List.of(UNKNOWN, MET)), "one success decides even with an unknown");
    assertEquals(
        UNKNOWN, Outcome.anyOf(List.of(NOT_MET, UNKNOWN)), "an unknown is never a silent no");
    assertEquals(NOT_MET, Outcome.anyOf(List.of(NOT_MET, NOT_APPLICABLE)));
    assertEquals(NOT_APPLICABLE, Outcome.anyOf(List.of(NOT_APPLICABLE)));
    assertEquals(NOT_APPLICABLE, Outcome.anyOf(List.of()));
  }

  @Test
  void negateSwapsOnlyDecidedOutcomes() {
    assertEquals(NOT_MET, MET.negate());
    assertEquals(MET, NOT_MET.negate());
    assertEquals(UNKNOWN, UNKNOWN.negate());
    assertEquals(NOT_APPLICABLE, NOT_APPLICABLE.negate());
  }

  static final Gen<List<Outcome>> OUTCOMES =
      SourceDSL.lists().of(SourceDSL.arbitrary().enumValues(Outcome.class)).ofSizeBetween(0, 6);

  @Test
  void combinationsDoNotDependOnOrderAndFollowDeMorgan() {
    qt().withFixedSeed(20261126L)
        .withExamples(500)
        .forAll(OUTCOMES)
        .checkAssert(
            outcomes -> {
              List<Outcome> shuffled = new ArrayList<>(outcomes);
              Collections.reverse(shuffled);
              assertEquals(Outcome.allOf(outcomes), Outcome.allOf(shuffled));
              assertEquals(Outcome.anyOf(outcomes), Outcome.anyOf(shuffled));
              List<Outcome> negated = outcomes.stream().map(Outcome::negate).toList();
              assertEquals(Outcome.allOf(outcomes).negate(), Outcome.anyOf(negated));
            });
  }

  @Test
  void replacingAnUnknownPartByADecidedOneNeverFlipsADecidedWhole() {
    qt().withFixedSeed(7L)
        .withExamples(500)
        .forAll(OUTCOMES, SourceDSL.arbitrary().pick(MET, NOT_MET))
        .checkAssert(
            (outcomes, decided) -> {
              List<Outcome> known = outcomes.stream().map(o -> o == UNKNOWN ? decided : o).toList();
              for (boolean any : new boolean[] {false, true}) {
                Outcome before = any ? Outcome.anyOf(outcomes) : Outcome.allOf(outcomes);
                Outcome after = any ? Outcome.anyOf(known) : Outcome.allOf(known);
                if (before.isDecided()) {
                  assertEquals(
                      before, after, "learning a fact cannot change a decided combination");
                }
              }
            });
  }
}

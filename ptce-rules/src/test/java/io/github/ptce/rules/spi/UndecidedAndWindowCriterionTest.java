package io.github.ptce.rules.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeCatalog;
import io.github.ptce.rules.Validity;
import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What the case files do not show of {@link UndecidedCriterion} and {@link WindowCriterion}: their
 * kinds, and that a scheme whose bundle lacks one of their texts fails when it is built, not when a
 * report is printed.
 */
class UndecidedAndWindowCriterionTest {
  static final MessageBundle ENGINE =
      MessageBundle.load(MethodHandles.lookup(), "/io/github/ptce/rules/messages");
  static final Scheme PHASE1 =
      SchemeCatalog.standard().find("fr.state.ami-ptce.phase1").orElseThrow();

  @Test
  void missingTextsFailWhenBuilt() {
    Validity window = PHASE1.validity();
    assertThrows(
        IllegalArgumentException.class,
        () -> UndecidedCriterion.notPublished("x.rules", PHASE1.legalBasis(), window, ENGINE));
    assertThrows(
        IllegalArgumentException.class,
        () -> WindowCriterion.notPublished("x.window", PHASE1.legalBasis(), window, ENGINE));
  }

  @Test
  void kindsSayHowTheyAreDecided() {
    assertEquals(
        CriterionKind.ASSESSED,
        SchemeCatalog.standard()
            .criterion("fr.state.ami-ptce.phase1.beneficiaries")
            .orElseThrow()
            .kind());
    assertEquals(
        CriterionKind.DECLARED,
        SchemeCatalog.standard()
            .criterion("fr.state.ami-ptce.phase2.2023.both-phases")
            .orElseThrow()
            .kind());
    assertEquals(
        CriterionKind.ASSESSED,
        SchemeCatalog.standard()
            .criterion("fr.region.pays-de-la-loire.ptce.durable-jobs")
            .orElseThrow()
            .kind());
    // The geography decides a territory; an assessment answers a perimeter that straddles the
    // border.
    assertEquals(
        CriterionKind.AUTOMATED,
        SchemeCatalog.standard()
            .criterion("fr.region.hauts-de-france.cote.territory")
            .orElseThrow()
            .kind());
    assertTrue(
        SchemeCatalog.standard()
            .criterion("fr.region.hauts-de-france.cote.territory")
            .orElseThrow()
            .acceptsAssessment());
    // Known-open days are decided by their dates; a window with none known needs a person.
    assertEquals(
        CriterionKind.AUTOMATED,
        SchemeCatalog.standard().criterion("fr.state.ami-ptce.phase1.open").orElseThrow().kind());
    assertEquals(
        CriterionKind.ASSESSED,
        SchemeCatalog.standard()
            .criterion("fr.region.hauts-de-france.cote.window")
            .orElseThrow()
            .kind());
  }

  @Test
  void phase1IsKnownOpenFromTheRelaunchToTheEndOf2023() {
    WindowCriterion open =
        (WindowCriterion)
            SchemeCatalog.standard().criterion("fr.state.ami-ptce.phase1.open").orElseThrow();
    Validity known = open.knownOpen().orElseThrow();
    assertEquals(LocalDate.of(2021, 5, 12), known.from());
    assertEquals(LocalDate.of(2023, 12, 31), known.to().orElseThrow());
    assertTrue(
        open.legalBasis(LocalDate.of(2023, 12, 31)).note().isPresent(), "the basis says why");
  }
}

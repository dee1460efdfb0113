package io.github.ptce.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a catalogue treats criteria shared by schemes (the 2015 call lists the criteria of décret
 * 2015-431).
 */
class SchemeCatalogTest {
  static final SchemeCatalog STANDARD = SchemeCatalog.standard();
  static final Scheme DECREE = STANDARD.find("fr.decree.2015-431.art3").orElseThrow();
  static final Scheme CALL_2015 = STANDARD.find("fr.state.ptce-call.2015").orElseThrow();

  static Scheme copy(Scheme scheme, String id, CriterionNode criteria, SchemeSubject subject) {
    return Scheme.builder().from(scheme).id(id).criteria(criteria).subject(subject).build();
  }

  @Test
  void theCall2015SharesTheDecreeCriteria() {
    for (Criterion criterion : DECREE.allCriteria()) {
      assertTrue(CALL_2015.allCriteria().contains(criterion), criterion.id());
      assertSame(criterion, STANDARD.criterion(criterion.id()).orElseThrow());
      assertEquals(
          DECREE, STANDARD.schemeOf(criterion.id()).orElseThrow(), "the first owner in id order");
    }
  }

  @Test
  void theSameInstanceMayBeListedBySchemesOfOneSubject() {
    Scheme other = copy(DECREE, "test.shares-the-decree", DECREE.criteria(), SchemeSubject.CLUSTER);
    SchemeCatalog catalog = SchemeCatalog.of(List.of(DECREE, other));
    assertEquals(2, catalog.all().size());
  }

  @Test
  void twoCriteriaWithOneIdAreRejected() {
    Criterion original = DECREE.allCriteria().get(0);
    Criterion impostor =
        new Criterion() {
          @Override
          public String id() {
            return original.id();
          }

          @Override
          public CriterionKind kind() {
            return original.kind();
          }

          @Override
          public LegalBasis legalBasis(java.time.LocalDate asOf) {
            return original.legalBasis(asOf);
          }

          @Override
          public Validity validity() {
            return original.validity();
          }

          @Override
          public Message title() {
            return original.title();
          }

          @Override
          public CriterionResult evaluate(Evaluation evaluation) {
            return original.evaluate(evaluation);
          }
        };
    Scheme other = copy(DECREE, "test.impostor", CriterionNode.of(impostor), SchemeSubject.CLUSTER);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SchemeCatalog.of(List.of(DECREE, other)));
    assertTrue(
        e.getMessage().contains("two criteria have the id " + original.id()), e.getMessage());
  }

  @Test
  void aCriterionCannotBeSharedAcrossSubjects() {
    Scheme perMember = copy(DECREE, "test.per-member", DECREE.criteria(), SchemeSubject.MEMBER);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SchemeCatalog.of(List.of(DECREE, perMember)));
    assertTrue(e.getMessage().contains("different subjects"), e.getMessage());
  }

  @Test
  void anAssessmentOfASharedCriterionAnswersItInEveryScheme() {
    String criterion = "fr.decree.2015-431.art3.4.no-previous-state-support";
    Assessment declaration =
        Assessment.builder()
            .criterionId(criterion)
            .outcome(Outcome.NOT_MET)
            .assessor("Synthetic assessor")
            .date(java.time.LocalDate.of(2015, 6, 1))
            .build();
    EligibilityReport report =
        EligibilityEngine.standard()
            .evaluate(
                TestClusters.grasse(),
                java.time.LocalDate.of(2015, 6, 1),
                List.of(DECREE.id(), CALL_2015.id()),
                List.of(declaration));
    assertEquals(SchemeOutcome.NOT_ELIGIBLE, report.scheme(DECREE.id()).orElseThrow().outcome());
    assertEquals(SchemeOutcome.NOT_ELIGIBLE, report.scheme(CALL_2015.id()).orElseThrow().outcome());
  }

  @Test
  void theServiceLoaderFindsTheLegalSchemesInIdOrder() {
    for (String id :
        List.of("fr.law.2014-856.art1", "fr.law.2014-856.art9", "fr.decree.2015-431.art3")) {
      assertTrue(STANDARD.find(id).isPresent(), id);
    }
    assertEquals(
        STANDARD.all().stream().map(Scheme::id).sorted().toList(),
        STANDARD.all().stream().map(Scheme::id).toList(),
        "schemes are listed by id");
  }

  @Test
  void criteriaAreFoundWithTheirScheme() {
    String id = "fr.law.2014-856.art9.i.sse-enterprises";
    assertEquals(id, STANDARD.criterion(id).orElseThrow().id());
    assertEquals("fr.law.2014-856.art9", STANDARD.schemeOf(id).orElseThrow().id());
    assertTrue(STANDARD.criterion("fr.law.2014-856.art9.i.nothing").isEmpty());
  }

  @Test
  void twoSchemesWithOneIdAreRejected() {
    Scheme art9 = STANDARD.find("fr.law.2014-856.art9").orElseThrow();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SchemeCatalog.of(List.of(art9, art9)));
    assertTrue(e.getMessage().contains("fr.law.2014-856.art9"));
  }

  @Test
  void everyCriterionHasTitlesInBothLanguages() {
    for (Scheme scheme : STANDARD.all()) {
      for (Criterion criterion : scheme.allCriteria()) {
        String french = criterion.title().text(java.util.Locale.FRENCH);
        String english = criterion.title().text(java.util.Locale.ENGLISH);
        assertTrue(!french.isBlank() && !english.isBlank(), criterion.id());
        org.junit.jupiter.api.Assertions.assertNotEquals(
            english, french, criterion.id() + " has a French title");
      }
    }
  }
}

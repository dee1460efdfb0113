package io.github.ptce.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import io.github.ptce.core.cluster.Cluster;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EligibilityEngineTest {
  static final EligibilityEngine ENGINE = EligibilityEngine.standard();
  static final String DEVELOPMENT = "fr.law.2014-856.art9.i.sustainable-local-development";

  static Assessment assess(String criterion, Outcome outcome) {
    return Assessment.builder()
        .criterionId(criterion)
        .outcome(outcome)
        .assessor("Test")
        .date(LocalDate.of(2025, 12, 1))
        .build();
  }

  @Test
  void anAssessmentDecidesTheAssessedCriterionAndIsEchoed() {
    EligibilityReport report =
        ENGINE.evaluate(
            Clusters.complete(),
            Clusters.AS_OF,
            List.of("fr.law.2014-856.art9"),
            List.of(assess(DEVELOPMENT, Outcome.MET)));
    SchemeReport art9 = report.scheme("fr.law.2014-856.art9").orElseThrow();
    assertEquals(SchemeOutcome.ELIGIBLE, art9.outcome(), art9.reason().text(Locale.ENGLISH));
    assertEquals(1, report.assessments().size());
    DecisionShares shares = art9.decisionShares();
    assertEquals(1, shares.assessed());
    assertEquals(0, shares.undetermined());
    assertEquals(6, shares.total(), "the informative partners criterion does not count");
  }

  @Test
  void withoutTheAssessmentTheSchemeIsUndeterminedNeverEligible() {
    SchemeReport art9 =
        ENGINE
            .evaluate(Clusters.complete(), Clusters.AS_OF, "fr.law.2014-856.art9")
            .scheme("fr.law.2014-856.art9")
            .orElseThrow();
    assertEquals(SchemeOutcome.UNDETERMINED, art9.outcome());
    assertEquals(
        List.of(MissingFact.assessmentPath(DEVELOPMENT)),
        art9.missingFacts().stream().map(f -> f.fact().path()).toList());
    assertFalse(art9.remediations().isEmpty());
  }

  @Test
  void anEngineRefusesASchemeThatWouldApplyBeforeItsRegionExists() {
    Scheme cote = ENGINE.catalog().find("fr.region.hauts-de-france.cote").orElseThrow();
    Scheme early =
        Scheme.builder().from(cote).validity(Validity.from(LocalDate.of(2015, 6, 1))).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                EligibilityEngine.of(
                    SchemeCatalog.of(List.of(early)),
                    ENGINE.geography(),
                    EvaluationOptions.LITERAL));
    assertTrue(
        e.getMessage()
            .contains(
                "fr.region.hauts-de-france.cote applies from 2015-06-01, before the région "
                    + "32 Hauts-de-France exists (from 2016-01-01, loi n° 2015-29"),
        e.getMessage());
    // From its first day, and for a région the 2015 law did not form (Île-de-France, 2014), it is
    // accepted.
    EligibilityEngine.of(
        SchemeCatalog.of(
            List.of(
                Scheme.builder()
                    .from(cote)
                    .validity(Validity.from(LocalDate.of(2016, 1, 1)))
                    .build())),
        ENGINE.geography(),
        EvaluationOptions.LITERAL);
    Scheme idf = ENGINE.catalog().find("fr.region.ile-de-france.ami-ptce-2014").orElseThrow();
    assertEquals(LocalDate.of(2014, 1, 1), idf.validity().from());
    EligibilityEngine.of(
        SchemeCatalog.of(List.of(idf)), ENGINE.geography(), EvaluationOptions.LITERAL);
    // A territory the geography does not have is refused too.
    Scheme nowhere =
        Scheme.builder().from(idf).id("test.nowhere").scope(TerritorialScope.region("99")).build();
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                EligibilityEngine.of(
                    SchemeCatalog.of(List.of(nowhere)),
                    ENGINE.geography(),
                    EvaluationOptions.LITERAL));
    assertTrue(unknown.getMessage().contains("names the région 99"), unknown.getMessage());
  }

  @Test
  void aLilleClusterIsOutOfCotesReachBefore2016() {
    Cluster lille =
        Cluster.builder()
            .name("PTCE lillois (synthétique)")
            .perimeter(
                io.github.ptce.core.territory.Perimeter.ofCommunes(
                    io.github.ptce.core.territory.CommuneCode.parse("59350")))
            .build();
    SchemeReport before =
        ENGINE
            .evaluate(lille, LocalDate.of(2015, 6, 1), "fr.region.hauts-de-france.cote")
            .scheme("fr.region.hauts-de-france.cote")
            .orElseThrow();
    assertEquals(SchemeOutcome.NOT_APPLICABLE, before.outcome());
    assertEquals("scheme.notYetInForce", before.reason().key());
    assertTrue(
        ENGINE
            .evaluate(lille, LocalDate.of(2015, 6, 1))
            .scheme("fr.region.hauts-de-france.cote")
            .isEmpty(),
        "not evaluated by default before the région exists");
    assertTrue(
        ENGINE
            .evaluate(lille, LocalDate.of(2016, 1, 1))
            .scheme("fr.region.hauts-de-france.cote")
            .isPresent());
  }

  @Test
  void theTextOfAnInformativeCriterionIsAmongTheTextsApplied() {
    // Issue 13, item 8: the partners criterion ("en lien avec …") is informative, and its text was
    // left out.
    SchemeReport art9 =
        ENGINE
            .evaluate(Clusters.complete(), Clusters.AS_OF, "fr.law.2014-856.art9")
            .scheme("fr.law.2014-856.art9")
            .orElseThrow();
    LegalBasis partners =
        ENGINE
            .catalog()
            .criterion("fr.law.2014-856.art9.i.partners")
            .orElseThrow()
            .legalBasis(Clusters.AS_OF);
    assertTrue(partners.excerpt().orElseThrow().startsWith("en lien avec"), partners.toString());
    assertTrue(art9.legalBases().contains(partners), art9.legalBases().toString());
    assertEquals(
        art9.legalBases().size(), art9.legalBases().stream().distinct().count(), "each text once");
    assertTrue(
        ENGINE
            .evaluate(Clusters.complete(), Clusters.AS_OF, "fr.law.2014-856.art9")
            .legalTexts()
            .contains(partners));
  }

  @Test
  void anAssessmentDatedAfterTheEvaluationDateIsRefused() {
    // Issue 13, item 8: it was accepted silently. A judgement made later was not known at the date
    // evaluated.
    Assessment later =
        Assessment.builder()
            .from(assess(DEVELOPMENT, Outcome.MET))
            .date(Clusters.AS_OF.plusDays(1))
            .build();
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                ENGINE.evaluate(
                    Clusters.complete(),
                    Clusters.AS_OF,
                    List.of("fr.law.2014-856.art9"),
                    List.of(later)));
    assertEquals(
        List.of("$.assessments[0].date assessment.afterEvaluationDate"),
        e.violations().stream().map(v -> v.path() + " " + v.code()).toList());
    String english = e.violations().get(0).message(Locale.ENGLISH);
    assertTrue(
        english.contains(Clusters.AS_OF.plusDays(1).toString())
            && english.contains(Clusters.AS_OF.toString()),
        english);
    assertTrue(e.violations().get(0).message(Locale.FRENCH).contains("après la date d'évaluation"));
    assertThrows(
        InvalidInputException.class,
        () -> ENGINE.overview(Clusters.complete(), Clusters.AS_OF, List.of(later)));
    // Dated on the evaluation date, it is taken.
    Assessment sameDay = Assessment.builder().from(later).date(Clusters.AS_OF).build();
    assertEquals(
        SchemeOutcome.ELIGIBLE,
        ENGINE
            .evaluate(
                Clusters.complete(),
                Clusters.AS_OF,
                List.of("fr.law.2014-856.art9"),
                List.of(sameDay))
            .scheme("fr.law.2014-856.art9")
            .orElseThrow()
            .outcome());
  }

  @Test
  void anUnknownSchemeIsAnInputErrorWithAHint() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> ENGINE.evaluate(Clusters.complete(), Clusters.AS_OF, "fr.law.2014-856.art8"));
    Violation v = e.violations().get(0);
    assertEquals("request.unknownScheme.hint", v.code());
    assertTrue(
        v.message(Locale.ENGLISH).contains("fr.law.2014-856.art"), v.message(Locale.ENGLISH));
    assertTrue(v.message(Locale.FRENCH).contains("vouliez-vous dire"), v.message(Locale.FRENCH));
  }

  @Test
  void badAssessmentsAreAllReportedWithTheirPaths() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                ENGINE.evaluate(
                    Clusters.complete(),
                    Clusters.AS_OF,
                    List.of(),
                    List.of(
                        assess("fr.law.2014-856.art9.i.sse-enterprise", Outcome.MET),
                        assess("fr.law.2014-856.art9.i.sse-enterprises", Outcome.MET),
                        assess("fr.law.2014-856.art2.social-utility", Outcome.MET),
                        Assessment.builder()
                            .from(assess(DEVELOPMENT, Outcome.MET))
                            .member("a1")
                            .build(),
                        assess(DEVELOPMENT, Outcome.MET),
                        assess(DEVELOPMENT, Outcome.NOT_MET))));
    assertEquals(
        List.of(
            "$.assessments[0].criterionId assessment.unknownCriterion.hint",
            "$.assessments[1].criterionId assessment.automatedCriterion",
            "$.assessments[2].member assessment.memberRequired",
            "$.assessments[3].member assessment.memberNotExpected",
            "$.assessments[5] assessment.duplicate"),
        e.violations().stream().map(v -> v.path() + " " + v.code()).toList());
  }

  @Test
  void anAssessmentOfAnUnknownMemberIsRejected() {
    Assessment unknownMember =
        Assessment.builder()
            .from(assess("fr.law.2014-856.art2.social-utility", Outcome.MET))
            .member("nobody")
            .build();
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                ENGINE.evaluate(
                    Clusters.complete(), Clusters.AS_OF, List.of(), List.of(unknownMember)));
    assertEquals("assessment.unknownMember", e.violations().get(0).code());
  }

  @Test
  void anAssessmentMustDecide() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> assess(DEVELOPMENT, Outcome.UNKNOWN));
    assertEquals("$.outcome", e.violations().get(0).path());
    assertTrue(e.violations().get(0).message(Locale.FRENCH).startsWith("Une évaluation"));
  }

  @Test
  void byDefaultOnlySchemesInForceAreEvaluatedButAskedOnesAlwaysAre() {
    LocalDate before = LocalDate.of(2014, 1, 1);
    EligibilityReport all = ENGINE.evaluate(Clusters.complete(), before);
    assertTrue(
        all.schemes().stream().noneMatch(r -> r.scheme().id().startsWith("fr.law.")),
        "the law is not in force in January 2014");
    EligibilityReport asked = ENGINE.evaluate(Clusters.complete(), before, "fr.law.2014-856.art9");
    SchemeReport art9 = asked.scheme("fr.law.2014-856.art9").orElseThrow();
    assertEquals(SchemeOutcome.NOT_APPLICABLE, art9.outcome());
    assertEquals("scheme.notYetInForce", art9.reason().key());
    assertTrue(art9.criteria().isEmpty());
  }

  @Test
  void theSseStatusIsReportedPerActiveMember() {
    EligibilityReport report =
        ENGINE.evaluate(Clusters.complete(), Clusters.AS_OF, "fr.law.2014-856.art1");
    assertEquals(
        List.of("a1", "c1", "capg"),
        report.schemes().stream().map(r -> r.subject().orElseThrow().id()).toList());
    assertEquals(
        SchemeOutcome.ELIGIBLE,
        report.scheme("fr.law.2014-856.art1", "a1").orElseThrow().outcome());
    assertEquals(
        SchemeOutcome.NOT_ELIGIBLE,
        report.scheme("fr.law.2014-856.art1", "c1").orElseThrow().outcome());
    assertEquals(
        "$.members[2]",
        report.scheme("fr.law.2014-856.art1", "capg").orElseThrow().subject().orElseThrow().path());
  }

  @Test
  void missingFactsAreRankedByTheNumberOfOutcomesTheyHoldUp() {
    Cluster noPerimeter =
        Cluster.builder().from(Clusters.complete()).perimeter(java.util.Optional.empty()).build();
    EligibilityReport report =
        ENGINE.evaluate(
            noPerimeter, Clusters.AS_OF, "fr.law.2014-856.art9", "fr.decree.2015-431.art3");
    RankedMissingFact first = report.missingFacts().get(0);
    assertEquals("$.perimeter", first.fact().path());
    assertEquals(2, first.outcomes(), "the perimeter holds up Art. 9 and the decree");
    for (int i = 1; i < report.missingFacts().size(); i++) {
      assertTrue(
          report.missingFacts().get(i - 1).outcomes() >= report.missingFacts().get(i).outcomes());
    }
  }

  @Test
  void theBatchFormKeepsTheOrderAndEqualsOneByOne() {
    List<Cluster> clusters =
        IntStream.range(0, 40)
            .mapToObj(i -> Cluster.builder().from(Clusters.complete()).name("Pôle " + i).build())
            .toList();
    List<EligibilityReport> batch = ENGINE.evaluateAll(clusters, Clusters.AS_OF);
    assertEquals(40, batch.size());
    for (int i = 0; i < clusters.size(); i++) {
      assertEquals("Pôle " + i, batch.get(i).cluster().name());
      assertEquals(
          Summary.of(ENGINE.evaluate(clusters.get(i), Clusters.AS_OF)), Summary.of(batch.get(i)));
    }
  }

  @Test
  void theBatchOfChosenSchemesEqualsOneByOneAndChecksTheIdsFirst() {
    List<Cluster> clusters =
        IntStream.range(0, 20)
            .mapToObj(i -> Cluster.builder().from(Clusters.complete()).name("Pôle " + i).build())
            .toList();
    List<String> ids = List.of("fr.decree.2015-431.art3", "fr.law.2014-856.art9");
    List<EligibilityReport> batch = ENGINE.evaluateAll(clusters, Clusters.AS_OF, ids);
    assertEquals(20, batch.size());
    for (int i = 0; i < clusters.size(); i++) {
      EligibilityReport alone =
          ENGINE.evaluate(clusters.get(i), Clusters.AS_OF, ids.toArray(String[]::new));
      assertEquals(Summary.of(alone), Summary.of(batch.get(i)));
      assertEquals(
          List.of("fr.decree.2015-431.art3", "fr.law.2014-856.art9"),
          batch.get(i).schemes().stream().map(r -> r.scheme().id()).toList(),
          "the schemes asked for, in that order");
    }
    assertEquals(
        Summary.of(ENGINE.evaluate(clusters.get(0), Clusters.AS_OF)),
        Summary.of(ENGINE.evaluateAll(clusters, Clusters.AS_OF, List.of()).get(0)),
        "none: every scheme in force");
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                ENGINE.evaluateAll(
                    clusters, Clusters.AS_OF, List.of("fr.law.2014-856.art9", "no.such.scheme")));
    assertEquals("$.schemes", e.violations().get(0).path());
  }

  @Test
  void aBatchCanKeepWhatItNeedsOfEachReportInOrder() {
    List<Cluster> clusters =
        IntStream.range(0, 40)
            .mapToObj(i -> Cluster.builder().from(Clusters.complete()).name("Pôle " + i).build())
            .toList();
    List<String> ids = List.of("fr.law.2014-856.art9");
    List<String> names = ENGINE.evaluateAll(clusters, Clusters.AS_OF, ids, r -> r.cluster().name());
    assertEquals(
        clusters.stream().map(Cluster::name).toList(), names, "one result per cluster, in order");
    List<String> lines =
        ENGINE.evaluateAll(
            clusters,
            Clusters.AS_OF,
            ids,
            r ->
                io.github.ptce.rules.render.ReportRenderer.compactJson()
                    .render(r, java.util.Locale.FRENCH));
    List<EligibilityReport> reports = ENGINE.evaluateAll(clusters, Clusters.AS_OF, ids);
    for (int i = 0; i < clusters.size(); i++) {
      assertEquals(
          io.github.ptce.rules.render.ReportRenderer.compactJson()
              .render(reports.get(i), java.util.Locale.FRENCH),
          lines.get(i));
    }
    java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();
    assertThrows(
        InvalidInputException.class,
        () ->
            ENGINE.evaluateAll(
                clusters, Clusters.AS_OF, List.of("no.such.scheme"), r -> calls.incrementAndGet()));
    assertEquals(0, calls.get(), "an unknown scheme id fails before any cluster is evaluated");
    NullPointerException none =
        assertThrows(
            NullPointerException.class,
            () -> ENGINE.evaluateAll(clusters, Clusters.AS_OF, ids, r -> null));
    // A parallel stream may rethrow a copy of the worker's exception with the original as its
    // cause.
    Throwable original =
        none.getMessage() == null && none.getCause() != null ? none.getCause() : none;
    assertTrue(
        String.valueOf(original.getMessage()).contains("then returned null"), original.toString());
  }

  /**
   * A cluster built with the builders, blank and placed in a commune that does not exist: never
   * validated.
   */
  static Cluster invalidBuilt() {
    return Cluster.builder()
        .from(Clusters.complete())
        .name(" ")
        .perimeter(
            io.github.ptce.core.territory.Perimeter.ofCommunes(
                io.github.ptce.core.territory.CommuneCode.parse("06999")))
        .build();
  }

  @Test
  void theEngineRefusesAnInvalidClusterWithEveryViolationInsteadOfAnsweringOnIt() {
    // Issue 15: the engine answered NOT ELIGIBLE with "outside the perimeter: ." for such a
    // cluster.
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> ENGINE.evaluate(invalidBuilt(), Clusters.AS_OF));
    assertEquals(
        List.of(
            "$.cluster.name constraint.notBlank",
            "$.cluster.perimeter.communes commune.unknown.hint"),
        e.violations().stream().map(v -> v.path() + " " + v.code()).toList());
    assertThrows(
        InvalidInputException.class,
        () -> ENGINE.evaluate(invalidBuilt(), Clusters.AS_OF, "fr.law.2014-856.art9"));
    assertThrows(
        InvalidInputException.class, () -> ENGINE.overview(invalidBuilt(), Clusters.AS_OF));
    // The same cluster, made valid, is evaluated: the refusal is about the data, not the instance.
    Cluster valid =
        Cluster.builder()
            .from(invalidBuilt())
            .name("Pôle")
            .perimeter(Clusters.complete().perimeter())
            .build();
    assertFalse(ENGINE.evaluate(valid, Clusters.AS_OF).schemes().isEmpty());
  }

  @Test
  void aBatchWithAnInvalidClusterEvaluatesNoneAndNamesEachByItsPosition() {
    List<Cluster> clusters =
        List.of(Clusters.complete(), invalidBuilt(), Clusters.complete(), invalidBuilt());
    java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                ENGINE.evaluateAll(
                    clusters, Clusters.AS_OF, List.of(), r -> calls.incrementAndGet()));
    assertEquals(0, calls.get(), "nothing is evaluated when one cluster is invalid");
    assertEquals(
        List.of("$[1].name", "$[1].perimeter.communes", "$[3].name", "$[3].perimeter.communes"),
        e.violations().stream().map(Violation::path).toList());
  }

  @Test
  void aBatchRunsOnTheExecutorItIsGivenAndKeepsTheOrder() throws Exception {
    List<Cluster> clusters =
        IntStream.range(0, 30)
            .mapToObj(i -> Cluster.builder().from(Clusters.complete()).name("Pôle " + i).build())
            .toList();
    List<String> expected = clusters.stream().map(Cluster::name).toList();
    java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(
            3,
            r -> {
              Thread thread = new Thread(r, "batch-pool");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<String> names =
          ENGINE.evaluateAll(
              clusters,
              Clusters.AS_OF,
              List.of(),
              r -> {
                threads.add(Thread.currentThread().getName());
                return r.cluster().name();
              },
              pool);
      assertEquals(expected, names);
      assertEquals(java.util.Set.of("batch-pool"), threads, "only the pool's threads evaluate");
      // On the calling thread alone, the same answers.
      threads.clear();
      assertEquals(
          expected,
          ENGINE.evaluateAll(
              clusters,
              Clusters.AS_OF,
              List.of(),
              r -> {
                threads.add(Thread.currentThread().getName());
                return r.cluster().name();
              },
              Runnable::run));
      assertEquals(java.util.Set.of(Thread.currentThread().getName()), threads);
      // A failure of what the batch keeps is thrown as it is, once every task has ended.
      IllegalStateException failure =
          assertThrows(
              IllegalStateException.class,
              () ->
                  ENGINE.evaluateAll(
                      clusters,
                      Clusters.AS_OF,
                      List.of(),
                      r -> {
                        throw new IllegalStateException("kept badly");
                      },
                      pool));
      assertEquals("kept badly", failure.getMessage());
    } finally {
      pool.shutdownNow();
    }
    java.util.concurrent.RejectedExecutionException rejected =
        new java.util.concurrent.RejectedExecutionException("full");
    assertEquals(
        rejected,
        assertThrows(
            java.util.concurrent.RejectedExecutionException.class,
            () ->
                ENGINE.evaluateAll(
                    clusters,
                    Clusters.AS_OF,
                    List.of(),
                    r -> r,
                    task -> {
                      throw rejected;
                    })));
    assertEquals(
        List.of(), ENGINE.evaluateAll(List.of(), Clusters.AS_OF, List.of(), r -> r, Runnable::run));
  }

  @Test
  void theOverviewSeparatesDefinitionsFromSupportAndDates() {
    Overview overview = ENGINE.overview(Clusters.complete(), Clusters.AS_OF);
    assertTrue(
        overview.definitions().stream()
            .anyMatch(r -> r.scheme().id().equals("fr.law.2014-856.art9")));
    assertTrue(
        overview.definitions().stream()
            .noneMatch(r -> r.scheme().id().equals("fr.law.2014-856.art1")),
        "a per-member definition is not an overview line");
    assertTrue(
        overview.applicable().stream().allMatch(r -> r.scheme().kind() != SchemeKind.DEFINITION));
    Overview early = ENGINE.overview(Clusters.complete(), LocalDate.of(2014, 1, 1));
    assertTrue(early.upcoming().stream().anyMatch(s -> s.id().equals("fr.law.2014-856.art9")));
  }

  @Test
  void theReportCarriesTheVersionsApplied() {
    EligibilityReport report =
        ENGINE.evaluate(Clusters.complete(), Clusters.AS_OF, "fr.law.2014-856.art9");
    assertFalse(report.rulesVersion().isBlank());
    assertFalse(
        report.rulesVersion().contains("${"), "the version resource is filtered by the build");
    assertTrue(report.geographyVersion().contains("6.0.0"), report.geographyVersion());
    assertTrue(
        report.legalTexts().stream()
            .anyMatch(b -> b.article().equals(java.util.Optional.of("Art. 9"))));
  }
}

package io.github.ptce.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.cluster.Cluster;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * "Which schemes can we apply to now, here, and what is missing?" for a cluster in each région the
 * RTES note names, and in one it does not: the applicable schemes, the closed and upcoming ones of
 * the cluster's territory, and the schemes of other territories.
 */
class OverviewTest {
  static final EligibilityEngine ENGINE = EligibilityEngine.standard();

  /**
   * A date after every dated fact of the catalogue: the 2025 call's results were published on
   * 2025-12-18.
   */
  static final LocalDate NOW = LocalDate.of(2026, 3, 1);

  static final String PHASE1 = "fr.state.ami-ptce.phase1";
  static final String CHARTER = "fr.network.ptce-charter";
  static final String COTE = "fr.region.hauts-de-france.cote";
  static final String GRAND_EST = "fr.region.grand-est.initiatives-territoriales";
  static final String PAYS_DE_LA_LOIRE = "fr.region.pays-de-la-loire.ptce";
  static final String ILE_DE_FRANCE = "fr.region.ile-de-france.ami-ptce-2014";
  static final String OCCITANIE = "fr.region.occitanie.cooperation-groupings";
  static final String NOUVELLE_AQUITAINE = "fr.region.nouvelle-aquitaine.territorial-cooperation";
  static final String OISE = "fr.departement.oise.ptce-support";
  static final Set<String> TERRITORIAL =
      Set.of(COTE, GRAND_EST, PAYS_DE_LA_LOIRE, ILE_DE_FRANCE, OCCITANIE, NOUVELLE_AQUITAINE, OISE);

  /** The national schemes closed on 2026-03-01. */
  static final Set<String> NATIONAL_CLOSED =
      Set.of(
          "fr.state.ptce-call.2013",
          "fr.state.ptce-call.2015",
          "fr.state.ami-ptce.phase2.2021",
          "fr.state.ami-ptce.phase2.2022",
          "fr.state.ami-ptce.phase2.2023",
          "fr.state.ptce-development.2025");

  static Set<String> ids(List<Scheme> schemes) {
    Set<String> ids = new TreeSet<>();
    schemes.forEach(s -> ids.add(s.id()));
    return ids;
  }

  static Set<String> reported(List<SchemeReport> reports) {
    Set<String> ids = new TreeSet<>();
    reports.forEach(r -> ids.add(r.scheme().id()));
    return ids;
  }

  static Set<String> union(Set<String> a, String... more) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(List.of(more));
    return all;
  }

  static Set<String> except(Set<String> a, String... removed) {
    Set<String> all = new TreeSet<>(a);
    List.of(removed).forEach(all::remove);
    return all;
  }

  /**
   * Checks the overview now: the national ones, the charter and the schemes of the given territory.
   */
  static Overview checkNow(Cluster cluster, String... territorial) {
    Overview overview = ENGINE.overview(cluster, NOW);
    assertEquals(
        Set.of("fr.decree.2015-431.art3", "fr.law.2014-856.art9"),
        reported(overview.definitions()));
    assertEquals(
        union(Set.of(PHASE1, CHARTER), territorial), reported(overview.applicable()), "applicable");
    Set<String> closedHere = new TreeSet<>(NATIONAL_CLOSED);
    if (List.of(territorial).contains(ILE_DE_FRANCE)) {
      closedHere.add(ILE_DE_FRANCE);
    }
    assertEquals(closedHere, ids(overview.closed()), "closed");
    assertEquals(Set.of(), ids(overview.upcoming()), "upcoming");
    assertEquals(except(TERRITORIAL, territorial), ids(overview.elsewhere()), "elsewhere");
    for (SchemeReport report : overview.applicable()) {
      // Nothing is decided positively without the dates and the rules no source publishes.
      assertEquals(SchemeOutcome.UNDETERMINED, report.outcome(), report.scheme().id());
      assertTrue(!report.missingFacts().isEmpty(), report.scheme().id() + " says what is missing");
    }
    return overview;
  }

  @Test
  void hautsDeFranceOutsideTheOise() {
    Overview overview = checkNow(TestClusters.lille(), COTE);
    SchemeReport cote =
        overview.applicable().stream()
            .filter(r -> r.scheme().id().equals(COTE))
            .findFirst()
            .orElseThrow();
    assertEquals(
        60_000, cote.scheme().grant().orElseThrow().amount().orElseThrow().euros().intValue());
    assertEquals(24, cote.scheme().grant().orElseThrow().durationMonths().orElseThrow());
  }

  @Test
  void oise() {
    checkNow(TestClusters.beauvais(), COTE, OISE);
  }

  @Test
  void grandEst() {
    checkNow(TestClusters.strasbourg(), GRAND_EST);
  }

  @Test
  void paysDeLaLoire() {
    checkNow(TestClusters.nantes(), PAYS_DE_LA_LOIRE);
  }

  @Test
  void ileDeFranceHasOnlyAClosedScheme() {
    Overview overview = ENGINE.overview(TestClusters.cergy(), NOW);
    assertEquals(Set.of(PHASE1, CHARTER), reported(overview.applicable()));
    assertEquals(union(NATIONAL_CLOSED, ILE_DE_FRANCE), ids(overview.closed()));
    assertEquals(except(TERRITORIAL, ILE_DE_FRANCE), ids(overview.elsewhere()));
  }

  @Test
  void occitanie() {
    checkNow(TestClusters.toulouse(), OCCITANIE);
  }

  @Test
  void nouvelleAquitaine() {
    checkNow(TestClusters.bergerac(), NOUVELLE_AQUITAINE);
  }

  @Test
  void aRegionWithoutRegionalScheme() {
    checkNow(TestClusters.grasse());
  }

  @Test
  void during2023RoundTheNationalAmiIsOpenAndThe2025CallToCome() {
    Overview overview = ENGINE.overview(TestClusters.lille(), LocalDate.of(2023, 7, 1));
    assertEquals(
        Set.of(PHASE1, CHARTER, COTE, "fr.state.ami-ptce.phase2.2023"),
        reported(overview.applicable()));
    assertEquals(
        Set.of(
            "fr.state.ptce-call.2013",
            "fr.state.ptce-call.2015",
            "fr.state.ami-ptce.phase2.2021",
            "fr.state.ami-ptce.phase2.2022"),
        ids(overview.closed()));
    assertEquals(Set.of("fr.state.ptce-development.2025"), ids(overview.upcoming()));
    SchemeReport phase1 =
        overview.applicable().stream()
            .filter(r -> r.scheme().id().equals(PHASE1))
            .findFirst()
            .orElseThrow();
    // In 2023 the sources show phase 1 open: only who may apply remains undetermined.
    assertEquals(
        List.of(MissingFact.assessmentPath("fr.state.ami-ptce.phase1.beneficiaries")),
        phase1.missingFacts().stream().map(f -> f.fact().path()).toList());
  }

  @Test
  void in2014TheIleDeFranceAmiIsOpenAndTheLawToCome() {
    Overview overview = ENGINE.overview(TestClusters.cergy(), LocalDate.of(2014, 5, 1));
    assertEquals(Set.of(ILE_DE_FRANCE), reported(overview.applicable()));
    assertEquals(Set.of(), reported(overview.definitions()));
    assertEquals(Set.of("fr.state.ptce-call.2013"), ids(overview.closed()));
    assertTrue(
        ids(overview.upcoming())
            .containsAll(
                Set.of(
                    "fr.law.2014-856.art9",
                    "fr.decree.2015-431.art3",
                    CHARTER,
                    PHASE1,
                    "fr.state.ptce-call.2015")));
    assertTrue(
        ids(overview.elsewhere()).contains(COTE),
        "COTE is for Hauts-de-France, whatever its window");
  }

  @Test
  void aStraddlingPerimeterIsEvaluatedAndLeftToTheFunder() {
    Overview overview = ENGINE.overview(TestClusters.beauvaisAndGisors(), NOW);
    assertTrue(reported(overview.applicable()).containsAll(Set.of(COTE, OISE)));
    for (String id : List.of(COTE, OISE)) {
      SchemeReport report =
          overview.applicable().stream()
              .filter(r -> r.scheme().id().equals(id))
              .findFirst()
              .orElseThrow();
      assertTrue(
          report.missingFacts().stream()
              .anyMatch(f -> f.fact().path().equals(MissingFact.assessmentPath(id + ".territory"))),
          id + " asks the funder about the straddling perimeter");
    }
  }

  @Test
  void withoutAPerimeterTheTerritorialSchemesAreUndeterminedOnTerritoryAndListedApart() {
    // Issue 13, item 5: they were listed as "open for this territory", and one then said NOT
    // ELIGIBLE.
    Overview overview = ENGINE.overview(TestClusters.withoutPerimeter(), NOW);
    assertEquals(Set.of(PHASE1, CHARTER), reported(overview.applicable()));
    assertEquals(
        TERRITORIAL, ids(overview.territoryUnknown()), "every regional and departmental scheme");
    assertEquals(
        NATIONAL_CLOSED,
        ids(overview.closed()),
        "the closed Île-de-France AMI is listed apart too");
    assertEquals(Set.of(), ids(overview.elsewhere()));
    for (Scheme scheme : overview.territoryUnknown()) {
      assertTrue(!scheme.scope().isNational(), scheme.id());
    }
    // With a perimeter, the list is empty.
    assertEquals(List.of(), ENGINE.overview(TestClusters.lille(), NOW).territoryUnknown());
  }
}

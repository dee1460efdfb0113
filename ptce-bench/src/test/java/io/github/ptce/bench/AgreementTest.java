package io.github.ptce.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.cluster.UnnamedMembers;
import io.github.ptce.core.json.PtceJson;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.Perimeter;
import io.github.ptce.core.validation.ClusterValidator;
import io.github.ptce.rules.CriterionReport;
import io.github.ptce.rules.EligibilityEngine;
import io.github.ptce.rules.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The benchmark clusters are valid, and the engine and the baselines compute the same outcomes on
 * them, and on clusters that exercise the open-world reading: a member list not declared complete
 * and the same list declared complete, dates known only to the month or year around the evaluation
 * date, a partner enterprise outside the perimeter, ceased units, and the kinds of State support
 * that condition 4° of the décret tells apart.
 */
class AgreementTest {
  private static final EligibilityEngine ENGINE = EligibilityEngine.standard();
  private static final EasyRulesBaseline EASY_RULES = new EasyRulesBaseline();
  private static final String ART9 = "fr.law.2014-856.art9";
  private static final String DECREE = "fr.decree.2015-431.art3";

  /**
   * A description that names the carrier and a SCIC only (synthetic; codes from
   * domain/reference-data.md: Grasse 06069, CA du Pays de Grasse 200039857): no conventional
   * enterprise, no other person named by Art. 9, two legal persons.
   */
  private static final String TWO_SSE_ENTERPRISES =
      """
      {
        "name": "PTCE décrit en partie (synthétique)",
        "perimeter": {"epcis": ["200039857"]},
        "members": [
          {"stakeholder": {"id": "asso", "name": "Association Grasse Coopère", "kind": "ENTERPRISE",
            "legalCategory": "9220", "location": "06069"}, "role": "CARRIER", "joinedOn": "2016-03"},
          {"stakeholder": {"id": "scic", "name": "Ressourcerie du Pays grassois", "kind": "ENTERPRISE",
            "legalForm": "SCIC SA", "location": "06069"}, "role": "FOUNDER", "joinedOn": "2016"}
        ],
        "strategy": {"modes": ["POOLING"], "documentDate": "2016-05", "startDate": "2016"},
        "projects": [{"title": "Ressourcerie", "innovation": ["SOCIAL"]}],
        "supports": [{"funder": "Région Provence-Alpes-Côte d'Azur", "level": "REGION", "kind": "GRANT",
          "grantedOn": "2017-03", "throughCall": true}]
      }
      """;

  /**
   * A cluster whose dates are known to the month or year (synthetic; Nice 06088 lies outside the
   * perimeter): a company that joins in 2026, a SARL that ceased in 2025, a partner company in Nice
   * that left in 2026, and four kinds of support: a State call for PTCEs in January 2026, a State
   * label, another State programme, a regional grant. Both lists are declared complete.
   */
  private static final String DATES_KNOWN_IN_PART =
      """
      {
        "name": "PTCE aux dates connues en partie (synthétique)",
        "perimeter": {"epcis": ["200039857"]},
        "members": [
          {"stakeholder": {"id": "asso", "name": "Association Grasse Coopère", "kind": "ENTERPRISE",
            "legalCategory": "9220", "location": "06069"}, "role": "CARRIER", "joinedOn": "2016-03"},
          {"stakeholder": {"id": "scic", "name": "Ressourcerie du Pays grassois", "kind": "ENTERPRISE",
            "legalForm": "SCIC SA", "location": "06069"}, "role": "FOUNDER", "joinedOn": "2016"},
          {"stakeholder": {"id": "transports", "name": "Transports du Pays grassois SAS", "kind": "ENTERPRISE",
            "legalCategory": "5710", "location": "06069", "sseStatus": {"evidence": "NOT_SSE"}}, "joinedOn": "2026"},
          {"stakeholder": {"id": "menuiserie", "name": "Menuiserie grassoise SARL", "kind": "ENTERPRISE",
            "legalCategory": "5499", "location": "06069", "sseStatus": {"evidence": "NOT_SSE"}, "ceasedOn": "2025"},
            "joinedOn": "2018"},
          {"stakeholder": {"id": "logistique", "name": "Logistique Côte d'Azur SAS", "kind": "ENTERPRISE",
            "legalCategory": "5710", "location": "06088", "sseStatus": {"evidence": "NOT_SSE"}}, "role": "PARTNER",
            "joinedOn": "2019", "leftOn": "2026"},
          {"stakeholder": {"id": "commune", "name": "Commune de Grasse", "kind": "LOCAL_AUTHORITY",
            "legalForm": "commune", "location": "06069", "authorityLevel": "COMMUNE"}, "role": "PARTNER",
            "joinedOn": "2017"},
          {"stakeholder": {"id": "labo", "name": "Laboratoire universitaire (partenaire)", "kind": "RESEARCH_CENTRE",
            "legalCategory": "7383", "location": "06088"}, "role": "PARTNER"}
        ],
        "membersComplete": true,
        "strategy": {"modes": ["POOLING", "COOPERATION"], "documentDate": "2016-05", "startDate": "2016"},
        "projects": [{"title": "Ressourcerie", "innovation": ["SOCIAL"]}],
        "supports": [
          {"funder": "État", "level": "STATE", "kind": "GRANT", "grantedOn": "2026-01", "throughCall": true,
            "programme": "Appel à projets PTCE (exemple)", "ptceCall": true},
          {"funder": "État", "level": "STATE", "kind": "LABEL", "grantedOn": "2021", "throughCall": true},
          {"funder": "État", "level": "STATE", "kind": "GRANT", "grantedOn": "2022-09", "throughCall": true,
            "programme": "Programme d'État (exemple, hors appels PTCE)", "ptceCall": false},
          {"funder": "Région Provence-Alpes-Côte d'Azur", "level": "REGION", "kind": "GRANT", "grantedOn": "2017-03",
            "throughCall": true}
        ],
        "supportsComplete": true
      }
      """;

  static Cluster read(String json) {
    return PtceJson.standard().readCluster(json).orElseThrow();
  }

  static String agreed(Cluster cluster, LocalDate asOf) {
    return Agreement.check(cluster, asOf, ENGINE, EASY_RULES);
  }

  /**
   * The outcome of each criterion of a scheme, by the engine (the baselines agree, or {@link
   * #agreed} threw).
   */
  static Map<String, String> criteria(Cluster cluster, LocalDate asOf, String schemeId) {
    Map<String, String> out = new TreeMap<>();
    ENGINE
        .evaluate(cluster, asOf, schemeId)
        .scheme(schemeId)
        .orElseThrow()
        .criteria()
        .ifPresent(tree -> leaves(tree, schemeId, out));
    return out;
  }

  private static void leaves(CriterionReport node, String schemeId, Map<String, String> out) {
    if (node instanceof CriterionReport.Single single) {
      out.put(single.criterion().id().substring(schemeId.length() + 1), single.outcome().name());
    } else {
      ((CriterionReport.Group) node).parts().forEach(p -> leaves(p, schemeId, out));
    }
  }

  @Test
  void engineAndBaselinesAgreeOnTheBenchmarkClusters() {
    for (int size : new int[] {30, 300, 3000}) {
      Cluster cluster = BenchClusters.cluster(size);
      assertEquals(size, cluster.members().size());
      assertTrue(ClusterValidator.standard().validate(cluster).isEmpty(), "valid at " + size);
      assertEquals("art9=UNDETERMINED decree=ELIGIBLE", agreed(cluster, BenchClusters.AS_OF));
    }
  }

  @Test
  void baselinesAgreeBeforeTheTextsAndOnAMinimalCluster() {
    assertEquals(
        "art9=NOT_APPLICABLE decree=NOT_APPLICABLE",
        agreed(BenchClusters.cluster(30), LocalDate.of(2014, 1, 1)));
    // Nothing listed and nothing declared complete: nothing is a counter-example, so nothing is
    // "no".
    Cluster minimal = Cluster.builder().name("PTCE minimal").build();
    assertEquals("art9=UNDETERMINED decree=UNDETERMINED", agreed(minimal, BenchClusters.AS_OF));
  }

  @Test
  void overAPartialListAMissingKindOfMemberIsUnknownAndOverACompleteListItIsNot() {
    Cluster partial = read(TWO_SSE_ENTERPRISES);
    assertEquals("art9=UNDETERMINED decree=UNDETERMINED", agreed(partial, BenchClusters.AS_OF));
    assertEquals(
        "UNKNOWN", criteria(partial, BenchClusters.AS_OF, ART9).get("i.conventional-enterprises"));
    assertEquals(
        "UNKNOWN", criteria(partial, BenchClusters.AS_OF, DECREE).get("2.three-legal-persons"));
    assertEquals(
        "UNKNOWN", criteria(partial, BenchClusters.AS_OF, DECREE).get("2.other-art9-person"));

    Cluster complete =
        Cluster.builder().from(partial).membersComplete(true).supportsComplete(true).build();
    assertEquals("art9=NOT_ELIGIBLE decree=NOT_ELIGIBLE", agreed(complete, BenchClusters.AS_OF));
    assertEquals(
        "NOT_MET", criteria(complete, BenchClusters.AS_OF, ART9).get("i.conventional-enterprises"));
    Map<String, String> decree = criteria(complete, BenchClusters.AS_OF, DECREE);
    assertEquals("NOT_MET", decree.get("2.three-legal-persons"));
    assertEquals("NOT_MET", decree.get("2.non-sse-enterprise"));
    assertEquals("NOT_MET", decree.get("2.other-art9-person"));
    assertEquals("MET", decree.get("4.no-previous-state-support"));
  }

  @Test
  void datesKnownToTheMonthOrYearPartnerEnterprisesAndStateCallsAgree() {
    Cluster cluster = read(DATES_KNOWN_IN_PART);
    assertTrue(ClusterValidator.standard().validate(cluster).isEmpty());

    // 2025-06-01: the partner company in Nice is a member, and an enterprise of the grouping
    // whatever its role;
    // the State call for PTCEs of January 2026 comes later; the label and the other programme do
    // not count.
    LocalDate spring2025 = LocalDate.of(2025, 6, 1);
    assertEquals("art9=NOT_ELIGIBLE decree=ELIGIBLE", agreed(cluster, spring2025));
    assertEquals("NOT_MET", criteria(cluster, spring2025, ART9).get("i.same-territory"));

    // 2026-01-15: the partner company left in 2026, the company joined in 2026, the support came in
    // January 2026:
    // all perhaps before the date, perhaps after.
    Map<String, String> art9 = criteria(cluster, BenchClusters.AS_OF, ART9);
    Map<String, String> decree = criteria(cluster, BenchClusters.AS_OF, DECREE);
    assertEquals("art9=UNDETERMINED decree=UNDETERMINED", agreed(cluster, BenchClusters.AS_OF));
    assertEquals("UNKNOWN", art9.get("i.same-territory"));
    assertEquals("UNKNOWN", art9.get("i.conventional-enterprises"));
    assertEquals("UNKNOWN", decree.get("2.non-sse-enterprise"));
    assertEquals("UNKNOWN", decree.get("4.no-previous-state-support"));

    // 2027-01-01: the partner has left, the SARL has ceased, the company has joined, the State call
    // is earlier.
    LocalDate early2027 = LocalDate.of(2027, 1, 1);
    assertEquals("art9=UNDETERMINED decree=NOT_ELIGIBLE", agreed(cluster, early2027));
    assertEquals("MET", criteria(cluster, early2027, ART9).get("i.same-territory"));
    assertEquals(
        "NOT_MET", criteria(cluster, early2027, DECREE).get("4.no-previous-state-support"));
  }

  @Test
  void clustersWithMembersKnownOnlyByDescriptionAreNotCompared() {
    Cluster described =
        Cluster.builder()
            .from(read(TWO_SSE_ENTERPRISES))
            .addUnnamedMembers(
                UnnamedMembers.builder().kind(StakeholderKind.ENTERPRISE).count(3).build())
            .build();
    assertThrows(IllegalArgumentException.class, () -> agreed(described, BenchClusters.AS_OF));
  }

  /**
   * The 30-member cluster on a perimeter of the 18th arrondissement of Paris, its members located
   * in turn.
   */
  private static Cluster inParis(List<String> locations) {
    Cluster cluster = BenchClusters.cluster(30);
    Cluster.Builder builder =
        Cluster.builder()
            .from(cluster)
            .members(List.of())
            .perimeter(Perimeter.ofCommunes(CommuneCode.parse("75118")));
    for (int i = 0; i < cluster.members().size(); i++) {
      Membership m = cluster.members().get(i);
      CommuneCode here = CommuneCode.parse(locations.get(i % locations.size()));
      builder.addMembers(
          Membership.builder()
              .from(m)
              .stakeholder(
                  io.github.ptce.core.stakeholder.Stakeholder.builder()
                      .from(m.stakeholder())
                      .location(here)
                      .build())
              .build());
    }
    return builder.build();
  }

  private static Outcome sameTerritory(Cluster cluster) {
    CriterionReport tree =
        EligibilityEngine.standard()
            .evaluate(cluster, BenchClusters.AS_OF, "fr.law.2014-856.art9")
            .scheme("fr.law.2014-856.art9")
            .orElseThrow()
            .criteria()
            .orElseThrow();
    return ((CriterionReport.Group) tree)
        .parts().stream()
            .filter(
                p ->
                    p instanceof CriterionReport.Single single
                        && single.criterion().id().equals("fr.law.2014-856.art9.i.same-territory"))
            .findFirst()
            .orElseThrow()
            .outcome();
  }

  @Test
  void baselinesAgreeOnAPerimeterOfOneArrondissement() {
    EasyRulesBaseline easyRules = new EasyRulesBaseline();
    EligibilityEngine engine = EligibilityEngine.standard();
    Cluster inside = inParis(List.of("75118"));
    Cluster somewhereInParis = inParis(List.of("75118", "75056"));
    Cluster nextDoor = inParis(List.of("75118", "75056", "75111"));
    for (Cluster cluster : List.of(inside, somewhereInParis, nextDoor)) {
      assertTrue(ClusterValidator.standard().validate(cluster).isEmpty());
      Agreement.check(cluster, BenchClusters.AS_OF, engine, easyRules);
    }
    assertEquals(Outcome.MET, sameTerritory(inside));
    assertEquals(Outcome.UNKNOWN, sameTerritory(somewhereInParis));
    assertEquals(Outcome.NOT_MET, sameTerritory(nextDoor));
  }
}

package io.github.ptce.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.Perimeter;
import io.github.ptce.rules.CriterionReport;
import io.github.ptce.rules.Outcome;
import java.util.List;
import io.github.ptce.core.validation.ClusterValidator;
import io.github.ptce.rules.EligibilityEngine;
import org.junit.jupiter.api.Test;

/** The benchmark clusters are valid, and the engine and the baselines compute the same outcomes on them. */
class AgreementTest {

  @Test
  void engineAndBaselinesAgreeOnTheBenchmarkClusters() {
    EasyRulesBaseline easyRules = new EasyRulesBaseline();
    for (int size : new int[] {30, 300, 3000}) {
      Cluster cluster = BenchClusters.cluster(size);
      assertEquals(size, cluster.members().size());
      assertTrue(ClusterValidator.standard().validate(cluster).isEmpty(), "valid at " + size);
      assertEquals("art9=UNDETERMINED decree=ELIGIBLE",
          Agreement.check(cluster, BenchClusters.AS_OF, EligibilityEngine.standard(), easyRules));
    }
  }

  @Test
  void baselinesAgreeBeforeTheTextsAndOnAMinimalCluster() {
    EasyRulesBaseline easyRules = new EasyRulesBaseline();
    EligibilityEngine engine = EligibilityEngine.standard();
    assertEquals("art9=NOT_APPLICABLE decree=NOT_APPLICABLE", Agreement.check(BenchClusters.cluster(30),
        java.time.LocalDate.of(2014, 1, 1), engine, easyRules));
    Cluster minimal = Cluster.builder().name("PTCE minimal").build();
    assertEquals("art9=NOT_ELIGIBLE decree=NOT_ELIGIBLE",
        Agreement.check(minimal, BenchClusters.AS_OF, engine, easyRules));
  }

  /** The 30-member cluster on a perimeter of the 18th arrondissement of Paris, its members located in turn. */
  private static Cluster inParis(List<String> locations) {
    Cluster cluster = BenchClusters.cluster(30);
    Cluster.Builder builder = Cluster.builder().from(cluster).members(List.of())
        .perimeter(Perimeter.ofCommunes(CommuneCode.parse("75118")));
    for (int i = 0; i < cluster.members().size(); i++) {
      Membership m = cluster.members().get(i);
      CommuneCode here = CommuneCode.parse(locations.get(i % locations.size()));
      builder.addMembers(Membership.builder().from(m)
          .stakeholder(io.github.ptce.core.stakeholder.Stakeholder.builder().from(m.stakeholder()).location(here)
              .build())
          .build());
    }
    return builder.build();
  }

  private static Outcome sameTerritory(Cluster cluster) {
    CriterionReport tree = EligibilityEngine.standard().evaluate(cluster, BenchClusters.AS_OF, "fr.law.2014-856.art9")
        .scheme("fr.law.2014-856.art9").orElseThrow().criteria().orElseThrow();
    return ((CriterionReport.Group) tree).parts().stream()
        .filter(p -> p instanceof CriterionReport.Single single
            && single.criterion().id().equals("fr.law.2014-856.art9.i.same-territory"))
        .findFirst().orElseThrow().outcome();
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

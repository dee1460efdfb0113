package io.github.ptce.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.cluster.Cluster;
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
}

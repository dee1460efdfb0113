package io.github.ptce.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.ptce.core.json.PtceJson;
import io.github.ptce.core.testing.PtceGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generators make only valid clusters: the validator finds nothing, directly or through JSON.
 */
class GeneratedClustersValidTest {

  @Test
  void generatedClustersHaveNoConstraintViolation() {
    qt().withFixedSeed(42L)
        .withExamples(300)
        .forAll(PtceGenerators.clusters())
        .checkAssert(
            cluster -> assertEquals(List.of(), ClusterValidator.standard().validate(cluster)));
  }

  @Test
  void generatedClustersReadBackValidThroughReadJson() {
    qt().withFixedSeed(43L)
        .withExamples(100)
        .forAll(PtceGenerators.clusters())
        .checkAssert(
            cluster ->
                assertEquals(
                    List.of(),
                    PtceJson.standard()
                        .readCluster(PtceJson.standard().writeCluster(cluster))
                        .violations()));
  }
}

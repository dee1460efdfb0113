package io.github.ptce.core.cluster;

import static io.github.ptce.core.testing.ValueChecks.assertEqualValues;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.ptce.core.cooperation.CooperationStrategy;
import io.github.ptce.core.cooperation.Project;
import io.github.ptce.core.resources.ResourceMix;
import io.github.ptce.core.resources.Subsidy;
import io.github.ptce.core.stakeholder.EsusAgreement;
import io.github.ptce.core.stakeholder.SseStatus;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StatutoryClauses;
import io.github.ptce.core.testing.PtceGenerators;
import org.junit.jupiter.api.Test;

/**
 * The aggregates of the model are values: a copy rebuilt from a value is equal to it, with the same
 * hash.
 */
class ModelValuePropertyTest {

  @Test
  void clustersAndTheirParts() {
    qt().withFixedSeed(41L)
        .withExamples(200)
        .forAll(PtceGenerators.clusters())
        .checkAssert(
            cluster -> {
              assertEqualValues(cluster, Cluster.builder().from(cluster).build());
              assertNotEquals(cluster, cluster.withName(cluster.name() + "x"));
              for (Membership membership : cluster.members()) {
                assertEqualValues(membership, Membership.builder().from(membership).build());
              }
              cluster
                  .coordination()
                  .ifPresent(c -> assertEqualValues(c, Coordination.builder().from(c).build()));
              for (Support support : cluster.supports()) {
                assertEqualValues(support, Support.builder().from(support).build());
              }
              cluster
                  .strategy()
                  .ifPresent(
                      s -> assertEqualValues(s, CooperationStrategy.builder().from(s).build()));
              for (Project project : cluster.projects()) {
                assertEqualValues(project, Project.builder().from(project).build());
              }
              for (ResourceMix mix : cluster.resources()) {
                assertEqualValues(mix, ResourceMix.builder().from(mix).build());
                for (Subsidy subsidy : mix.subsidies()) {
                  assertEqualValues(subsidy, Subsidy.builder().from(subsidy).build());
                }
              }
            });
  }

  @Test
  void stakeholdersAndTheirParts() {
    qt().withFixedSeed(42L)
        .withExamples(500)
        .forAll(PtceGenerators.stakeholders())
        .checkAssert(
            stakeholder -> {
              assertEqualValues(stakeholder, Stakeholder.builder().from(stakeholder).build());
              assertNotEquals(stakeholder, stakeholder.withId(stakeholder.id() + "x"));
              SseStatus status = stakeholder.sseStatus();
              assertEqualValues(status, SseStatus.builder().from(status).build());
              status
                  .esusAgreement()
                  .ifPresent(a -> assertEqualValues(a, EsusAgreement.builder().from(a).build()));
              stakeholder
                  .statutes()
                  .ifPresent(s -> assertEqualValues(s, StatutoryClauses.builder().from(s).build()));
            });
  }
}

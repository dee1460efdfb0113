package io.github.ptce.examples;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.Coordination;
import io.github.ptce.core.cluster.MemberRole;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.cluster.Support;
import io.github.ptce.core.cluster.SupportKind;
import io.github.ptce.core.cooperation.CooperationMode;
import io.github.ptce.core.cooperation.CooperationStrategy;
import io.github.ptce.core.cooperation.InnovationType;
import io.github.ptce.core.cooperation.Project;
import io.github.ptce.core.resources.Amount;
import io.github.ptce.core.resources.FunderLevel;
import io.github.ptce.core.resources.ResourceMix;
import io.github.ptce.core.resources.Subsidy;
import io.github.ptce.core.stakeholder.EsusAgreement;
import io.github.ptce.core.stakeholder.LegalCategory;
import io.github.ptce.core.stakeholder.SocialUtilityObjective;
import io.github.ptce.core.stakeholder.SseEvidence;
import io.github.ptce.core.stakeholder.SseStatus;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.stakeholder.StatutoryClauses;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.EpciCode;
import io.github.ptce.core.territory.Perimeter;
import java.time.LocalDate;

/**
 * What {@link Services#warmUp()} does on its background thread: boot the validator and validate a
 * small cluster that has one object of every kind (Hibernate Validator builds the constraint
 * metadata of each class on its first validation, which is most of a cold start), then load the
 * engine and evaluate it. The cluster is thrown away; nothing it does is visible to the command.
 */
final class Warmup {
  private Warmup() {}

  static void run() {
    Cluster cluster = cluster();
    Services.validator().validate(cluster);
    Services.engine().evaluate(cluster, LocalDate.of(2026, 1, 1));
  }

  static Cluster cluster() {
    CommuneCode commune = CommuneCode.parse("06069");
    LocalDate date = LocalDate.of(2020, 1, 1);
    return Cluster.builder()
        .name("warm-up")
        .perimeter(
            Perimeter.builder().addCommune(commune).addEpci(EpciCode.parse("200039857")).build())
        .addMember(
            Membership.builder()
                .stakeholder(
                    Stakeholder.builder()
                        .id("a")
                        .name("A")
                        .kind(StakeholderKind.ENTERPRISE)
                        .legalCategory(LegalCategory.parse("5710"))
                        .location(commune)
                        .sseStatus(
                            SseStatus.builder()
                                .evidence(SseEvidence.ESUS_AGREEMENT)
                                .essMentionDate(date)
                                .esusAgreement(EsusAgreement.builder().start(date).build())
                                .build())
                        .statutes(
                            StatutoryClauses.builder()
                                .purposeOtherThanProfitSharing(true)
                                .addSocialUtilityObjectives(
                                    SocialUtilityObjective.SUSTAINABLE_DEVELOPMENT)
                                .build())
                        .build())
                .role(MemberRole.CARRIER)
                .joinedOn(date)
                .build())
        .coordination(Coordination.builder().addFunders("B").build())
        .strategy(
            CooperationStrategy.builder().addModes(CooperationMode.POOLING).startDate(date).build())
        .addProject(Project.builder().title("P").addInnovation(InnovationType.SOCIAL).build())
        .addResource(
            ResourceMix.builder()
                .year(2020)
                .addSubsidies(
                    Subsidy.builder()
                        .funder("C")
                        .level(FunderLevel.REGION)
                        .amount(Amount.ofEuros(1))
                        .build())
                .build())
        .addSupport(
            Support.builder().funder("C").level(FunderLevel.REGION).kind(SupportKind.GRANT).build())
        .build();
  }
}

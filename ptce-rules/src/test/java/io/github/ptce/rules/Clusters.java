package io.github.ptce.rules;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.MemberRole;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.cooperation.CooperationMode;
import io.github.ptce.core.cooperation.CooperationStrategy;
import io.github.ptce.core.cooperation.InnovationType;
import io.github.ptce.core.cooperation.Project;
import io.github.ptce.core.stakeholder.LegalCategory;
import io.github.ptce.core.stakeholder.SseStatus;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.EpciCode;
import io.github.ptce.core.territory.Perimeter;
import java.time.LocalDate;

/** Hand-made clusters for the engine tests (synthetic; codes from domain/reference-data.md). */
final class Clusters {
  static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
  static final CommuneCode GRASSE = CommuneCode.parse("06069");
  static final CommuneCode NICE = CommuneCode.parse("06088");

  private Clusters() {}

  static Stakeholder association(String id) {
    return Stakeholder.builder()
        .id(id)
        .name("Association " + id)
        .kind(StakeholderKind.ENTERPRISE)
        .legalCategory(LegalCategory.parse("9220"))
        .location(GRASSE)
        .build();
  }

  static Stakeholder company(String id) {
    return Stakeholder.builder()
        .id(id)
        .name("SAS " + id)
        .kind(StakeholderKind.ENTERPRISE)
        .legalCategory(LegalCategory.parse("5710"))
        .location(GRASSE)
        .sseStatus(SseStatus.notSse())
        .build();
  }

  static Stakeholder agglomeration() {
    return Stakeholder.builder()
        .id("capg")
        .name("CA du Pays de Grasse")
        .kind(StakeholderKind.LOCAL_AUTHORITY_GROUPING)
        .legalCategory(LegalCategory.parse("7348"))
        .location(GRASSE)
        .build();
  }

  /** A cluster where every fact of Art. 9 and décret 2015-431 is given. */
  static Cluster complete() {
    return Cluster.builder()
        .name("Pôle complet (synthétique)")
        .perimeter(Perimeter.ofEpcis(EpciCode.parse("200039857")))
        .addMembers(Membership.of(association("a1"), MemberRole.CARRIER))
        .addMembers(Membership.of(company("c1"), MemberRole.MEMBER))
        .addMembers(Membership.of(agglomeration(), MemberRole.PARTNER))
        .strategy(
            CooperationStrategy.builder()
                .addModes(CooperationMode.POOLING)
                .documentDate(LocalDate.of(2020, 1, 1))
                .startDate(LocalDate.of(2020, 1, 1))
                .build())
        .addProjects(
            Project.builder()
                .title("Réemploi")
                .addInnovation(InnovationType.SOCIAL)
                .addLocalDevelopmentAims("emplois locaux")
                .build())
        .build();
  }
}

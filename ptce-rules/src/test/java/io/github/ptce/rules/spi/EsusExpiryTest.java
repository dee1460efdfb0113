package io.github.ptce.rules.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.MemberRole;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.stakeholder.EsusAgreement;
import io.github.ptce.core.stakeholder.LegalCategory;
import io.github.ptce.core.stakeholder.SseStatus;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.territory.EpciCode;
import io.github.ptce.core.territory.Perimeter;
import io.github.ptce.core.time.PartialDate;
import io.github.ptce.rules.CriterionReport;
import io.github.ptce.rules.EligibilityEngine;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.SchemeReport;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reason of an expired ESUS agreement gives the day it ended (issue 13, item 8). */
class EsusExpiryTest {
  static final String ART1 = "fr.law.2014-856.art1";
  static final String ESUS = "fr.code-travail.l3332-17-1.esus-agreement";
  static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  static Stakeholder company(EsusAgreement agreement) {
    return Stakeholder.builder()
        .id("sas")
        .name("SAS Solidaire (synthétique)")
        .kind(StakeholderKind.ENTERPRISE)
        .legalCategory(LegalCategory.parse("5710"))
        .sseStatus(SseStatus.esus(agreement))
        .build();
  }

  static Message reason(SchemeReport report, String criterionId) {
    return find(report.criteria().orElseThrow(), criterionId).orElseThrow().result().reason();
  }

  static Optional<CriterionReport.Single> find(CriterionReport node, String id) {
    if (node instanceof CriterionReport.Single single) {
      return single.criterion().id().equals(id) ? Optional.of(single) : Optional.empty();
    }
    for (CriterionReport part : ((CriterionReport.Group) node).parts()) {
      Optional<CriterionReport.Single> found = find(part, id);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  @Test
  void theLastDayIsTheDeclaredEndOrTheFifthAnniversaryEve() {
    assertEquals(
        Optional.of(PartialDate.parse("2019-12-31")),
        SseDefinition.esusLastDay(
            company(
                EsusAgreement.builder()
                    .start(LocalDate.of(2015, 1, 1))
                    .end(LocalDate.of(2019, 12, 31))
                    .build())));
    assertEquals(
        Optional.of(PartialDate.parse("2020-03-01")),
        SseDefinition.esusLastDay(
            company(EsusAgreement.builder().start(LocalDate.of(2015, 3, 2)).build())));
    // Known to the month or year, the last day is as precise as the start.
    assertEquals(
        Optional.of(PartialDate.parse("2020-03")),
        SseDefinition.esusLastDay(
            company(EsusAgreement.builder().start(PartialDate.parse("2015-03")).build())));
    assertEquals(
        Optional.of(PartialDate.parse("2020")),
        SseDefinition.esusLastDay(
            company(EsusAgreement.builder().start(PartialDate.parse("2015")).build())));
    assertEquals(
        Optional.empty(), SseDefinition.esusLastDay(company(EsusAgreement.builder().build())));
    assertEquals(
        Optional.empty(),
        SseDefinition.esusLastDay(
            company(
                EsusAgreement.builder().start(LocalDate.of(2015, 3, 2)).asOfRight(true).build())));
  }

  @Test
  void art1SaysWhenAnAgreementWithoutEndExpired() {
    Stakeholder sas = company(EsusAgreement.builder().start(LocalDate.of(2015, 1, 1)).build());
    Cluster cluster =
        Cluster.builder()
            .name("Pôle (synthétique)")
            .addMembers(Membership.of(sas, MemberRole.MEMBER))
            .build();
    SchemeReport art1 =
        EligibilityEngine.standard()
            .evaluate(cluster, AS_OF, ART1)
            .scheme(ART1, "sas")
            .orElseThrow();
    Message reason = reason(art1, ESUS);
    assertEquals(ESUS + ".expiredMaximum", reason.key());
    assertTrue(
        reason.text(Locale.ENGLISH).contains("ended on 2019-12-31 at the latest"),
        reason.text(Locale.ENGLISH));
    assertTrue(
        reason.text(Locale.FRENCH).contains("pris fin le 2019-12-31 au plus tard"),
        reason.text(Locale.FRENCH));
  }

  @Test
  void coteSaysWhenTheCarriersAgreementEnded() {
    Stakeholder sas =
        company(
            EsusAgreement.builder()
                .start(LocalDate.of(2019, 6, 3))
                .end(LocalDate.of(2024, 6, 2))
                .build());
    Cluster cluster =
        Cluster.builder()
            .name("Pôle lillois (synthétique)")
            .perimeter(Perimeter.ofEpcis(EpciCode.parse("200093201")))
            .addMembers(Membership.of(sas, MemberRole.CARRIER))
            .build();
    SchemeReport cote =
        EligibilityEngine.standard()
            .evaluate(cluster, AS_OF, "fr.region.hauts-de-france.cote")
            .scheme("fr.region.hauts-de-france.cote")
            .orElseThrow();
    Message reason = reason(cote, "fr.region.hauts-de-france.cote.carrier");
    assertEquals("fr.region.hauts-de-france.cote.carrier.esusNotValid", reason.key());
    // In the words of the law's ESUS criterion, so that the dates read the same in every scheme.
    assertTrue(
        reason.text(Locale.ENGLISH).contains("ended on 2024-06-02"), reason.text(Locale.ENGLISH));
    assertTrue(
        reason.text(Locale.FRENCH).contains("a pris fin le 2024-06-02"),
        reason.text(Locale.FRENCH));
  }
}

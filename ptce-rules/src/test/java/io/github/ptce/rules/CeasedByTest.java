package io.github.ptce.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.MemberRole;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.stakeholder.LegalCategory;
import io.github.ptce.core.stakeholder.SseStatus;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.Perimeter;
import io.github.ptce.core.time.PartialDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A unit that had ceased by a date at the latest ({@code ceasedBy}, what a Sirene stock file
 * tells): certainly not a member from the last day of that date on, perhaps one before, and the
 * report then asks for the day it ceased.
 */
class CeasedByTest {
  static final String SAME_TERRITORY = "fr.law.2014-856.art9.i.same-territory";

  static Membership member(Stakeholder.Builder stakeholder) {
    return Membership.builder().stakeholder(stakeholder.build()).build();
  }

  static Stakeholder.Builder enterprise(String id, String commune) {
    return Stakeholder.builder()
        .id(id)
        .name("SAS " + id.toUpperCase(java.util.Locale.ROOT))
        .kind(StakeholderKind.ENTERPRISE)
        .legalCategory(LegalCategory.parse("5710"))
        .sseStatus(SseStatus.notSse())
        .location(CommuneCode.parse(commune));
  }

  @Test
  void certainlyGoneFromTheLastDayOfTheDateUnknownBefore() {
    Membership byDay = member(enterprise("a", "06069").ceasedBy(LocalDate.of(2019, 6, 30)));
    assertEquals(
        Outcome.MET,
        Evaluator.presence(member(enterprise("b", "06069")), LocalDate.of(2019, 6, 29)));
    assertEquals(Outcome.UNKNOWN, Evaluator.presence(byDay, LocalDate.of(2019, 6, 29)));
    assertEquals(Outcome.NOT_MET, Evaluator.presence(byDay, LocalDate.of(2019, 6, 30)));
    assertEquals(Outcome.NOT_MET, Evaluator.presence(byDay, LocalDate.of(2026, 1, 15)));

    Membership byYear = member(enterprise("a", "06069").ceasedBy(PartialDate.parse("2019")));
    assertEquals(Outcome.UNKNOWN, Evaluator.presence(byYear, LocalDate.of(2019, 6, 30)));
    assertEquals(Outcome.NOT_MET, Evaluator.presence(byYear, LocalDate.of(2019, 12, 31)));
    // A leaving date already decides: no longer a member, whatever the unit became.
    Membership left =
        Membership.builder().from(byDay).leftOn(PartialDate.parse("2018-01-01")).build();
    assertEquals(Outcome.NOT_MET, Evaluator.presence(left, LocalDate.of(2019, 1, 1)));
  }

  @Test
  void anEnterpriseOutsideThatMayHaveCeasedIsNoCounterExampleAndItsCessationDayIsAsked() {
    Cluster cluster =
        Cluster.builder()
            .name("PTCE de test (synthétique)")
            .perimeter(Perimeter.builder().addCommunes(CommuneCode.parse("06069")).build())
            .addMembers(
                Membership.builder()
                    .stakeholder(
                        enterprise("porteur", "06069").kind(StakeholderKind.ENTERPRISE).build())
                    .role(MemberRole.CARRIER)
                    .build())
            .addMembers(
                member(enterprise("lointaine", "75056").ceasedBy(LocalDate.of(2020, 6, 30))))
            .build();
    EligibilityEngine engine = EligibilityEngine.standard();

    CriterionResult before = result(engine, cluster, LocalDate.of(2020, 1, 15));
    assertEquals(Outcome.UNKNOWN, before.outcome());
    MissingFact asked =
        before.missingFacts().stream()
            .filter(f -> f.path().equals("$.members[1].stakeholder.ceasedOn"))
            .findFirst()
            .orElseThrow();
    assertEquals("fact.ceasedBy", asked.description().key());

    CriterionResult after = result(engine, cluster, LocalDate.of(2020, 6, 30));
    assertEquals(Outcome.MET, after.outcome(), after::toString);
    assertEquals(List.of(), after.missingFacts());
  }

  private static CriterionResult result(EligibilityEngine engine, Cluster cluster, LocalDate asOf) {
    SchemeReport art9 =
        engine
            .evaluate(cluster, asOf, List.of("fr.law.2014-856.art9"), List.of())
            .schemes()
            .stream()
            .filter(s -> s.scheme().id().equals("fr.law.2014-856.art9"))
            .findFirst()
            .orElseThrow();
    return find(art9.criteria().orElseThrow());
  }

  private static CriterionResult find(CriterionReport node) {
    if (node instanceof CriterionReport.Single single) {
      return single.criterion().id().equals(SAME_TERRITORY) ? single.result() : null;
    }
    for (CriterionReport part : ((CriterionReport.Group) node).parts()) {
      CriterionResult found = find(part);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}

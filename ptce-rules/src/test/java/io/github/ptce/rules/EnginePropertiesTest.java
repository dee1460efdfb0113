package io.github.ptce.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.MemberRole;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.cluster.Support;
import io.github.ptce.core.cluster.SupportKind;
import io.github.ptce.core.cooperation.CooperationMode;
import io.github.ptce.core.cooperation.CooperationStrategy;
import io.github.ptce.core.cooperation.InnovationType;
import io.github.ptce.core.cooperation.Project;
import io.github.ptce.core.resources.FunderLevel;
import io.github.ptce.core.stakeholder.EsusAgreement;
import io.github.ptce.core.stakeholder.LegalCategory;
import io.github.ptce.core.stakeholder.SpecificStatus;
import io.github.ptce.core.stakeholder.SseStatus;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.stakeholder.StatutoryClauses;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.EpciCode;
import io.github.ptce.core.territory.Perimeter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of the engine over generated clusters: it never throws on a valid cluster, more
 * members never undo a composition criterion, less information never creates a "met", and
 * evaluating in parallel gives what evaluating one by one gives.
 */
class EnginePropertiesTest {
  static final EligibilityEngine ENGINE = EligibilityEngine.standard();
  static final List<String> LAW =
      List.of("fr.law.2014-856.art1", "fr.law.2014-856.art9", "fr.decree.2015-431.art3");
  static final CommuneCode GRASSE = CommuneCode.parse("06069");
  static final CommuneCode NICE = CommuneCode.parse("06088");
  static final long SEED = 20261126L;

  // ---------------------------------------------------------------- generators

  /** One of the stakeholder shapes that matter to the rules, at one of three locations. */
  static Stakeholder stakeholder(int shape, int where, int index) {
    Stakeholder.Builder b =
        Stakeholder.builder()
            .id("s" + index)
            .name("Partie prenante " + index)
            .kind(StakeholderKind.ENTERPRISE);
    switch (shape) {
      case 0 -> b.legalCategory(LegalCategory.parse("9220"));
      case 1 -> {} // an enterprise about which nothing is known
      case 2 -> b.legalCategory(LegalCategory.parse("5710")).sseStatus(SseStatus.notSse());
      case 3 -> b.legalCategory(LegalCategory.parse("5710"));
      case 4 ->
          b.legalCategory(LegalCategory.parse("5710"))
              .sseStatus(SseStatus.essMention(LocalDate.of(2018, 1, 1)));
      case 5 -> b.addSpecificStatuses(SpecificStatus.SCIC);
      case 6 -> b.kind(StakeholderKind.LOCAL_AUTHORITY).legalCategory(LegalCategory.parse("7210"));
      case 7 -> b.kind(StakeholderKind.RESEARCH_CENTRE);
      case 8 -> b.kind(StakeholderKind.NATURAL_PERSON);
      case 9 -> b.kind(StakeholderKind.ENTERPRISE_GROUPING).mostlyNonSseMembers(index % 2 == 0);
      case 10 ->
          b.sseStatus(
              SseStatus.esus(EsusAgreement.builder().start(LocalDate.of(2023, 3, 1)).build()));
      case 11 ->
          b.legalCategory(LegalCategory.parse("5710"))
              .sseStatus(SseStatus.essMention(LocalDate.of(2018, 1, 1)))
              .statutes(
                  StatutoryClauses.builder()
                      .addSocialUtilityObjectives(
                          io.github.ptce.core.stakeholder.SocialUtilityObjective.OTHER)
                      .build());
      default -> b.legalCategory(LegalCategory.parse("9999"));
    }
    if (where == 0) {
      b.location(GRASSE);
    } else if (where == 1) {
      b.location(NICE);
    }
    return b.build();
  }

  static final Gen<int[]> MEMBER =
      SourceDSL.integers()
          .between(0, 12)
          .zip(
              SourceDSL.integers().between(0, 2),
              SourceDSL.integers().between(0, 3),
              (s, w, r) -> new int[] {s, w, r});

  static final Gen<Cluster> CLUSTERS =
      SourceDSL.lists()
          .of(MEMBER)
          .ofSizeBetween(0, 9)
          .zip(
              SourceDSL.integers().between(0, 31),
              (members, flags) -> {
                Cluster.Builder b = Cluster.builder().name("Pôle généré");
                boolean carrier = false;
                for (int i = 0; i < members.size(); i++) {
                  int[] m = members.get(i);
                  MemberRole role =
                      m[2] == 3 && !carrier
                          ? MemberRole.CARRIER
                          : MemberRole.values()[1 + m[2] % 3];
                  carrier |= role == MemberRole.CARRIER;
                  b.addMembers(Membership.of(stakeholder(m[0], m[1], i), role));
                }
                if ((flags & 1) != 0) {
                  b.perimeter(Perimeter.ofEpcis(EpciCode.parse("200039857")));
                }
                if ((flags & 2) != 0) {
                  CooperationStrategy.Builder s =
                      CooperationStrategy.builder().addModes(CooperationMode.POOLING);
                  if ((flags & 4) != 0) {
                    s.documentDate(LocalDate.of(2019, 1, 1));
                  }
                  b.strategy(s.build());
                }
                if ((flags & 8) != 0) {
                  Project.Builder p = Project.builder().title("Projet");
                  if ((flags & 4) != 0) {
                    p.addInnovation(InnovationType.TECHNOLOGICAL);
                  }
                  b.addProjects(p.build());
                }
                if ((flags & 16) != 0) {
                  b.addSupports(
                      Support.builder()
                          .funder("Région")
                          .level(FunderLevel.REGION)
                          .kind(SupportKind.GRANT)
                          .throughCall(true)
                          .build());
                }
                return b.build();
              });

  static final Gen<LocalDate> DATES =
      SourceDSL.arbitrary()
          .pick(
              LocalDate.of(2014, 8, 1),
              LocalDate.of(2014, 8, 2),
              LocalDate.of(2019, 5, 23),
              LocalDate.of(2019, 5, 24),
              LocalDate.of(2024, 6, 1),
              LocalDate.of(2026, 1, 15));

  // ---------------------------------------------------------------- helpers

  /** Every criterion outcome of the law schemes, by scheme, member and criterion. */
  static Map<String, Outcome> outcomes(Cluster cluster, LocalDate asOf) {
    Map<String, Outcome> out = new HashMap<>();
    for (SchemeReport report : ENGINE.evaluate(cluster, asOf, LAW, List.of()).schemes()) {
      String head = report.scheme().id() + report.subject().map(s -> "[" + s.id() + "]").orElse("");
      report.criteria().ifPresent(c -> collect(head, c, out));
    }
    return out;
  }

  private static void collect(String head, CriterionReport report, Map<String, Outcome> out) {
    if (report instanceof CriterionReport.Single single) {
      out.put(head + " " + single.criterion().id(), single.outcome());
    } else {
      ((CriterionReport.Group) report).parts().forEach(p -> collect(head, p, out));
    }
  }

  // ---------------------------------------------------------------- properties

  @Test
  void evaluationNeverThrowsOnAValidCluster() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(CLUSTERS, DATES)
        .checkAssert(
            (cluster, asOf) -> {
              EligibilityReport report = ENGINE.evaluate(cluster, asOf);
              assertTrue(report.schemes().stream().allMatch(r -> r.outcome() != null));
              Overview overview = ENGINE.overview(cluster, asOf);
              assertEquals(asOf, overview.asOf());
            });
  }

  static final List<String> COMPOSITION =
      List.of(
          "fr.law.2014-856.art9.i.same-territory",
          "fr.law.2014-856.art9.i.sse-enterprises",
          "fr.law.2014-856.art9.i.conventional-enterprises",
          "fr.law.2014-856.art9.i.partners",
          "fr.decree.2015-431.art3.2.three-legal-persons",
          "fr.decree.2015-431.art3.2.sse-enterprise",
          "fr.decree.2015-431.art3.2.non-sse-enterprise",
          "fr.decree.2015-431.art3.2.other-art9-person");

  @Test
  void addingAQualifyingMemberNeverUndoesACompositionCriterion() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(CLUSTERS, SourceDSL.integers().between(0, 3))
        .checkAssert(
            (cluster, which) -> {
              int shape =
                  new int[] {0, 2, 6, 5}
                      [which]; // an association, a conventional company, a commune, a SCIC
              Stakeholder added =
                  Stakeholder.builder().from(stakeholder(shape, 0, 99)).id("added").build();
              Cluster more =
                  Cluster.builder()
                      .from(cluster)
                      .addMembers(Membership.of(added, MemberRole.MEMBER))
                      .build();
              Map<String, Outcome> before = outcomes(cluster, Clusters.AS_OF);
              Map<String, Outcome> after = outcomes(more, Clusters.AS_OF);
              for (String id : COMPOSITION) {
                String scheme =
                    id.startsWith("fr.law") ? "fr.law.2014-856.art9" : "fr.decree.2015-431.art3";
                Outcome was = before.get(scheme + " " + id);
                if (was == Outcome.MET) {
                  assertEquals(
                      Outcome.MET,
                      after.get(scheme + " " + id),
                      id + " after adding " + added.name());
                }
              }
            });
  }

  /**
   * Ways to forget one fact of a cluster (never a joining or leaving date: those carry an
   * assumption).
   */
  static final List<UnaryOperator<Cluster>> FORGET =
      List.of(
          c ->
              mapMembers(
                  c, s -> Stakeholder.builder().from(s).legalCategory(Optional.empty()).build()),
          c ->
              mapMembers(
                  c, s -> Stakeholder.builder().from(s).sseStatus(SseStatus.unknown()).build()),
          c -> mapMembers(c, s -> Stakeholder.builder().from(s).location(Optional.empty()).build()),
          c -> mapMembers(c, s -> Stakeholder.builder().from(s).statutes(Optional.empty()).build()),
          c ->
              mapMembers(c, s -> Stakeholder.builder().from(s).specificStatuses(List.of()).build()),
          c ->
              mapMembers(
                  c,
                  s -> Stakeholder.builder().from(s).mostlyNonSseMembers(Optional.empty()).build()),
          c -> Cluster.builder().from(c).perimeter(Optional.empty()).build(),
          c -> Cluster.builder().from(c).strategy(Optional.empty()).build(),
          c ->
              Cluster.builder()
                  .from(c)
                  .strategy(
                      c.strategy()
                          .map(
                              s ->
                                  CooperationStrategy.builder()
                                      .from(s)
                                      .documentDate(Optional.empty())
                                      .build()))
                  .build(),
          c ->
              Cluster.builder()
                  .from(c)
                  .projects(
                      c.projects().stream()
                          .map(p -> Project.builder().from(p).innovation(List.of()).build())
                          .toList())
                  .build());

  static Cluster mapMembers(Cluster c, UnaryOperator<Stakeholder> forget) {
    List<Membership> members = new ArrayList<>();
    for (int i = 0; i < c.members().size(); i++) {
      Membership m = c.members().get(i);
      // Forget the fact for every other member, so that both kinds of change are covered.
      members.add(
          i % 2 == 0
              ? Membership.builder().from(m).stakeholder(forget.apply(m.stakeholder())).build()
              : m);
    }
    return Cluster.builder().from(c).members(members).build();
  }

  /**
   * Removing a fact never turns UNKNOWN into MET. (The stronger "never creates a MET" does not
   * hold, on purpose: a company registered with the SSE mention whose statutes declare an objective
   * Art. 2 did not list is NOT_MET; forget the statutes and the mention's presumption of
   * conformity, Art. 1 III, makes it MET.)
   */
  @Test
  void forgettingAFactNeverTurnsUnknownIntoMet() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(CLUSTERS, SourceDSL.integers().between(0, FORGET.size() - 1), DATES)
        .checkAssert(
            (cluster, which, asOf) -> {
              Cluster less = FORGET.get(which).apply(cluster);
              Map<String, Outcome> before = outcomes(cluster, asOf);
              Map<String, Outcome> after = outcomes(less, asOf);
              after.forEach(
                  (key, outcome) -> {
                    Outcome was = before.get(key);
                    if (was == Outcome.UNKNOWN) {
                      assertNotEquals(
                          Outcome.MET,
                          outcome,
                          key + ": forgetting a fact turned UNKNOWN into MET");
                    }
                  });
            });
  }

  @Test
  void parallelEvaluationEqualsSequentialEvaluation() {
    List<Cluster> clusters = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(120).forAll(CLUSTERS).checkAssert(clusters::add);
    List<EligibilityReport> parallel = ENGINE.evaluateAll(clusters, Clusters.AS_OF);
    for (int i = 0; i < clusters.size(); i++) {
      assertEquals(
          Summary.of(ENGINE.evaluate(clusters.get(i), Clusters.AS_OF)),
          Summary.of(parallel.get(i)));
    }
  }
}

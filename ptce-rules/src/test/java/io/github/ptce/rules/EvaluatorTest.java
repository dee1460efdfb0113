package io.github.ptce.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.MemberRole;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.rules.spi.BaseCriterion;
import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What the engine gives a criterion and makes of its result, seen through criteria written for the
 * test: the JSON path of any member whatever the order criteria ask for them in, the national
 * scope, criteria whose own validity is narrower than their scheme's, remediations asked twice, and
 * the ranking of missing facts. The texts are those of the renderer tests' schemes (synthetic).
 */
class EvaluatorTest {
  static final MessageBundle BUNDLE =
      MessageBundle.load(
          MethodHandles.lookup(), "/io/github/ptce/rules/render/testschemes/messages");
  static final String SCHEME = "test.region93.support";
  static final String CARRIER = SCHEME + ".carrier";
  static final String CHARTER = SCHEME + ".charter";
  static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  static final LegalBasis BASIS =
      LegalBasis.builder()
          .text("Délibération régionale de test n° 1")
          .article("Art. 2")
          .versionDate(FROM)
          .url("https://example.org/deliberation")
          .publisher("Région de test")
          .primary(true)
          .status(SourceStatus.CONFIRMED)
          .build();

  /**
   * Asks the engine for the paths of the members at the given positions, in that order, as missing
   * facts.
   */
  static final class Paths extends BaseCriterion {
    private final int[] order;

    Paths(int... order) {
      super(CARRIER, CriterionKind.AUTOMATED, BASIS, Validity.from(FROM), BUNDLE);
      this.order = order.clone();
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      List<Membership> members = evaluation.cluster().members();
      CriterionResult.Builder result = result(Outcome.UNKNOWN, "missing");
      for (int k = 0; k < order.length; k++) {
        // The position keeps two questions about one member apart: missing facts are distinct by
        // path.
        result.missing(fact(evaluation.pathOf(members.get(order[k])) + ".location#" + k, "fact"));
      }
      return result.build();
    }
  }

  /** Reports how the cluster matches the national scope. */
  static final class National extends BaseCriterion {
    National() {
      super(CARRIER, CriterionKind.AUTOMATED, BASIS, Validity.from(FROM), BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      return result(
              Outcome.MET,
              "met",
              "name",
              evaluation.territoryMatch(TerritorialScope.NATIONAL).name())
          .build();
    }
  }

  /** Unknown, with a remediation that another criterion may ask for too. */
  static final class Unknown extends BaseCriterion {
    Unknown(String id, Validity validity) {
      super(id, CriterionKind.AUTOMATED, BASIS, validity, BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      return result(Outcome.UNKNOWN, "missing")
          .remediation(Message.of(BUNDLE, CARRIER + ".remedy", Map.of()))
          .build();
    }
  }

  static SchemeReport evaluate(CriterionNode criteria, Cluster cluster, LocalDate asOf) {
    Scheme scheme =
        Scheme.builder()
            .id(SCHEME)
            .version("0.1.0")
            .title(Message.of(BUNDLE, SCHEME + ".title", Map.of()))
            .summary(Message.of(BUNDLE, SCHEME + ".summary", Map.of()))
            .kind(SchemeKind.SUPPORT)
            .issuer(Issuer.REGION)
            .validity(Validity.from(FROM))
            .criteria(criteria)
            .legalBasis(BASIS)
            .build();
    EligibilityEngine engine =
        EligibilityEngine.of(
            SchemeCatalog.of(List.of(scheme)), Geography.bundled(), EvaluationOptions.LITERAL);
    return engine.evaluate(cluster, asOf, SCHEME).scheme(SCHEME).orElseThrow();
  }

  static CriterionResult single(SchemeReport report) {
    return ((CriterionReport.Single) report.criteria().orElseThrow()).result();
  }

  static Cluster members(int count) {
    Cluster.Builder cluster = Cluster.builder().name("Pôle (synthétique)");
    IntStream.range(0, count)
        .forEach(
            i ->
                cluster.addMembers(
                    Membership.of(
                        Stakeholder.builder()
                            .id("m" + i)
                            .name("Membre " + i)
                            .kind(StakeholderKind.ENTERPRISE)
                            .build(),
                        MemberRole.MEMBER)));
    return cluster.build();
  }

  @Test
  void everyMemberHasItsOwnPathWhateverTheOrderOfTheQuestions() {
    // Twelve members: more than the engine scans around the last member asked for before it looks
    // further.
    int[] order = {11, 0, 5, 3, 9, 10, 1, 7, 2, 0, 10, 4, 6, 8, 11};
    List<String> expected = new ArrayList<>();
    for (int k = 0; k < order.length; k++) {
      expected.add("$.members[" + order[k] + "].location#" + k);
    }
    CriterionResult result =
        single(evaluate(CriterionNode.of(new Paths(order)), members(12), FROM));
    assertEquals(expected, result.missingFacts().stream().map(MissingFact::path).toList());
  }

  @Test
  void everyClusterLiesInTheNationalScope() {
    Cluster noPerimeter = members(1);
    CriterionResult result = single(evaluate(CriterionNode.of(new National()), noPerimeter, FROM));
    assertEquals("INSIDE", result.reason().arguments().get("name"));
  }

  @Test
  void aCriterionOutsideItsOwnValidityIsNotApplicable() {
    Unknown window =
        new Unknown(CARRIER, Validity.between(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30)));
    CriterionResult before =
        single(evaluate(CriterionNode.of(window), members(1), LocalDate.of(2025, 2, 28)));
    assertEquals(Outcome.NOT_APPLICABLE, before.outcome());
    assertEquals("criterion.notYetInForce", before.reason().key());
    assertEquals(Map.of("from", "from 2025-03-01"), before.reason().arguments());
    assertEquals(
        Map.of("from", "à partir du 2025-03-01"),
        before.reason().arguments(java.util.Locale.FRENCH));
    CriterionResult inside =
        single(evaluate(CriterionNode.of(window), members(1), LocalDate.of(2025, 6, 30)));
    assertEquals(Outcome.UNKNOWN, inside.outcome());
    CriterionResult after =
        single(evaluate(CriterionNode.of(window), members(1), LocalDate.of(2025, 7, 1)));
    assertEquals(Outcome.NOT_APPLICABLE, after.outcome());
    assertEquals("criterion.noLongerInForce", after.reason().key());
    assertEquals(Map.of("to", "until 2025-06-30"), after.reason().arguments());
  }

  @Test
  void aRemediationTwoCriteriaAskForIsListedOnce() {
    SchemeReport report =
        evaluate(
            CriterionNode.allOf(
                CriterionNode.of(new Unknown(CARRIER, Validity.from(FROM))),
                CriterionNode.of(new Unknown(CHARTER, Validity.from(FROM)))),
            members(1),
            FROM);
    assertEquals(SchemeOutcome.UNDETERMINED, report.outcome());
    assertEquals(
        List.of(CARRIER + ".remedy"), report.remediations().stream().map(Message::key).toList());
  }

  @Test
  void missingFactsRankByOutcomesThenCriteriaThenPath() {
    Message description = Message.of(BUNDLE, CARRIER + ".fact", Map.of());
    RankedMissingFact oneCriterion =
        new RankedMissingFact(new MissingFact("$.a", description), 2, List.of("x"));
    RankedMissingFact twoCriteria =
        new RankedMissingFact(new MissingFact("$.c", description), 2, List.of("x", "y"));
    RankedMissingFact twoCriteriaFirst =
        new RankedMissingFact(new MissingFact("$.b", description), 2, List.of("x", "y"));
    RankedMissingFact moreOutcomes =
        new RankedMissingFact(new MissingFact("$.d", description), 3, List.of("x"));
    List<RankedMissingFact> facts =
        new ArrayList<>(List.of(oneCriterion, twoCriteria, twoCriteriaFirst, moreOutcomes));
    facts.sort(Evaluator.RANKING);
    assertEquals(
        List.of("$.d", "$.b", "$.c", "$.a"), facts.stream().map(f -> f.fact().path()).toList());
  }
}

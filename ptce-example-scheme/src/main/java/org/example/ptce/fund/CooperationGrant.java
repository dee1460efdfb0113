package org.example.ptce.fund;

import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionNode;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.Evaluation;
import io.github.ptce.rules.Issuer;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeKind;
import io.github.ptce.rules.SourceStatus;
import io.github.ptce.rules.TerritorialScope;
import io.github.ptce.rules.Validity;
import io.github.ptce.rules.spi.BaseCriterion;
import io.github.ptce.rules.spi.Census;
import io.github.ptce.rules.spi.Members;
import io.github.ptce.rules.spi.TerritoryCriterion;
import io.github.ptce.rules.spi.UndecidedCriterion;
import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import java.util.Map;

/**
 * Scheme {@code org.example.fund.cooperation}: the cooperation grant of the Example Foundation, a
 * fictitious funder of clusters in the Alpes-Maritimes. Its rules are made up for the example, and
 * its texts say so.
 *
 * <ul>
 *   <li>{@code .territory}: the cluster lies in the Alpes-Maritimes (ready-made {@link
 *       TerritoryCriterion});
 *   <li>{@code .sse-enterprises}: at least two of its members are SSE enterprises in the sense of
 *       Art. 1 of loi n° 2014-856, as the engine decides it ({@link Evaluation#sseStatus}), counted
 *       with {@link Census} so that a member list that may be partial never gives a "no";
 *   <li>{@code .priorities}: the project fits the foundation's priorities, a judgement its
 *       committee gives as an assessment ({@link UndecidedCriterion#judgement}).
 * </ul>
 */
final class CooperationGrant {
  /**
   * The scheme's texts, read as this module's own code reads them: nothing has to be opened to
   * ptce.
   */
  static final MessageBundle MESSAGES = MessageBundle.load(MethodHandles.lookup(), "messages");

  static final String ID = "org.example.fund.cooperation";
  static final Validity WINDOW =
      Validity.between(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
  static final TerritorialScope SCOPE = TerritorialScope.departement("06");
  static final int REQUIRED = 2;

  /** The (fictitious) rules of the grant. */
  static final LegalBasis RULES =
      LegalBasis.builder()
          .text("Fondation Exemple, règlement de l'aide à la coopération (fictif)")
          .article("Art. 2")
          .versionDate(WINDOW.from())
          .url("https://example.org/fondation-exemple/reglement")
          .publisher("Fondation Exemple")
          .primary(true)
          .status(SourceStatus.CONFIRMED)
          .note(text("basis.note"))
          .build();

  private CooperationGrant() {}

  static Message text(String key) {
    return Message.of(MESSAGES, key, Map.of());
  }

  /** At least two SSE enterprises among the members. */
  static final class SseEnterprises extends BaseCriterion {
    SseEnterprises() {
      super(ID + ".sse-enterprises", CriterionKind.AUTOMATED, RULES, WINDOW, MESSAGES);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      Census census = Census.of(evaluation, Members::isEnterprise, evaluation::sseStatus);
      Outcome outcome = census.atLeast(REQUIRED);
      CriterionResult.Builder result;
      if (outcome == Outcome.MET) {
        result =
            result(
                Outcome.MET,
                "met",
                "count",
                census.count(),
                "names",
                Members.namesOf(census.with()));
        census.with().forEach(p -> p.stakeholderId().ifPresent(result::member));
        census.assumeSsePresumptions(result, evaluation);
      } else if (outcome == Outcome.NOT_MET) {
        result =
            result(Outcome.NOT_MET, "notMet", "count", census.count(), "required", REQUIRED)
                .remediation(message("remedy"));
      } else {
        result =
            result(Outcome.UNKNOWN, "unknown", "count", census.count(), "required", REQUIRED)
                .remediation(message("remedy.unknown"));
        census.explainUnknown(result, evaluation, REQUIRED, evaluation::sseMissingFacts);
      }
      return result.build();
    }
  }

  static final Scheme SCHEME =
      Scheme.builder()
          .id(ID)
          .version("1.0.0")
          .title(text(ID + ".title"))
          .summary(text(ID + ".summary"))
          .issuer(Issuer.of(Issuer.Kind.FOUNDATION, text("issuer")))
          .kind(SchemeKind.SUPPORT)
          .scope(SCOPE)
          .validity(WINDOW)
          .criteria(
              CriterionNode.allOf(
                  CriterionNode.of(
                      new TerritoryCriterion(ID + ".territory", RULES, WINDOW, MESSAGES, SCOPE)),
                  CriterionNode.of(new SseEnterprises()),
                  CriterionNode.of(
                      UndecidedCriterion.judgement(ID + ".priorities", RULES, WINDOW, MESSAGES))))
          .legalBasis(RULES)
          .build();
}

package io.github.ptce.rules.schemes.ami;

import io.github.ptce.core.cluster.Support;
import io.github.ptce.core.cluster.SupportKind;
import io.github.ptce.core.resources.FunderLevel;
import io.github.ptce.core.time.PartialDate;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionNode;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.Evaluation;
import io.github.ptce.rules.Labels;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.Validity;
import io.github.ptce.rules.spi.BaseCriterion;
import io.github.ptce.rules.spi.Dates;
import io.github.ptce.rules.spi.Supports;
import io.github.ptce.rules.spi.UndecidedCriterion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Phase 2 of the national AMI selects among the phase-1 laureates; a candidate not yet in phase 1
 * files both phases at once (FACTS.md § 4.2, CONFIRMED). One criterion per round, so that a
 * declaration for one round answers that round only.
 *
 * <p>A phase-1 laureate is a cluster that lists, among the support it received on or before the
 * date, the support of scheme {@code fr.state.ami-ptce.phase1}; or, without a scheme id, a package
 * of support services ({@link SupportKind#SUPPORT_SERVICES}) from the State, granted after a call,
 * not before the relaunch of 2021-05-12 (taken to be that AMI's package, and the report says so).
 * Such a package without the {@code throughCall} answer leaves the question open.
 */
final class Phase1Laureate extends BaseCriterion {

  private Phase1Laureate(String id, LegalBasis basis, Validity validity) {
    super(id, CriterionKind.AUTOMATED, basis, validity, AmiPtceSchemes.BUNDLE);
  }

  /**
   * Returns "a phase-1 laureate, or applying to both phases at once" for a round.
   *
   * @param schemeId the round
   * @param basis the round's text
   * @param validity the round's window
   * @return any of the two criteria {@code <round>.phase1-laureate} and {@code <round>.both-phases}
   */
  static CriterionNode node(String schemeId, LegalBasis basis, Validity validity) {
    return CriterionNode.anyOf(
        CriterionNode.of(new Phase1Laureate(schemeId + ".phase1-laureate", basis, validity)),
        CriterionNode.of(
            UndecidedCriterion.declaration(
                schemeId + ".both-phases", basis, validity, AmiPtceSchemes.BUNDLE)));
  }

  @Override
  public CriterionResult evaluate(Evaluation evaluation) {
    LocalDate asOf = evaluation.asOf();
    List<Support> supports = evaluation.cluster().supports();
    List<Integer> unclear = new ArrayList<>();
    List<Integer> imprecise = new ArrayList<>();
    CriterionResult.Builder services = null;
    for (int i = 0; i < supports.size(); i++) {
      Support support = supports.get(i);
      Optional<PartialDate> granted = support.grantedOn();
      Outcome before = granted.isEmpty() ? Outcome.MET : Dates.onOrBefore(granted.get(), asOf);
      if (before == Outcome.NOT_MET) {
        continue;
      }
      Object date =
          granted.isPresent() ? Labels.of(granted.get()) : AmiPtceSchemes.text("date.undated");
      boolean phase1 = support.schemeId().map(AmiPtceSchemes.PHASE1::equals).orElse(false);
      Outcome package2021 =
          support.schemeId().isEmpty()
                  && support.level() == FunderLevel.STATE
                  && support.kind() == SupportKind.SUPPORT_SERVICES
              ? granted.map(d -> Dates.onOrAfter(d, AmiPtceSchemes.RELAUNCH)).orElse(Outcome.MET)
              : Outcome.NOT_MET;
      if (!phase1 && package2021 == Outcome.NOT_MET) {
        continue;
      }
      if (before == Outcome.UNKNOWN || package2021 == Outcome.UNKNOWN) {
        imprecise.add(i);
        continue;
      }
      if (phase1) {
        CriterionResult.Builder result =
            result(Outcome.MET, "laureate", "funder", support.funder(), "date", date);
        if (granted.isEmpty()) {
          result.assumption(message("assume.undated"));
        }
        return result.build();
      }
      if (support.throughCall().isEmpty()) {
        unclear.add(i);
      } else if (support.throughCall().get() && services == null) {
        services =
            result(Outcome.MET, "services", "funder", support.funder(), "date", date)
                .assumption(message("assume.services"));
        if (granted.isEmpty()) {
          services.assumption(message("assume.undated"));
        }
      }
    }
    if (services != null) {
      return services.build();
    }
    if (!unclear.isEmpty() || !imprecise.isEmpty()) {
      // Unknown because the scheme of a support is not given, or only because its date, known to
      // the month or
      // year, leaves open whether it came before the date: two different things to say.
      Support first = supports.get(unclear.isEmpty() ? imprecise.get(0) : unclear.get(0));
      CriterionResult.Builder result =
          unclear.isEmpty()
              ? result(
                      Outcome.UNKNOWN,
                      "imprecise",
                      "funder",
                      first.funder(),
                      "date",
                      Labels.of(first.grantedOn().get()))
                  .remediation(message("remedy.imprecise", "funder", first.funder()))
              : result(Outcome.UNKNOWN, "unclear").remediation(message("remedy.unclear"));
      for (int i : unclear) {
        result.missing(
            fact(
                "$.supports[" + i + "].schemeId",
                "fact.schemeId",
                "funder",
                supports.get(i).funder()));
      }
      for (int i : imprecise) {
        result.missing(
            fact(
                "$.supports[" + i + "].grantedOn",
                "fact.grantedOn",
                "funder",
                supports.get(i).funder()));
      }
      return result.build();
    }
    if (!Supports.complete(evaluation)) {
      // The description may not list every support: that none of those listed is of phase 1 is not
      // a "no".
      return result(Outcome.UNKNOWN, "noneListed")
          .missing(Supports.completeFact())
          .remediation(message("remedy.noneListed"))
          .build();
    }
    return result(Outcome.NOT_MET, "none").remediation(message("remedy.none")).build();
  }
}

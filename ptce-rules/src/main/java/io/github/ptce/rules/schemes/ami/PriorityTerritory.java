package io.github.ptce.rules.schemes.ami;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.Evaluation;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.Validity;
import io.github.ptce.rules.spi.BaseCriterion;
import java.util.Optional;

/**
 * The 2025 call gave priority to rural territories and to priority urban neighbourhoods (QPV), in
 * line with the interministerial committees on the city and on rurality (FACTS.md § 4.3, FACTS-2.md
 * § 1.5). Whether that priority was exclusive or only weighted in the selection is NOT CONFIRMED:
 * the criterion is shown as informative and never decides the outcome.
 *
 * <p>Decided from the cluster's declarations {@code ruralTerritory} and {@code
 * priorityNeighbourhood}: the bundled geography has no rurality grid and QPVs are drawn below the
 * commune level (FACTS-2.md § 6).
 */
final class PriorityTerritory extends BaseCriterion {

  PriorityTerritory(String id, LegalBasis basis, Validity validity) {
    super(id, CriterionKind.DECLARED, basis, validity, AmiPtceSchemes.BUNDLE);
  }

  @Override
  public CriterionResult evaluate(Evaluation evaluation) {
    Cluster cluster = evaluation.cluster();
    Optional<Boolean> rural = cluster.ruralTerritory();
    Optional<Boolean> qpv = cluster.priorityNeighbourhood();
    CriterionResult.Builder result;
    boolean isRural = rural.orElse(false);
    boolean isQpv = qpv.orElse(false);
    if (isRural || isQpv) {
      result = result(Outcome.MET, isRural && isQpv ? "both" : isRural ? "rural" : "qpv");
    } else if (rural.isPresent() && qpv.isPresent()) {
      result = result(Outcome.NOT_MET, "neither");
    } else {
      result = result(Outcome.UNKNOWN, "undeclared");
      if (rural.isEmpty()) {
        result.missing(fact("$.ruralTerritory", "fact.rural"));
      }
      if (qpv.isEmpty()) {
        result.missing(fact("$.priorityNeighbourhood", "fact.qpv"));
      }
      result.remediation(message("remedy.undeclared"));
    }
    return result.assumption(message("assume.weight")).build();
  }
}

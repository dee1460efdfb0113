package io.github.ptce.rules.spi;

import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.Evaluation;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.Participant;
import io.github.ptce.rules.Validity;
import java.util.Map;
import java.util.Optional;

/**
 * A base for "the structure that applies is of an eligible kind": support schemes pay the legal
 * structure that carries the cluster (the member with role {@link
 * io.github.ptce.core.cluster.MemberRole#CARRIER CARRIER}), and list which kinds of structure they
 * accept.
 *
 * <p>Without a carrier active at the evaluation date the criterion is unknown (reason {@code
 * noCarrier}, missing fact {@code $.members}, remedy {@code remedy.noCarrier}); otherwise the
 * subclass decides from the carrier. Its scheme's bundle must define {@code noCarrier}, {@code
 * fact.carrier} and {@code remedy.noCarrier} after the criterion id, as well as the subclass's own
 * reasons. A missing key fails when the criterion is built.
 *
 * <p>Subclasses are immutable and thread-safe.
 */
public abstract class CarrierCriterion extends BaseCriterion {

  /**
   * Creates the criterion.
   *
   * @param id the stable id
   * @param kind how it is decided
   * @param basis the text that lists the eligible structures
   * @param validity when it applies
   * @param bundle the messages of the scheme's package
   */
  protected CarrierCriterion(
      String id, CriterionKind kind, LegalBasis basis, Validity validity, MessageBundle bundle) {
    super(id, kind, basis, validity, bundle);
    message("noCarrier");
    message("fact.carrier");
    message("remedy.noCarrier");
  }

  @Override
  public final CriterionResult evaluate(Evaluation evaluation) {
    Optional<Membership> carrier = evaluation.cluster().carrier();
    Outcome present = carrier.map(evaluation::presence).orElse(Outcome.NOT_MET);
    if (present == Outcome.NOT_MET) {
      return result(Outcome.UNKNOWN, "noCarrier")
          .missing(fact("$.members", "fact.carrier"))
          .remediation(message("remedy.noCarrier"))
          .build();
    }
    CriterionResult found = evaluateCarrier(evaluation, carrier.get());
    if (present == Outcome.MET || !found.outcome().isDecided()) {
      return found;
    }
    // The carrier's joining (or leaving) date, known only to the month or year, leaves open whether
    // it carries the
    // cluster at the date: what it is decides nothing yet.
    Participant participant =
        evaluation.participants().stream()
            .filter(p -> p.membership().filter(m -> m == carrier.get()).isPresent())
            .findFirst()
            .orElseThrow();
    return CriterionResult.builder(
            Outcome.UNKNOWN,
            SpiMessages.of(
                "carrier.presence",
                Map.of("name", carrier.get().stakeholder().name(), "found", found.reason())))
        .member(carrier.get().stakeholder().id())
        .missing(evaluation.presenceMissingFacts(participant))
        .remediation(
            SpiMessages.of(
                "remedy.carrierPresence", Map.of("name", carrier.get().stakeholder().name())))
        .build();
  }

  /**
   * Decides from the carrier.
   *
   * @param evaluation the evaluation
   * @param carrier the member that carries the cluster, active at the date
   * @return the result
   */
  protected abstract CriterionResult evaluateCarrier(Evaluation evaluation, Membership carrier);
}

package io.github.ptce.rules.spi;

import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.Evaluation;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.MissingFact;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.Validity;
import java.util.List;

/**
 * A criterion that the data cannot decide: it is unknown until a person answers it with an {@link
 * io.github.ptce.rules.Assessment}, and its missing fact is {@code
 * $.assessments[?(@.criterionId=='<id>')]}.
 *
 * <p>Three uses, one factory each:
 *
 * <ul>
 *   <li>{@link #notPublished}: a condition the scheme has but whose content is not published in the
 *       sources (the composition required by the 2021–2025 AMIs, the national charter's
 *       commitments, a regional scheme's rules). The reason names what is not published and where
 *       that was found; a person who read the call text decides it. Kind {@link
 *       CriterionKind#ASSESSED}; reason {@code notPublished}.
 *   <li>{@link #declaration}: a published condition that only the applicant can state (applying to
 *       both phases of the national AMI at once, the type of project of the COTE aid). Kind {@link
 *       CriterionKind#DECLARED}; reason {@code toDeclare}.
 *   <li>{@link #judgement}: a published condition that needs a judgement (a "significant number" of
 *       members, the territorial anchoring of activities). Kind {@link CriterionKind#ASSESSED};
 *       reason {@code toAssess}.
 * </ul>
 *
 * <p>Its scheme's bundle must define, after the criterion id: {@code title}, the reason, {@code
 * fact} (what the assessment states) and {@code remedy}. A missing key fails when the criterion is
 * built.
 *
 * <p>Immutable and thread-safe.
 */
public final class UndecidedCriterion extends BaseCriterion {
  private final String reason;

  private UndecidedCriterion(
      String id,
      CriterionKind kind,
      String reason,
      LegalBasis basis,
      Validity validity,
      MessageBundle bundle) {
    super(id, kind, basis, validity, bundle);
    this.reason = reason;
    for (String key : List.of(reason, "fact", "remedy")) {
      message(key);
    }
  }

  /**
   * Returns a condition whose content is not published.
   *
   * @param id the stable id
   * @param basis the text that has the condition (its note says what could not be read)
   * @param validity when the criterion applies
   * @param bundle the messages of the scheme's package
   * @return the criterion
   */
  public static UndecidedCriterion notPublished(
      String id, LegalBasis basis, Validity validity, MessageBundle bundle) {
    return new UndecidedCriterion(
        id, CriterionKind.ASSESSED, "notPublished", basis, validity, bundle);
  }

  /**
   * Returns a condition that only the applicant can state.
   *
   * @param id the stable id
   * @param basis the text that has the condition
   * @param validity when the criterion applies
   * @param bundle the messages of the scheme's package
   * @return the criterion
   */
  public static UndecidedCriterion declaration(
      String id, LegalBasis basis, Validity validity, MessageBundle bundle) {
    return new UndecidedCriterion(id, CriterionKind.DECLARED, "toDeclare", basis, validity, bundle);
  }

  /**
   * Returns a condition that needs a person's judgement.
   *
   * @param id the stable id
   * @param basis the text that has the condition
   * @param validity when the criterion applies
   * @param bundle the messages of the scheme's package
   * @return the criterion
   */
  public static UndecidedCriterion judgement(
      String id, LegalBasis basis, Validity validity, MessageBundle bundle) {
    return new UndecidedCriterion(id, CriterionKind.ASSESSED, "toAssess", basis, validity, bundle);
  }

  @Override
  public CriterionResult evaluate(Evaluation evaluation) {
    return result(Outcome.UNKNOWN, reason)
        .missing(new MissingFact(MissingFact.assessmentPath(id()), message("fact")))
        .remediation(message("remedy"))
        .build();
  }
}

package io.github.ptce.rules;

import java.util.List;
import java.util.Objects;

/**
 * The evaluated criteria of a scheme, as a tree that mirrors the scheme's {@link CriterionNode}s.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface CriterionReport {

  /**
   * Returns the outcome of this part of the tree.
   *
   * @return the outcome
   */
  Outcome outcome();

  /**
   * One evaluated criterion.
   *
   * @param criterion the criterion
   * @param legalBasis the version of its legal basis that applied at the evaluation date
   * @param result what it found
   * @param counts false for an informative criterion, which does not count in the outcome
   */
  record Single(Criterion criterion, LegalBasis legalBasis, CriterionResult result, boolean counts)
      implements CriterionReport {
    /**
     * Checks the arguments.
     *
     * @param criterion the criterion
     * @param legalBasis the legal basis applied
     * @param result the result
     * @param counts whether it counts
     */
    public Single {
      Objects.requireNonNull(criterion, "criterion");
      Objects.requireNonNull(legalBasis, "legalBasis");
      Objects.requireNonNull(result, "result");
    }

    @Override
    public Outcome outcome() {
      return result.outcome();
    }

    /**
     * Returns how the outcome was decided: as the result says, or else by the criterion's kind.
     *
     * @return the way of decision, empty when the outcome is unknown or not applicable
     */
    public java.util.Optional<CriterionKind> decidedBy() {
      if (!result.outcome().isDecided()) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(result.decidedBy().orElse(criterion.kind()));
    }
  }

  /**
   * A combination of parts.
   *
   * @param anyOf true when one part suffices, false when all must hold
   * @param outcome the combined outcome of the parts that count
   * @param parts the parts
   */
  record Group(boolean anyOf, Outcome outcome, List<CriterionReport> parts)
      implements CriterionReport {
    /**
     * Copies the parts.
     *
     * @param anyOf whether one part suffices
     * @param outcome the combined outcome
     * @param parts the parts
     */
    public Group {
      Objects.requireNonNull(outcome, "outcome");
      parts = List.copyOf(parts);
    }
  }
}

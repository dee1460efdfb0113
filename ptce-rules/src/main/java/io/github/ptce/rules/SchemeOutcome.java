package io.github.ptce.rules;

/**
 * The outcome of a scheme for a cluster (or, for a scheme evaluated per member, for one member).
 */
public enum SchemeOutcome {
  /** Every criterion that applies is met. */
  ELIGIBLE,
  /** At least one criterion is not met. */
  NOT_ELIGIBLE,
  /** No criterion fails, but at least one cannot be decided: a fact or an assessment is missing. */
  UNDETERMINED,
  /** The scheme does not apply: not in force at the date, or outside its territory. */
  NOT_APPLICABLE;

  /**
   * Returns the scheme outcome of a combined criteria outcome.
   *
   * @param outcome the outcome of the criteria tree
   * @return the scheme outcome
   */
  public static SchemeOutcome of(Outcome outcome) {
    return switch (outcome) {
      case MET -> ELIGIBLE;
      case NOT_MET -> NOT_ELIGIBLE;
      case UNKNOWN -> UNDETERMINED;
      case NOT_APPLICABLE -> NOT_APPLICABLE;
    };
  }
}

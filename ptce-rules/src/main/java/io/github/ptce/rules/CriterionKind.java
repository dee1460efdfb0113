package io.github.ptce.rules;

/** How a criterion is decided. */
public enum CriterionKind {
  /**
   * Decided from the data of the cluster (codes, dates, legal forms, counts), the bundled geography
   * or the dates the sources give. Some such criteria accept an assessment for what the data leave
   * unknown ({@link Criterion#acceptsAssessment()}).
   */
  AUTOMATED,
  /**
   * Decided from a declaration in the input (a strategy document, an innovation type), or an
   * assessment.
   */
  DECLARED,
  /** Needs a person's judgement, given as an {@link Assessment}; unknown without one. */
  ASSESSED
}

package io.github.ptce.rules;

/** How firmly the text a rule encodes is established (see the domain fact sheets). */
public enum SourceStatus {
  /**
   * Read in a primary text (Légifrance, an official site), or in several independent sources that
   * agree.
   */
  CONFIRMED,
  /** Read in one secondary source only: the report says so next to the result. */
  SECONDARY
}

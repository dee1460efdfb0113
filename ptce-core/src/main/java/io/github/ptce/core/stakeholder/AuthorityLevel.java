package io.github.ptce.core.stakeholder;

/** The level of a local authority or of a grouping of local authorities. */
public enum AuthorityLevel {
  /** A commune. */
  COMMUNE,
  /** An intercommunality with its own tax base (EPCI à fiscalité propre: CC, CA, CU, métropole). */
  EPCI,
  /** Another grouping of communes (syndicat, PETR, pôle métropolitain). */
  OTHER_GROUPING,
  /** A département. */
  DEPARTEMENT,
  /** A région. */
  REGION,
  /**
   * Another territorial collectivity (a collectivity with special status, an overseas
   * collectivity).
   */
  OTHER_COLLECTIVITY
}

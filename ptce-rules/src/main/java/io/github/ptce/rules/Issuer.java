package io.github.ptce.rules;

/** Who sets a scheme's rules. */
public enum Issuer {
  /** Parliament: a law or its implementing decree. */
  LAW,
  /** The State (a ministry, the DG Trésor). */
  STATE,
  /** A région. */
  REGION,
  /** A département. */
  DEPARTEMENT,
  /** A network of the PTCEs themselves (the national charter). */
  NETWORK
}

package io.github.ptce.core.cluster;

/** The kind of support a cluster received. */
public enum SupportKind {
  /** A grant (subsidy). */
  GRANT,
  /** Engineering: studies, consultancy, technical assistance. */
  ENGINEERING,
  /** Premises made available. */
  PREMISES,
  /** Networking and introductions. */
  NETWORKING,
  /**
   * A package of support services, such as the one of phase 1 of the national AMI "PTCE émergents".
   */
  SUPPORT_SERVICES,
  /**
   * A label or a recognition. It may be awarded after a call, but it is not the support of a State
   * call for PTCEs; list that support on its own.
   */
  LABEL,
  /** Another kind of support. */
  OTHER
}

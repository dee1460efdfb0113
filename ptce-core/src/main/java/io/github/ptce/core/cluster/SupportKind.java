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
  /** A package of support services, such as the one of phase 1 of the national AMI "PTCE émergents". */
  SUPPORT_SERVICES,
  /** A label or a recognition, without a call for projects (it may come with other support). */
  LABEL,
  /** Another kind of support. */
  OTHER
}

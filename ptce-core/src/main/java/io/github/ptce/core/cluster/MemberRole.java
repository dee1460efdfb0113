package io.github.ptce.core.cluster;

/** The role of a member in a cluster. */
public enum MemberRole {
  /**
   * The legal structure that carries the cluster: its own association or SCIC, or the member that
   * carries it on behalf of the others. At most one per cluster.
   */
  CARRIER,
  /** A founding member. */
  FOUNDER,
  /** A member. */
  MEMBER,
  /** A partner linked to the cluster without being a member ("en lien avec", Art. 9). */
  PARTNER
}

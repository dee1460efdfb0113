package io.github.ptce.core.cluster;

/**
 * The stage of a cluster's life, as named by the RTES note: local authorities can act at each one.
 */
public enum LifecycleStage {
  /** Gestation: the idea and the first meetings. */
  GESTATION,
  /** Emergence: the first shared activities. */
  EMERGENCE,
  /** Development: the activities grow. */
  DEVELOPMENT,
  /** Consolidation: the economic model stabilises. */
  CONSOLIDATION
}

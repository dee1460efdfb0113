package io.github.ptce.rules;

/** How a cluster's perimeter lies with respect to a scheme's territory. */
public enum TerritoryMatch {
  /** Every commune of the perimeter is in the territory (always, for a national scheme). */
  INSIDE,
  /** Some communes are in the territory and some are not: the perimeter straddles its border. */
  PARTLY,
  /** No commune of the perimeter is in the territory. */
  OUTSIDE,
  /** The cluster has no perimeter. */
  UNKNOWN
}

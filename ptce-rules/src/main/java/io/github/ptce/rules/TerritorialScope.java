package io.github.ptce.rules;

import io.github.ptce.core.territory.DepartementCode;
import io.github.ptce.core.territory.RegionCode;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where a scheme applies: the whole country, some régions, or some départements.
 *
 * <p>Territory comes from the bundled geography, never from the name of an institution: a regional
 * scheme applies to a cluster whose perimeter lies in the région's communes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param regions the régions, empty for a national or departmental scheme
 * @param departements the départements, empty for a national or regional scheme
 */
public record TerritorialScope(
    SortedSet<RegionCode> regions, SortedSet<DepartementCode> departements) {

  /** The whole country. */
  public static final TerritorialScope NATIONAL =
      new TerritorialScope(new TreeSet<>(), new TreeSet<>());

  /**
   * Copies the sets.
   *
   * @param regions the régions
   * @param departements the départements
   * @throws IllegalArgumentException if both are given
   */
  public TerritorialScope {
    if (!regions.isEmpty() && !departements.isEmpty()) {
      throw new IllegalArgumentException("a scope is régions or départements, not both");
    }
    regions = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(regions));
    departements = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(departements));
  }

  /**
   * Returns the scope of one région.
   *
   * @param region the région code, e.g. {@code 32}
   * @return the scope
   */
  public static TerritorialScope region(String region) {
    return new TerritorialScope(new TreeSet<>(Set.of(RegionCode.parse(region))), new TreeSet<>());
  }

  /**
   * Returns the scope of one département.
   *
   * @param departement the département code, e.g. {@code 60}
   * @return the scope
   */
  public static TerritorialScope departement(String departement) {
    return new TerritorialScope(
        new TreeSet<>(), new TreeSet<>(Set.of(DepartementCode.parse(departement))));
  }

  /**
   * Returns whether the scope is the whole country.
   *
   * @return true when no région or département is named
   */
  public boolean isNational() {
    return regions.isEmpty() && departements.isEmpty();
  }

  @Override
  public String toString() {
    return isNational()
        ? "national"
        : !regions.isEmpty() ? "régions " + regions : "départements " + departements;
  }
}

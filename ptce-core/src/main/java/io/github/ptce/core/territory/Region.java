package io.github.ptce.core.territory;

import java.util.List;
import java.util.Objects;

/**
 * A région of the bundled geography, with its départements. The overseas collectivities that the code
 * officiel géographique lists as their own région ({@code 975}, {@code 977}, {@code 978}, {@code 984}–{@code
 * 989}) are régions here too.
 *
 * <p>Instances come from {@link Geography} only. Two régions are equal when all their values are.
 * Immutable and thread-safe; a value type.
 */
public final class Region {
  private final RegionCode code;
  private final String name;
  private final List<DepartementCode> departements;
  private final long population;

  Region(RegionCode code, String name, List<DepartementCode> departements, long population) {
    this.code = code;
    this.name = name;
    this.departements = List.copyOf(departements);
    this.population = population;
  }

  /**
   * Returns the code.
   *
   * @return e.g. {@code 32}
   */
  public RegionCode code() {
    return code;
  }

  /**
   * Returns the name.
   *
   * @return e.g. {@code Hauts-de-France}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the départements of the région.
   *
   * @return their codes, in code order, unmodifiable
   */
  public List<DepartementCode> departements() {
    return departements;
  }

  /**
   * Returns the population: the sum of its communes' {@link Commune#population()}.
   *
   * @return the number of inhabitants
   */
  public long population() {
    return population;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Region r
        && code.equals(r.code)
        && name.equals(r.name)
        && departements.equals(r.departements)
        && population == r.population;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, name, departements, population);
  }

  /** Returns the code and the name, e.g. {@code 32 Hauts-de-France}. */
  @Override
  public String toString() {
    return code + " " + name;
  }
}

package io.github.ptce.core.territory;

import java.util.Objects;

/**
 * A département of the bundled geography (or an overseas collectivity listed as one), with its
 * région.
 *
 * <p>Instances come from {@link Geography} only. Two départements are equal when all their values
 * are. Immutable and thread-safe; a value type.
 */
public final class Departement {
  private final DepartementCode code;
  private final String name;
  private final RegionCode region;
  private final long population;

  Departement(DepartementCode code, String name, RegionCode region, long population) {
    this.code = code;
    this.name = name;
    this.region = region;
    this.population = population;
  }

  /**
   * Returns the code.
   *
   * @return e.g. {@code 06}, {@code 2A}, {@code 974}
   */
  public DepartementCode code() {
    return code;
  }

  /**
   * Returns the name.
   *
   * @return e.g. {@code Alpes-Maritimes}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the région.
   *
   * @return the région code
   */
  public RegionCode region() {
    return region;
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
    return other instanceof Departement d
        && code.equals(d.code)
        && name.equals(d.name)
        && region.equals(d.region)
        && population == d.population;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, name, region, population);
  }

  /** Returns the code and the name, e.g. {@code 06 Alpes-Maritimes}. */
  @Override
  public String toString() {
    return code + " " + name;
  }
}

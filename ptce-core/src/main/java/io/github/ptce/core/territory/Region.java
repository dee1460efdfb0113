package io.github.ptce.core.territory;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A région of the bundled geography, with its départements. The overseas collectivities that the
 * code officiel géographique lists as their own région ({@code 975}, {@code 977}, {@code 978},
 * {@code 984}–{@code 989}) are régions here too.
 *
 * <p>Instances come from {@link Geography} only. Two régions are equal when all their values are.
 * Immutable and thread-safe; a value type.
 */
public final class Region {
  private final RegionCode code;
  private final String name;
  private final List<DepartementCode> departements;
  private final long population;
  private final @Nullable LocalDate since;

  Region(
      RegionCode code,
      String name,
      List<DepartementCode> departements,
      long population,
      @Nullable LocalDate since) {
    this.code = code;
    this.name = name;
    this.departements = List.copyOf(departements);
    this.population = population;
    this.since = since;
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

  /**
   * Returns the first day the région exists as it is today, when the geography records one.
   *
   * <p>The seven régions that loi n° 2015-29 du 16 janvier 2015 relative à la délimitation des
   * régions formed by grouping former ones exist from 1 January 2016 (its Art. 1 III): {@code 27}
   * Bourgogne-Franche-Comté, {@code 28} Normandie, {@code 32} Hauts-de-France, {@code 44} Grand
   * Est, {@code 75} Nouvelle-Aquitaine, {@code 76} Occitanie and {@code 84} Auvergne-Rhône-Alpes. A
   * support scheme of one of them cannot apply earlier: {@code ptce-rules} refuses a scheme whose
   * window starts before its région. The other régions (Île-de-France, Centre-Val de Loire, Pays de
   * la Loire, Bretagne, Provence-Alpes-Côte d'Azur, Corse, the overseas régions and collectivities)
   * were not formed by that law and the geography records no first day for them: empty, which says
   * nothing about a date before which they did not exist.
   *
   * @return the first day, or empty when none is recorded
   */
  public Optional<LocalDate> since() {
    return Optional.ofNullable(since);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Region r
        && code.equals(r.code)
        && name.equals(r.name)
        && departements.equals(r.departements)
        && population == r.population
        && Objects.equals(since, r.since);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, name, departements, population, since);
  }

  /** Returns the code and the name, e.g. {@code 32 Hauts-de-France}. */
  @Override
  public String toString() {
    return code + " " + name;
  }
}

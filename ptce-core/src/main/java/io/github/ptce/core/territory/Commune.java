package io.github.ptce.core.territory;

import io.github.ptce.core.id.Siren;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A current commune (commune actuelle) of the bundled geography: its code, name, département,
 * région, EPCI and population.
 *
 * <p>Instances come from {@link Geography} only. Two communes are equal when all their values are.
 * Immutable and thread-safe; a value type.
 */
public final class Commune {
  private final CommuneCode code;
  private final String name;
  private final DepartementCode departement;
  private final RegionCode region;
  private final @Nullable EpciCode epci;
  private final int population;
  private final @Nullable Siren siren;

  Commune(
      CommuneCode code,
      String name,
      DepartementCode departement,
      RegionCode region,
      @Nullable EpciCode epci,
      int population,
      @Nullable Siren siren) {
    this.code = code;
    this.name = name;
    this.departement = departement;
    this.region = region;
    this.epci = epci;
    this.population = population;
    this.siren = siren;
  }

  /**
   * Returns the INSEE code.
   *
   * @return e.g. {@code 06069}
   */
  public CommuneCode code() {
    return code;
  }

  /**
   * Returns the official name, with its accents, hyphens and article.
   *
   * @return e.g. {@code L'Île-d'Yeu}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the département.
   *
   * @return the département code
   */
  public DepartementCode departement() {
    return departement;
  }

  /**
   * Returns the région (for an overseas collectivity, the three-digit code the data gives it, e.g.
   * {@code 975}).
   *
   * @return the région code
   */
  public RegionCode region() {
    return region;
  }

  /**
   * Returns the EPCI à fiscalité propre the commune belongs to. A few communes belong to none:
   * island communes such as Île-de-Bréhat ({@code 22016}), Île-de-Sein, Ouessant and L'Île-d'Yeu,
   * and the communes of the overseas collectivities.
   *
   * @return the EPCI code, or empty when the commune belongs to no EPCI
   */
  public Optional<EpciCode> epci() {
    return Optional.ofNullable(epci);
  }

  /**
   * Returns the population the bundled data gives (INSEE's legal population, according to the
   * package's sources).
   *
   * @return the number of inhabitants, or {@code 0} when the data gives none: the districts of the
   *     French Southern and Antarctic Lands ({@code 98411}–{@code 98415}) and Clipperton ({@code
   *     98901}); the six uninhabited villages of the Meuse destroyed in 1916 (e.g. {@code 55039})
   *     have a population of 0 in the data
   */
  public int population() {
    return population;
  }

  /**
   * Returns the SIREN of the commune as a local authority.
   *
   * @return the SIREN, or empty for the communes of the overseas collectivities, for which the data
   *     gives none
   */
  public Optional<Siren> siren() {
    return Optional.ofNullable(siren);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Commune c
        && code.equals(c.code)
        && name.equals(c.name)
        && departement.equals(c.departement)
        && region.equals(c.region)
        && Objects.equals(epci, c.epci)
        && population == c.population
        && Objects.equals(siren, c.siren);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, name, departement, region, epci, population, siren);
  }

  /** Returns the code and the name, e.g. {@code 06069 Grasse}. */
  @Override
  public String toString() {
    return code + " " + name;
  }
}

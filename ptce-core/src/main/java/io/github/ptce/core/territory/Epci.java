package io.github.ptce.core.territory;

import java.util.List;
import java.util.Objects;

/**
 * An EPCI à fiscalité propre of the bundled geography: code (SIREN), name, kind and member
 * communes.
 *
 * <p>Instances come from {@link Geography} only. Two EPCIs are equal when all their values are.
 * Immutable and thread-safe; a value type.
 */
public final class Epci {
  private final EpciCode code;
  private final String name;
  private final EpciType type;
  private final List<CommuneCode> members;
  private final long population;

  Epci(EpciCode code, String name, EpciType type, List<CommuneCode> members, long population) {
    this.code = code;
    this.name = name;
    this.type = type;
    this.members = List.copyOf(members);
    this.population = population;
  }

  /**
   * Returns the code.
   *
   * @return the SIREN of the EPCI, e.g. {@code 200039857}
   */
  public EpciCode code() {
    return code;
  }

  /**
   * Returns the name as the data spells it.
   *
   * @return e.g. {@code CA du Pays de Grasse}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the kind.
   *
   * @return CC, CA, CU, métropole or Métropole de Lyon
   */
  public EpciType type() {
    return type;
  }

  /**
   * Returns the member communes.
   *
   * @return the codes of current communes, in code order, never empty, unmodifiable
   */
  public List<CommuneCode> members() {
    return members;
  }

  /**
   * Returns the population, computed as the sum of its member communes' {@link
   * Commune#population()}, so that it adds up with every other population of {@link Geography} (the
   * data's own {@code populationTotale} of an EPCI is of another kind and is not used).
   *
   * @return the number of inhabitants
   */
  public long population() {
    return population;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Epci e
        && code.equals(e.code)
        && name.equals(e.name)
        && type == e.type
        && members.equals(e.members)
        && population == e.population;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, name, type, members, population);
  }

  /** Returns the code and the name, e.g. {@code 200039857 CA du Pays de Grasse}. */
  @Override
  public String toString() {
    return code + " " + name;
  }
}

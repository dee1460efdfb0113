package io.github.ptce.core.territory;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import io.github.ptce.core.internal.PtceStyle;
import java.util.List;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The territory of a cluster: a union of communes, EPCIs, départements and régions — the "variable
 * perimeters" of the RTES note (a catchment area, an intercommunality, a few communes of two EPCIs,
 * …).
 *
 * <p>A perimeter holds codes only; {@link Geography} resolves it to communes, populations and
 * régions. It is never empty. Each set is kept in code order, so that two perimeters with the same
 * codes are equal and print the same way.
 *
 * <p>A code that does not exist in the geography is a violation whose path is the set ({@code
 * $.perimeter.communes}) and whose message names the code: a set has no positions.
 *
 * <p>Immutable and thread-safe.
 */
@SuppressWarnings(
    "exports") // Immutables' annotations are for ptce's build only (see module-info.java).
@Value.Immutable
@PtceStyle
public abstract class Perimeter implements WithPerimeter {

  Perimeter() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Perimeter}; at least one code is required. */
  public static final class Builder extends ImmutablePerimeter.Builder {
    Builder() {}
  }

  /**
   * Returns a perimeter made of communes.
   *
   * @param communes at least one commune code
   * @return the perimeter
   */
  public static Perimeter ofCommunes(CommuneCode... communes) {
    return builder().addCommunes(communes).build();
  }

  /**
   * Returns a perimeter made of EPCIs.
   *
   * @param epcis at least one EPCI code
   * @return the perimeter
   */
  public static Perimeter ofEpcis(EpciCode... epcis) {
    return builder().addEpcis(epcis).build();
  }

  /**
   * Returns the communes named one by one. A municipal arrondissement of Paris, Lyon or Marseille
   * stands for itself, not for its whole commune; a delegated or associated commune stands for its
   * current commune.
   *
   * @return the commune codes, in code order
   */
  @Value.NaturalOrder
  public abstract SortedSet<@KnownCommune CommuneCode> communes();

  /**
   * Returns the EPCIs whose member communes all belong to the perimeter.
   *
   * @return the EPCI codes, in code order
   */
  @Value.NaturalOrder
  public abstract SortedSet<@KnownEpci EpciCode> epcis();

  /**
   * Returns the whole départements included.
   *
   * @return the département codes, in code order
   */
  @Value.NaturalOrder
  public abstract SortedSet<@KnownDepartement DepartementCode> departements();

  /**
   * Returns the whole régions included.
   *
   * @return the région codes, in code order
   */
  @Value.NaturalOrder
  public abstract SortedSet<@KnownRegion RegionCode> regions();

  /**
   * Returns the number of codes of all four kinds.
   *
   * @return the size of the union as written (not the number of communes it covers)
   */
  public int codeCount() {
    return communes().size() + epcis().size() + departements().size() + regions().size();
  }

  @Value.Check
  void check() {
    if (codeCount() == 0) {
      throw new InvalidInputException(List.of(Violation.of("$", "perimeter.empty")));
    }
  }
}

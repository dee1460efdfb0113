package io.github.ptce.registers;

import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * A headcount band with the year it describes ({@code anneeEffectifs…}, {@code
 * annee_tranche_effectif_salarie}): the band is the staff at 31 December of that year.
 *
 * @param band the band
 * @param year the year of the band, empty when the register does not give it (it becomes null after
 *     two years without an update)
 */
public record Headcount(HeadcountBand band, Optional<Year> year) {
  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public Headcount {
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(year, "year");
  }
}

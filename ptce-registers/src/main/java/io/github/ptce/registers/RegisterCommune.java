package io.github.ptce.registers;

import io.github.ptce.core.territory.CommuneCode;
import java.util.Objects;

/**
 * The commune of an establishment as the register publishes it, and the commune it stands for.
 *
 * <p>Sirene (and so the API) locates establishments of Paris, Lyon and Marseille by their municipal
 * arrondissement: {@code 75101}–{@code 75120}, {@code 69381}–{@code 69389}, {@code 13201}–{@code
 * 13216} (registers.md § 1.3). {@link #commune()} maps them to the city ({@code 75056}, {@code
 * 69123}, {@code 13055}), which is what a perimeter or an EPCI lookup needs; {@link #published()}
 * keeps the code as written. Every other code is its own commune.
 *
 * @param published the code as the register writes it
 * @param commune the commune it stands for
 */
public record RegisterCommune(CommuneCode published, CommuneCode commune) {
  private static final CommuneCode PARIS = CommuneCode.parse("75056");
  private static final CommuneCode LYON = CommuneCode.parse("69123");
  private static final CommuneCode MARSEILLE = CommuneCode.parse("13055");

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code commune} is not what {@code published} stands for
   */
  public RegisterCommune {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(commune, "commune");
    if (!cityOf(published).equals(commune)) {
      throw new IllegalArgumentException(
          published + " stands for " + cityOf(published) + ", not " + commune);
    }
  }

  /**
   * Builds the commune of a published code.
   *
   * @param published the code as the register writes it
   * @return the published code and the commune it stands for
   */
  public static RegisterCommune of(CommuneCode published) {
    return new RegisterCommune(published, cityOf(published));
  }

  /**
   * Returns whether the published code is a municipal arrondissement of Paris, Lyon or Marseille.
   *
   * @return true for {@code 75101}–{@code 75120}, {@code 69381}–{@code 69389}, {@code 13201}–{@code
   *     13216}
   */
  public boolean isArrondissement() {
    return !published.equals(commune);
  }

  private static CommuneCode cityOf(CommuneCode code) {
    String text = code.toString();
    if (!Character.isDigit(text.charAt(1))) {
      return code;
    }
    int number = Integer.parseInt(text);
    if (number >= 75101 && number <= 75120) {
      return PARIS;
    }
    if (number >= 69381 && number <= 69389) {
      return LYON;
    }
    if (number >= 13201 && number <= 13216) {
      return MARSEILLE;
    }
    return code;
  }
}

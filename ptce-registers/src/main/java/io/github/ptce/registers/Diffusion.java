package io.github.ptce.registers;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The diffusion status of a legal unit or establishment ({@code statutDiffusion…}, {@code
 * statut_diffusion}).
 *
 * <p>Since 21 March 2023 there are two: {@code O} and {@code P}. A partially diffusible unit keeps
 * its legal category, activity, commune, state and dates; INSEE masks the identity of natural
 * persons and the address of establishments except the commune, as {@code [ND]} in the stock files
 * and {@code [NON-DIFFUSIBLE]} in the API (registers.md § 1.4, § 2.5).
 */
public enum Diffusion {
  /** {@code O}: every variable is published. */
  DIFFUSIBLE("O"),
  /** {@code P}: partial diffusion after an opposition; some variables are masked. */
  PARTIAL("P");

  private final String code;

  Diffusion(String code) {
    this.code = code;
  }

  /**
   * Returns the register's code.
   *
   * @return {@code O} or {@code P}
   */
  public String code() {
    return code;
  }

  /**
   * Reads a register code; the former {@code N} (non-diffusible, merged into {@code P} in 2023)
   * reads as {@link #PARTIAL}.
   *
   * @param code the code; null (absent) is unknown
   * @return the status, or empty for an unknown code
   */
  public static Optional<Diffusion> fromCode(@Nullable String code) {
    if ("O".equalsIgnoreCase(code)) {
      return Optional.of(DIFFUSIBLE);
    }
    if ("P".equalsIgnoreCase(code) || "N".equalsIgnoreCase(code)) {
      return Optional.of(PARTIAL);
    }
    return Optional.empty();
  }
}

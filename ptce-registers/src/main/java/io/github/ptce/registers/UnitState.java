package io.github.ptce.registers;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The administrative state of a legal unit ({@code etatAdministratifUniteLegale}, {@code
 * etat_administratif}).
 */
public enum UnitState {
  /** {@code A}: active, even when all its establishments are closed. */
  ACTIVE("A"),
  /** {@code C}: ceased. */
  CEASED("C");

  private final String code;

  UnitState(String code) {
    this.code = code;
  }

  /**
   * Returns the register's code.
   *
   * @return {@code A} or {@code C}
   */
  public String code() {
    return code;
  }

  /**
   * Reads a register code.
   *
   * @param code {@code A} or {@code C}; null (absent) is unknown
   * @return the state, or empty for anything else
   */
  public static Optional<UnitState> fromCode(@Nullable String code) {
    if ("A".equalsIgnoreCase(code)) {
      return Optional.of(ACTIVE);
    }
    if ("C".equalsIgnoreCase(code)) {
      return Optional.of(CEASED);
    }
    return Optional.empty();
  }
}

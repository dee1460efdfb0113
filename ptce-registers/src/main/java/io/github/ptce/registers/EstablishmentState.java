package io.github.ptce.registers;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The administrative state of an establishment ({@code etatAdministratifEtablissement}): {@code A}
 * or {@code F} — not {@code C}, which is the legal unit's code.
 */
public enum EstablishmentState {
  /** {@code A}: active. */
  ACTIVE("A"),
  /** {@code F}: closed (fermé). */
  CLOSED("F");

  private final String code;

  EstablishmentState(String code) {
    this.code = code;
  }

  /**
   * Returns the register's code.
   *
   * @return {@code A} or {@code F}
   */
  public String code() {
    return code;
  }

  /**
   * Reads a register code.
   *
   * @param code {@code A} or {@code F}; null (absent) is unknown
   * @return the state, or empty for anything else
   */
  public static Optional<EstablishmentState> fromCode(@Nullable String code) {
    if ("A".equalsIgnoreCase(code)) {
      return Optional.of(ACTIVE);
    }
    if ("F".equalsIgnoreCase(code)) {
      return Optional.of(CLOSED);
    }
    return Optional.empty();
  }
}

package io.github.ptce.registers;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A yes/no variable of the Sirene register, as INSEE writes it: {@code O} (oui) or {@code N} (non).
 * Such a variable is often null (unknown), which is an absent fact, never {@link #NO}.
 */
public enum RegisterFlag {
  /** {@code O}. */
  YES("O"),
  /** {@code N}. */
  NO("N");

  private final String code;

  RegisterFlag(String code) {
    this.code = code;
  }

  /**
   * Returns the register's code.
   *
   * @return {@code O} or {@code N}
   */
  public String code() {
    return code;
  }

  /**
   * Reads a register code.
   *
   * @param code {@code O} or {@code N} (case-insensitive); anything else, or null (absent), is
   *     unknown
   * @return the flag, or empty
   */
  public static Optional<RegisterFlag> fromCode(@Nullable String code) {
    if ("O".equalsIgnoreCase(code)) {
      return Optional.of(YES);
    }
    if ("N".equalsIgnoreCase(code)) {
      return Optional.of(NO);
    }
    return Optional.empty();
  }
}

package io.github.ptce.core.territory;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.InvalidValueException.Reason;
import io.github.ptce.core.internal.Checks;

/**
 * The INSEE code of a département: {@code 01}–{@code 95} (no {@code 20}), {@code 2A} and {@code 2B}
 * for Corsica, and three digits overseas ({@code 971}–{@code 978} for the overseas départements and
 * Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin; {@code 984}–{@code 989} for the other
 * overseas collectivities, as in the code officiel géographique).
 *
 * <p>Only syntax is checked; {@link Geography} knows which codes exist. Immutable and thread-safe;
 * a value type.
 */
public final class DepartementCode implements Comparable<DepartementCode> {
  static final String TYPE = "departementCode";

  private final String code;

  private DepartementCode(String code) {
    this.code = code;
  }

  /**
   * Parses a département code.
   *
   * @param text e.g. {@code 06}, {@code 2A}, {@code 974}; spaces, tabs and non-breaking spaces
   *     around it are trimmed
   * @return the code
   * @throws InvalidValueException with reason {@code BLANK}, {@code WRONG_LENGTH}, {@code
   *     INVALID_CHARACTER} or {@code INVALID_FORMAT}
   */
  public static DepartementCode parse(CharSequence text) {
    String code = Checks.upperAscii(Checks.trim(text));
    if (code.isEmpty()) {
      throw new InvalidValueException(TYPE, Reason.BLANK, text.toString());
    }
    if (code.equals("2A") || code.equals("2B")) {
      return new DepartementCode(code);
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidValueException(TYPE, Reason.INVALID_CHARACTER, text.toString());
      }
    }
    if (code.length() != 2 && code.length() != 3) {
      throw new InvalidValueException(TYPE, Reason.WRONG_LENGTH, text.toString());
    }
    if (!isDepartementPrefix(code)
        || (code.length() == 3) != (code.startsWith("97") || code.startsWith("98"))) {
      throw new InvalidValueException(TYPE, Reason.INVALID_FORMAT, text.toString());
    }
    return new DepartementCode(code);
  }

  /**
   * Returns whether the digits at the start of a code make a département prefix: {@code 01}–{@code
   * 95} except {@code 20}, or {@code 971}–{@code 978}, or {@code 984}–{@code 989}.
   */
  static boolean isDepartementPrefix(String digits) {
    int two = (digits.charAt(0) - '0') * 10 + (digits.charAt(1) - '0');
    if (two >= 1 && two <= 95) {
      return two != 20;
    }
    if (digits.length() < 3) {
      return false;
    }
    int third = digits.charAt(2) - '0';
    return (two == 97 && third >= 1 && third <= 8) || (two == 98 && third >= 4 && third <= 9);
  }

  @Override
  public int compareTo(DepartementCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DepartementCode d && code.equals(d.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the code, e.g. {@code 2A}. */
  @Override
  public String toString() {
    return code;
  }
}

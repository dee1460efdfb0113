package io.github.ptce.core.id;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.InvalidValueException.Reason;
import io.github.ptce.core.internal.Checks;

/**
 * A NAF rév. 2 sub-class code (activity sector, INSEE), such as {@code 01.11Z} or {@code 88.99B}:
 * two digits, a dot, two digits and a capital letter.
 *
 * <p>The dot may be omitted on input ({@code 8899B}) and the letter given in lower case; the
 * canonical form has both. Only syntax is checked. Immutable and thread-safe; a value type.
 */
public final class NafCode implements Comparable<NafCode> {
  static final String TYPE = "nafCode";

  private final String code;

  private NafCode(String code) {
    this.code = code;
  }

  /**
   * Parses a NAF sub-class code.
   *
   * @param text e.g. {@code 01.11Z} or {@code 0111z}; spaces, tabs and non-breaking spaces around
   *     it are trimmed, and only ASCII letters are upper-cased
   * @return the code
   * @throws InvalidValueException with reason {@code BLANK}, {@code WRONG_LENGTH}, {@code
   *     INVALID_CHARACTER} or {@code INVALID_FORMAT}
   */
  public static NafCode parse(CharSequence text) {
    String compact = Checks.upperAscii(Checks.trim(text));
    if (compact.isEmpty()) {
      throw new InvalidValueException(TYPE, Reason.BLANK, text.toString());
    }
    if (compact.length() == 5) {
      compact = compact.substring(0, 2) + '.' + compact.substring(2);
    }
    if (compact.length() != 6) {
      throw new InvalidValueException(TYPE, Reason.WRONG_LENGTH, text.toString());
    }
    for (int i = 0; i < 6; i++) {
      char c = compact.charAt(i);
      boolean ok =
          switch (i) {
            case 2 -> c == '.';
            case 5 -> c >= 'A' && c <= 'Z';
            default -> c >= '0' && c <= '9';
          };
      if (!ok) {
        throw new InvalidValueException(
            TYPE, i == 2 ? Reason.INVALID_FORMAT : Reason.INVALID_CHARACTER, text.toString());
      }
    }
    return new NafCode(compact);
  }

  /**
   * Returns the division, the first two digits (e.g. {@code 88}).
   *
   * @return two digits
   */
  public String division() {
    return code.substring(0, 2);
  }

  @Override
  public int compareTo(NafCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NafCode n && code.equals(n.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the canonical code, e.g. {@code 01.11Z}. */
  @Override
  public String toString() {
    return code;
  }
}

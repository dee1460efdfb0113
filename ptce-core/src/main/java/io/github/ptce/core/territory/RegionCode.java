package io.github.ptce.core.territory;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.InvalidValueException.Reason;
import io.github.ptce.core.internal.Checks;

/**
 * The INSEE code of a région: two digits (e.g. {@code 32} Hauts-de-France, {@code 04} La Réunion),
 * or three digits for an overseas collectivity that the code officiel géographique lists as its own
 * région ({@code 975}, {@code 977}, {@code 978}, {@code 984}–{@code 989}).
 *
 * <p>Only syntax is checked; {@link Geography} knows which codes exist. Immutable and thread-safe;
 * a value type.
 */
public final class RegionCode implements Comparable<RegionCode> {
  static final String TYPE = "regionCode";

  private final String code;

  private RegionCode(String code) {
    this.code = code;
  }

  /**
   * Parses a région code.
   *
   * @param text two digits, or three for an overseas collectivity; spaces, tabs and non-breaking
   *     spaces around them are trimmed
   * @return the code
   * @throws InvalidValueException with reason {@code BLANK}, {@code WRONG_LENGTH}, {@code
   *     INVALID_CHARACTER} or {@code INVALID_FORMAT}
   */
  public static RegionCode parse(CharSequence text) {
    String code = Checks.trim(text);
    if (code.isEmpty()) {
      throw new InvalidValueException(TYPE, Reason.BLANK, text.toString());
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
    if (code.length() == 3 && !(code.startsWith("97") || code.startsWith("98"))) {
      throw new InvalidValueException(TYPE, Reason.INVALID_FORMAT, text.toString());
    }
    if (code.equals("00")) {
      throw new InvalidValueException(TYPE, Reason.INVALID_FORMAT, text.toString());
    }
    return new RegionCode(code);
  }

  @Override
  public int compareTo(RegionCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RegionCode r && code.equals(r.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}

package io.github.ptce.core.id;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.InvalidValueException.Reason;
import io.github.ptce.core.internal.Checks;

/**
 * A SIREN number: the 9-digit identifier that INSEE gives every enterprise and legal person in
 * France.
 *
 * <p>The ninth digit is a Luhn key. Spaces typed inside the number ({@code 356 000 000}) are
 * accepted on input; {@link #toString()} gives the canonical 9 digits.
 *
 * <p>This class is immutable and thread-safe; it is a value type, compared with {@link
 * #equals(Object)}.
 */
public final class Siren implements Comparable<Siren> {
  /** The value type name used in error codes such as {@code siren.checksum}. */
  static final String TYPE = "siren";

  private final String digits;

  private Siren(String digits) {
    this.digits = digits;
  }

  /**
   * Parses a SIREN.
   *
   * @param text 9 digits, spaces allowed between them
   * @return the SIREN
   * @throws InvalidValueException with reason {@code BLANK}, {@code INVALID_CHARACTER}, {@code
   *     WRONG_LENGTH} or {@code CHECKSUM}
   * @throws NullPointerException if text is null
   */
  public static Siren parse(CharSequence text) {
    String compact = Checks.compact(text);
    Checks.digits(TYPE, compact, text, 9);
    if (!Checks.luhn(compact)) {
      throw new InvalidValueException(TYPE, Reason.CHECKSUM, text.toString());
    }
    return new Siren(compact);
  }

  /**
   * Returns whether a text is a valid SIREN, without building it.
   *
   * @param text the text to check, may be null
   * @return true if {@link #parse(CharSequence)} would accept it
   */
  public static boolean isValid(CharSequence text) {
    if (text == null) {
      return false;
    }
    String compact = Checks.compact(text);
    return compact.length() == 9
        && compact.chars().allMatch(c -> c >= '0' && c <= '9')
        && Checks.luhn(compact);
  }

  /**
   * Returns the number grouped by three digits for display, e.g. {@code 356 000 000}.
   *
   * @return the formatted number
   */
  public String formatted() {
    return digits.substring(0, 3) + ' ' + digits.substring(3, 6) + ' ' + digits.substring(6);
  }

  @Override
  public int compareTo(Siren other) {
    return digits.compareTo(other.digits);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Siren s && digits.equals(s.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** Returns the 9 digits, without spaces. */
  @Override
  public String toString() {
    return digits;
  }
}

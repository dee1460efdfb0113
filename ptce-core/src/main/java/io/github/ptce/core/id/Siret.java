package io.github.ptce.core.id;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.InvalidValueException.Reason;
import io.github.ptce.core.internal.Checks;

/**
 * A SIRET number: an establishment of an enterprise, its 9-digit {@link Siren} followed by a
 * 5-digit establishment number (NIC).
 *
 * <p>Two keys are checked, as INSEE allocates the numbers:
 *
 * <ul>
 *   <li>the first nine digits are a valid {@link Siren} (their Luhn key), so that {@link #siren()}
 *       always gives one;
 *   <li>the 14 digits pass the Luhn check, except for the establishments of La Poste (SIREN {@code
 *       356000000}), which are valid when the sum of their 14 digits is a multiple of 5 and not by
 *       the Luhn check. Its head office, {@code 35600000000048}, is the exception to the exception:
 *       it is checked by Luhn.
 * </ul>
 *
 * <p>The La Poste rule is the one of python-stdnum's {@code stdnum/fr/siret.py} (repository {@code
 * arthurdejong/python-stdnum}, function {@code validate}: "La Poste SIRET (except the head office)
 * do not use the Luhn checksum but the sum of digits must be a multiple of 5"; it also checks the
 * SIREN part), which cites the French Wikipedia page « Système d'identification du répertoire des
 * établissements »; FACTS.md § 8 gives the sum rule from pass-culture's public code. Spaces are
 * accepted on input.
 *
 * <p>This class is immutable and thread-safe; it is a value type.
 */
public final class Siret implements Comparable<Siret> {
  static final String TYPE = "siret";
  private static final String LA_POSTE = "356000000";

  /**
   * The head office of La Poste, whose SIRET follows the Luhn rule like any other (python-stdnum).
   */
  private static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

  private final String digits;

  private Siret(String digits) {
    this.digits = digits;
  }

  /**
   * Parses a SIRET.
   *
   * @param text 14 digits, spaces allowed between them
   * @return the SIRET
   * @throws InvalidValueException with reason {@code BLANK}, {@code INVALID_CHARACTER}, {@code
   *     WRONG_LENGTH} or {@code CHECKSUM} (the key of the 14 digits, or that of the SIREN they
   *     start with, does not match)
   */
  public static Siret parse(CharSequence text) {
    String compact = Checks.compact(text);
    Checks.digits(TYPE, compact, text, 14);
    if (!checksumHolds(compact)) {
      throw new InvalidValueException(TYPE, Reason.CHECKSUM, text.toString());
    }
    return new Siret(compact);
  }

  /**
   * Returns whether a text is a valid SIRET.
   *
   * @param text the text, may be null
   * @return true if {@link #parse(CharSequence)} would accept it
   */
  public static boolean isValid(CharSequence text) {
    if (text == null) {
      return false;
    }
    String compact = Checks.compact(text);
    return compact.length() == 14
        && compact.chars().allMatch(c -> c >= '0' && c <= '9')
        && checksumHolds(compact);
  }

  /** Both keys: that of the SIREN (the first nine digits) and that of the 14 digits. */
  private static boolean checksumHolds(String digits) {
    return Checks.luhn(digits.substring(0, 9)) && establishmentKeyHolds(digits);
  }

  private static boolean establishmentKeyHolds(String digits) {
    if (digits.startsWith(LA_POSTE) && !digits.equals(LA_POSTE_HEAD_OFFICE)) {
      int sum = 0;
      for (int i = 0; i < digits.length(); i++) {
        sum += digits.charAt(i) - '0';
      }
      return sum % 5 == 0;
    }
    return Checks.luhn(digits);
  }

  /**
   * Returns the SIREN of the enterprise this establishment belongs to.
   *
   * @return the first nine digits as a SIREN (valid: {@link #parse(CharSequence)} checks their key)
   */
  public Siren siren() {
    return Siren.parse(digits.substring(0, 9));
  }

  /**
   * Returns the establishment number (NIC), the last five digits.
   *
   * @return five digits
   */
  public String nic() {
    return digits.substring(9);
  }

  /**
   * Returns the number grouped for display, e.g. {@code 356 000 000 00048}.
   *
   * @return the formatted number
   */
  public String formatted() {
    return digits.substring(0, 3)
        + ' '
        + digits.substring(3, 6)
        + ' '
        + digits.substring(6, 9)
        + ' '
        + digits.substring(9);
  }

  @Override
  public int compareTo(Siret other) {
    return digits.compareTo(other.digits);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Siret s && digits.equals(s.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** Returns the 14 digits, without spaces. */
  @Override
  public String toString() {
    return digits;
  }
}

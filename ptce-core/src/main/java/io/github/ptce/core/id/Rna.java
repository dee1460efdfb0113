package io.github.ptce.core.id;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.InvalidValueException.Reason;
import io.github.ptce.core.internal.Checks;

/**
 * An RNA number (répertoire national des associations): {@code W} followed by nine characters.
 *
 * <p>The nine characters are officially digits, but whether letters can appear is not confirmed
 * (FACTS.md § 8), so upper-case letters are accepted as well: {@code W[0-9A-Z]{9}}. Input is
 * trimmed, spaces removed and letters upper-cased. Associations of Alsace-Moselle local law have no
 * RNA number.
 *
 * <p>This class is immutable and thread-safe; it is a value type.
 */
public final class Rna implements Comparable<Rna> {
  static final String TYPE = "rna";

  private final String value;

  private Rna(String value) {
    this.value = value;
  }

  /**
   * Parses an RNA number.
   *
   * @param text {@code W} and nine digits or letters, case-insensitive, spaces allowed
   * @return the RNA number
   * @throws InvalidValueException with reason {@code BLANK}, {@code INVALID_FORMAT} (no leading
   *     {@code W}), {@code INVALID_CHARACTER} or {@code WRONG_LENGTH}
   */
  public static Rna parse(CharSequence text) {
    String compact = Checks.upperAscii(Checks.compact(text));
    if (compact.isEmpty()) {
      throw new InvalidValueException(TYPE, Reason.BLANK, text.toString());
    }
    if (compact.charAt(0) != 'W') {
      throw new InvalidValueException(TYPE, Reason.INVALID_FORMAT, text.toString());
    }
    for (int i = 1; i < compact.length(); i++) {
      char c = compact.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
        throw new InvalidValueException(TYPE, Reason.INVALID_CHARACTER, text.toString());
      }
    }
    if (compact.length() != 10) {
      throw new InvalidValueException(TYPE, Reason.WRONG_LENGTH, text.toString());
    }
    return new Rna(compact);
  }

  /**
   * Returns whether the nine characters after the {@code W} are all digits, the officially
   * described form.
   *
   * @return true for {@code W} + nine digits
   */
  public boolean isAllDigits() {
    return value.chars().skip(1).allMatch(c -> c >= '0' && c <= '9');
  }

  @Override
  public int compareTo(Rna other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Rna r && value.equals(r.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the canonical form, {@code W} and nine upper-case characters. */
  @Override
  public String toString() {
    return value;
  }
}

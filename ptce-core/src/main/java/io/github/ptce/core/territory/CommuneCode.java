package io.github.ptce.core.territory;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.InvalidValueException.Reason;
import io.github.ptce.core.internal.Checks;

/**
 * The INSEE code of a commune (code officiel géographique): five characters whose first two (three
 * overseas) are the département.
 *
 * <p>Accepted syntax: five digits whose prefix is a département of metropolitan France ({@code
 * 01}–{@code 95} except {@code 20}) or an overseas prefix ({@code 971}–{@code 978}, {@code
 * 984}–{@code 989}), or a Corsican code {@code 2A}/{@code 2B} followed by three digits. Lower-case
 * {@code 2a} is accepted and upper-cased; surrounding spaces are trimmed. Only syntax is checked
 * here: whether the commune exists, and which current commune a delegated or former code belongs
 * to, is {@link Geography}'s job.
 *
 * <p>This class is immutable and thread-safe; it is a value type.
 */
public final class CommuneCode implements Comparable<CommuneCode> {
  static final String TYPE = "communeCode";

  private final String code;
  private final int key;

  private CommuneCode(String code, int key) {
    this.code = code;
    this.key = key;
  }

  /**
   * Parses a commune code.
   *
   * @param text five characters such as {@code 06069}, {@code 2A004} or {@code 97411}; spaces, tabs
   *     and non-breaking spaces around them are trimmed
   * @return the code
   * @throws InvalidValueException with reason {@code BLANK}, {@code WRONG_LENGTH}, {@code
   *     INVALID_CHARACTER} or {@code INVALID_FORMAT} (a prefix that is no département)
   */
  public static CommuneCode parse(CharSequence text) {
    String code = Checks.upperAscii(Checks.trim(text));
    if (code.isEmpty()) {
      throw new InvalidValueException(TYPE, Reason.BLANK, text.toString());
    }
    boolean corsica =
        code.length() >= 2
            && code.charAt(0) == '2'
            && (code.charAt(1) == 'A' || code.charAt(1) == 'B');
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      if (!digit && !(corsica && i == 1)) {
        throw new InvalidValueException(TYPE, Reason.INVALID_CHARACTER, text.toString());
      }
    }
    if (code.length() != 5) {
      throw new InvalidValueException(TYPE, Reason.WRONG_LENGTH, text.toString());
    }
    if (corsica) {
      int number = Integer.parseInt(code.substring(2));
      return new CommuneCode(code, (code.charAt(1) == 'B' ? 96_000 : 20_000) + number);
    }
    if (!DepartementCode.isDepartementPrefix(code)) {
      throw new InvalidValueException(TYPE, Reason.INVALID_FORMAT, text.toString());
    }
    return new CommuneCode(code, Integer.parseInt(code));
  }

  /**
   * Returns the département this code belongs to, read from its prefix.
   *
   * @return the two-character (three overseas) département code
   */
  public DepartementCode departement() {
    return DepartementCode.parse(
        code.startsWith("97") || code.startsWith("98")
            ? code.substring(0, 3)
            : code.substring(0, 2));
  }

  /**
   * Returns a dense integer in [0, 100000) that identifies the code: the number itself, and for
   * Corsica {@code 20000 + n} ({@code 2A}) or {@code 96000 + n} ({@code 2B}), ranges no other code
   * uses since neither {@code 20} nor {@code 96} is a département. Used by {@link Geography} for
   * constant-time lookups.
   */
  int key() {
    return key;
  }

  @Override
  public int compareTo(CommuneCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CommuneCode c && code.equals(c.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the five-character code. */
  @Override
  public String toString() {
    return code;
  }
}

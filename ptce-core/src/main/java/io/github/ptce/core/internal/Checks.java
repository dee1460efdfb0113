package io.github.ptce.core.internal;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.InvalidValueException.Reason;

/** Shared syntax checks of the identifier and code types. */
public final class Checks {
  /**
   * The spaces that {@link #compact(CharSequence)} removes and {@link #trim(CharSequence)} trims
   * (space, tab, non-breaking and narrow non-breaking space), as a regular-expression character
   * class that Java and ECMA-262 (the dialect of JSON Schema's {@code pattern}) read alike: the
   * JSON Schema's patterns of the identifiers and codes are built from it, so that the schema and
   * the reader accept the same strings.
   */
  public static final String SPACES = "[ \\t\\u00A0\\u202F]";

  private Checks() {}

  /**
   * Trims the {@link #SPACES} at both ends of a code, and only those: a code such as {@code 75056}
   * has no space inside.
   *
   * @param text the input
   * @return the text without leading and trailing spaces
   */
  public static String trim(CharSequence text) {
    int from = 0;
    int to = text.length();
    while (from < to && isSpace(text.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(text.charAt(to - 1))) {
      to--;
    }
    return text.subSequence(from, to).toString();
  }

  /**
   * Upper-cases the ASCII letters of a text and leaves every other character as it is: {@link
   * String#toUpperCase} turns some non-ASCII letters into ASCII ones ({@code ſ} into {@code S},
   * {@code ı} into {@code I}), which a code must not accept.
   *
   * @param text the input
   * @return the text with {@code a}–{@code z} upper-cased
   */
  public static String upperAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z') {
        char[] chars = text.toCharArray();
        for (int j = i; j < chars.length; j++) {
          if (chars[j] >= 'a' && chars[j] <= 'z') {
            chars[j] = (char) (chars[j] - 'a' + 'A');
          }
        }
        return new String(chars);
      }
    }
    return text;
  }

  /**
   * Removes the spaces (ordinary, non-breaking and narrow non-breaking) that people type inside
   * identifiers, such as {@code 356 000 000}, and trims the ends.
   *
   * @param text the input
   * @return the compact text
   */
  public static String compact(CharSequence text) {
    int first = 0;
    while (first < text.length() && !isSpace(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text
          .toString(); // the usual case, already compact: a String is returned as is, not copied
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
    for (int i = first + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\t';
  }

  /**
   * Checks that a compact text is made of exactly {@code length} ASCII digits.
   *
   * @param type the value type, for the error
   * @param compact the text without spaces
   * @param original the text as given, for the error
   * @param length the expected number of digits
   * @throws InvalidValueException if blank, of the wrong length or with a non-digit
   */
  public static void digits(String type, String compact, CharSequence original, int length) {
    if (compact.isEmpty()) {
      throw new InvalidValueException(type, Reason.BLANK, original.toString());
    }
    for (int i = 0; i < compact.length(); i++) {
      char c = compact.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidValueException(type, Reason.INVALID_CHARACTER, original.toString());
      }
    }
    if (compact.length() != length) {
      throw new InvalidValueException(type, Reason.WRONG_LENGTH, original.toString());
    }
  }

  /**
   * Returns whether a string of ASCII digits passes the Luhn check (the key of SIREN and SIRET
   * numbers).
   *
   * @param digits ASCII digits only
   * @return true if the Luhn sum is a multiple of 10
   */
  public static boolean luhn(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}

package io.github.ptce.core;

import io.github.ptce.core.internal.Texts;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Thrown when a text cannot be parsed as a ptce value type (a SIREN, a commune code, a NAF code,
 * …).
 *
 * <p>Like libphonenumber's {@code NumberParseException}, it carries a stable, enumerated {@link
 * #reason()} next to the human text, and a {@link #code()} such as {@code siren.checksum} that
 * names both the value type and the reason. The message says what was wrong and what is allowed;
 * {@link #message(Locale)} gives it in French or English. No stack trace is recorded: the error is
 * about the data.
 */
public final class InvalidValueException extends PtceException {
  private static final long serialVersionUID = 1L;

  /** Why a text was rejected. */
  public enum Reason {
    /** The text is empty or only white space. */
    BLANK,
    /** The text has the wrong number of characters. */
    WRONG_LENGTH,
    /** The text contains a character that is not allowed at that position. */
    INVALID_CHARACTER,
    /**
     * The characters are allowed but their arrangement is not (e.g. a département prefix that does
     * not exist).
     */
    INVALID_FORMAT,
    /** The check digit (Luhn key) does not match. */
    CHECKSUM,
    /** The value is syntactically valid but outside the allowed range. */
    OUT_OF_RANGE
  }

  private final String valueType;
  private final Reason reason;
  private final String input;

  /**
   * Creates the exception.
   *
   * @param valueType the short name of the value type, e.g. {@code siren}, {@code communeCode}
   * @param reason why the text was rejected
   * @param input the rejected text (shortened in messages)
   */
  public InvalidValueException(String valueType, Reason reason, String input) {
    super(
        Texts.message(
            Locale.ENGLISH,
            valueType + "." + Texts.codeSegment(reason),
            Map.of("value", Texts.quoteInput(input))),
        false);
    this.valueType = Objects.requireNonNull(valueType, "valueType");
    this.reason = reason;
    this.input = input;
  }

  /**
   * Returns the short name of the value type that could not be parsed.
   *
   * @return e.g. {@code siren}
   */
  public String valueType() {
    return valueType;
  }

  /**
   * Returns why the text was rejected.
   *
   * @return the reason, never null
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns the stable code of this error: the value type and the reason, e.g. {@code
   * siren.checksum}.
   *
   * @return the code used as a message key and in {@link Violation#code()}
   */
  public String code() {
    return valueType + "." + Texts.codeSegment(reason);
  }

  /**
   * Returns the rejected text as it was given.
   *
   * @return the input
   */
  public String input() {
    return input;
  }

  /**
   * Returns the message in the given language (French or English; any other language gives
   * English).
   *
   * @param locale the language of the message
   * @return the message
   */
  public String message(Locale locale) {
    return Texts.message(locale, code(), Map.of("value", Texts.quoteInput(input)));
  }

  /**
   * Returns this error as a violation at the given path.
   *
   * @param path where the value was found, as a JSON path such as {@code
   *     $.members[0].stakeholder.siren}
   * @return the violation
   */
  public Violation toViolation(String path) {
    return Violation.of(path, code(), Map.of("value", Texts.quoteInput(input)));
  }
}

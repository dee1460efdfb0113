package io.github.ptce.core.resources;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.InvalidValueException.Reason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in euros: non-negative, with at most two decimals (cents), at most {@value
 * #MAX_TEXT} euros.
 *
 * <p>Exact decimal arithmetic: the amount is a {@link BigDecimal} of scale 2, so {@code 10}, {@code
 * 10.0} and {@code 10.00} are the same amount and print as {@code 10.00}. A value with more than
 * two decimals is rejected rather than rounded, since a rounded subsidy is a different subsidy.
 *
 * <p>Immutable and thread-safe; a value type.
 */
public final class Amount implements Comparable<Amount> {
  static final String TYPE = "amount";

  /** The largest amount accepted, as text. */
  public static final String MAX_TEXT = "999999999999.99";

  private static final BigDecimal MAX = new BigDecimal(MAX_TEXT);

  /** The largest scale, positive or negative, of a value written out in full in a message. */
  private static final int MAX_PLAIN_SCALE = 64;

  /** Zero euros. */
  public static final Amount ZERO = new Amount(BigDecimal.ZERO.setScale(2));

  private final BigDecimal euros;

  private Amount(BigDecimal euros) {
    this.euros = euros;
  }

  /**
   * Returns an amount.
   *
   * @param euros a non-negative number with at most two decimals
   * @return the amount
   * @throws InvalidValueException with reason {@code OUT_OF_RANGE} (negative or too large) or
   *     {@code INVALID_FORMAT} (more than two decimals)
   */
  public static Amount of(BigDecimal euros) {
    Objects.requireNonNull(euros, "euros");
    if (euros.signum() < 0 || euros.compareTo(MAX) > 0) {
      throw new InvalidValueException(TYPE, Reason.OUT_OF_RANGE, text(euros));
    }
    BigDecimal exact = euros.scale() > 2 ? euros.stripTrailingZeros() : euros;
    if (exact.scale() > 2) {
      throw new InvalidValueException(TYPE, Reason.INVALID_FORMAT, text(euros));
    }
    return exact.signum() == 0 ? ZERO : new Amount(exact.setScale(2, RoundingMode.UNNECESSARY));
  }

  /**
   * The value for a message: written out in full when that is short, else in scientific notation,
   * since {@code 1E+1000000000} (twelve characters of JSON) written out is a billion digits.
   */
  private static String text(BigDecimal value) {
    return value.scale() < -MAX_PLAIN_SCALE || value.scale() > MAX_PLAIN_SCALE
        ? value.toString()
        : value.toPlainString();
  }

  /**
   * Returns a whole number of euros.
   *
   * @param euros zero or more
   * @return the amount
   * @throws InvalidValueException if negative or too large
   */
  public static Amount ofEuros(long euros) {
    return of(BigDecimal.valueOf(euros));
  }

  /**
   * Parses an amount written with a dot as decimal separator, e.g. {@code 60000} or {@code
   * 1234.50}.
   *
   * @param text the amount
   * @return the amount
   * @throws InvalidValueException with reason {@code BLANK}, {@code INVALID_CHARACTER}, {@code
   *     OUT_OF_RANGE} or {@code INVALID_FORMAT}
   */
  public static Amount parse(CharSequence text) {
    String s = text.toString().strip();
    if (s.isEmpty()) {
      throw new InvalidValueException(TYPE, Reason.BLANK, text.toString());
    }
    if (s.length() > 40) {
      throw new InvalidValueException(TYPE, Reason.OUT_OF_RANGE, text.toString());
    }
    try {
      return of(new BigDecimal(s));
    } catch (NumberFormatException e) {
      throw new InvalidValueException(TYPE, Reason.INVALID_CHARACTER, text.toString());
    }
  }

  /**
   * Returns the amount in euros.
   *
   * @return a non-negative number of scale 2
   */
  public BigDecimal euros() {
    return euros;
  }

  /**
   * Returns the sum of two amounts.
   *
   * @param other the amount to add
   * @return the sum
   * @throws InvalidValueException if the sum exceeds the largest amount
   */
  public Amount plus(Amount other) {
    return of(euros.add(other.euros));
  }

  /**
   * Returns whether the amount is zero.
   *
   * @return true for zero euros
   */
  public boolean isZero() {
    return euros.signum() == 0;
  }

  @Override
  public int compareTo(Amount other) {
    return euros.compareTo(other.euros);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Amount a && euros.equals(a.euros);
  }

  @Override
  public int hashCode() {
    return euros.hashCode();
  }

  /** Returns the amount with two decimals and a dot, e.g. {@code 1234.50}. */
  @Override
  public String toString() {
    return euros.toPlainString();
  }
}

package io.github.ptce.core.time;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.InvalidValueException.Reason;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A date known to the day, or only to the month or the year: "créée en 2010" is {@code 2010}, "mars
 * 2015" is {@code 2015-03}, a registration on 12 May 2021 is {@code 2021-05-12}.
 *
 * <p>A partial date stands for every day of its period, from {@link #earliest()} to {@link
 * #latest()}. Comparing it with a day is therefore three-valued: {@code 2021} is certainly before
 * 2022-01-01 ({@link #isBefore(LocalDate)}), certainly after 2020-12-31 ({@link
 * #isAfter(LocalDate)}), and neither before nor after 2021-06-15, which it {@link
 * #contains(LocalDate) contains}: a rule then leaves the question open and asks for the precise
 * date instead of guessing.
 *
 * <p>Written as it was given ({@link #toString()}): {@code yyyy}, {@code yyyy-MM} or {@code
 * yyyy-MM-dd}, the ISO 8601 calendar forms. Two partial dates are equal when they have the same
 * precision and period, so {@code 2021} is not equal to {@code 2021-01-01}.
 *
 * <p>Immutable and thread-safe; a value type.
 */
public final class PartialDate {
  static final String TYPE = "partialDate";

  /** How precisely a date is known. */
  public enum Precision {
    /** Known to the year: {@code 2021}. */
    YEAR,
    /** Known to the month: {@code 2021-03}. */
    MONTH,
    /** Known to the day: {@code 2021-03-15}. */
    DAY
  }

  private final LocalDate earliest;
  private final Precision precision;

  private PartialDate(LocalDate earliest, Precision precision) {
    this.earliest = earliest;
    this.precision = precision;
  }

  /**
   * Returns a date known to the day.
   *
   * @param date the day
   * @return the partial date of precision {@link Precision#DAY}
   */
  public static PartialDate of(LocalDate date) {
    return new PartialDate(Objects.requireNonNull(date, "date"), Precision.DAY);
  }

  /**
   * Returns a date known to the month.
   *
   * @param month the month
   * @return the partial date of precision {@link Precision#MONTH}
   */
  public static PartialDate of(YearMonth month) {
    return new PartialDate(Objects.requireNonNull(month, "month").atDay(1), Precision.MONTH);
  }

  /**
   * Returns a date known to the year.
   *
   * @param year the year
   * @return the partial date of precision {@link Precision#YEAR}
   */
  public static PartialDate of(Year year) {
    return new PartialDate(Objects.requireNonNull(year, "year").atDay(1), Precision.YEAR);
  }

  /**
   * Returns a date known to the year.
   *
   * @param year the year, from {@value Year#MIN_VALUE} to {@value Year#MAX_VALUE}
   * @return the partial date of precision {@link Precision#YEAR}
   * @throws DateTimeException if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    return of(Year.of(year));
  }

  /**
   * Returns a date known to the month.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @return the partial date of precision {@link Precision#MONTH}
   * @throws DateTimeException if the year or the month is out of range
   */
  public static PartialDate ofYearMonth(int year, int month) {
    return of(YearMonth.of(year, month));
  }

  /**
   * Parses a date written {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd} (four-digit years; an
   * existing calendar day: {@code 2021-02-30} is rejected).
   *
   * @param text the text
   * @return the partial date
   * @throws InvalidValueException with value type {@code partialDate} and reason {@code BLANK},
   *     {@code INVALID_FORMAT} (not one of the three forms) or {@code OUT_OF_RANGE} (a month or day
   *     that does not exist)
   */
  public static PartialDate parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    if (s.isBlank()) {
      throw new InvalidValueException(TYPE, Reason.BLANK, s);
    }
    int length = s.length();
    if ((length != 4 && length != 7 && length != 10)
        || (length >= 7 && s.charAt(4) != '-')
        || (length == 10 && s.charAt(7) != '-')) {
      throw new InvalidValueException(TYPE, Reason.INVALID_FORMAT, s);
    }
    int year = digits(s, 0, 4);
    int month = length >= 7 ? digits(s, 5, 7) : 1;
    int day = length == 10 ? digits(s, 8, 10) : 1;
    if (year < 0 || month < 0 || day < 0) {
      throw new InvalidValueException(TYPE, Reason.INVALID_FORMAT, s);
    }
    try {
      LocalDate first = LocalDate.of(year, month, day);
      return new PartialDate(
          first, length == 4 ? Precision.YEAR : length == 7 ? Precision.MONTH : Precision.DAY);
    } catch (DateTimeException e) {
      throw new InvalidValueException(TYPE, Reason.OUT_OF_RANGE, s); // month 13, 30 February, …
    }
  }

  /**
   * The value of the ASCII digits from {@code from} to {@code to}, or -1 if another character is
   * there.
   */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Returns how precisely the date is known.
   *
   * @return the precision
   */
  public Precision precision() {
    return precision;
  }

  /**
   * Returns whether the date is known to the day.
   *
   * @return true for precision {@link Precision#DAY}
   */
  public boolean isExact() {
    return precision == Precision.DAY;
  }

  /**
   * Returns the first day the date may be.
   *
   * @return the first day of the year or month, or the day itself
   */
  public LocalDate earliest() {
    return earliest;
  }

  /**
   * Returns the last day the date may be.
   *
   * @return the last day of the year or month, or the day itself
   */
  public LocalDate latest() {
    return switch (precision) {
      case DAY -> earliest;
      case MONTH -> earliest.withDayOfMonth(earliest.lengthOfMonth());
      case YEAR -> earliest.withDayOfYear(earliest.lengthOfYear());
    };
  }

  /**
   * Returns the year.
   *
   * @return the year, whatever the precision
   */
  public int year() {
    return earliest.getYear();
  }

  /**
   * Returns the month, when the date is known to the month or the day.
   *
   * @return the month, empty for a date known only to the year
   */
  public Optional<Month> month() {
    return precision == Precision.YEAR ? Optional.empty() : Optional.of(earliest.getMonth());
  }

  /**
   * Returns the day, when the date is known to the day.
   *
   * @return the day, empty otherwise
   */
  public Optional<LocalDate> toLocalDate() {
    return precision == Precision.DAY ? Optional.of(earliest) : Optional.empty();
  }

  /**
   * Returns whether the date is certainly before a day: its last possible day is.
   *
   * @param day the day
   * @return true if every day of this date is before {@code day}
   */
  public boolean isBefore(LocalDate day) {
    return latest().isBefore(day);
  }

  /**
   * Returns whether the date is certainly after a day: its first possible day is.
   *
   * @param day the day
   * @return true if every day of this date is after {@code day}
   */
  public boolean isAfter(LocalDate day) {
    return earliest.isAfter(day);
  }

  /**
   * Returns whether a day is one of the days this date may be.
   *
   * @param day the day
   * @return true if {@code day} lies from {@link #earliest()} to {@link #latest()}
   */
  public boolean contains(LocalDate day) {
    return !earliest.isAfter(day) && !latest().isBefore(day);
  }

  /**
   * Returns whether this date is certainly before another: every day it may be is before every day
   * the other may be.
   *
   * @param other the other date
   * @return true if this date's last day is before the other's first day
   */
  public boolean isBefore(PartialDate other) {
    return latest().isBefore(other.earliest);
  }

  /**
   * Returns whether this date is certainly after another.
   *
   * @param other the other date
   * @return true if this date's first day is after the other's last day
   */
  public boolean isAfter(PartialDate other) {
    return earliest.isAfter(other.latest());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartialDate d
        && precision == d.precision
        && earliest.equals(d.earliest);
  }

  @Override
  public int hashCode() {
    return earliest.hashCode() * 31 + precision.ordinal();
  }

  /**
   * Returns the date as it is written: {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
   *
   * @return the ISO 8601 text of the date at its precision
   */
  @Override
  public String toString() {
    String day = earliest.toString();
    return switch (precision) {
      case DAY -> day;
      case MONTH -> day.substring(0, day.length() - 3);
      case YEAR -> day.substring(0, day.length() - 6);
    };
  }
}

package io.github.ptce.rules.spi;

import io.github.ptce.core.time.PartialDate;
import io.github.ptce.rules.Outcome;
import java.time.LocalDate;

/**
 * Three-valued comparisons of a date that may be known only to the month or the year with a day:
 * {@link Outcome#MET} when every day the date may be satisfies the comparison, {@link
 * Outcome#NOT_MET} when none does, {@link Outcome#UNKNOWN} otherwise, where the precise date would
 * decide (a criterion then names it as a missing fact). A date known to the day is always decided.
 */
public final class Dates {
  private Dates() {}

  /**
   * Is the date before a day?
   *
   * @param date the date
   * @param day the day
   * @return met if its last possible day is before {@code day}, not met if its first is not
   */
  public static Outcome before(PartialDate date, LocalDate day) {
    if (date.latest().isBefore(day)) {
      return Outcome.MET;
    }
    return date.earliest().isBefore(day) ? Outcome.UNKNOWN : Outcome.NOT_MET;
  }

  /**
   * Is the date on or before a day?
   *
   * @param date the date
   * @param day the day
   * @return met if its last possible day is on or before {@code day}, not met if its first is after
   *     it
   */
  public static Outcome onOrBefore(PartialDate date, LocalDate day) {
    if (!date.latest().isAfter(day)) {
      return Outcome.MET;
    }
    return date.earliest().isAfter(day) ? Outcome.NOT_MET : Outcome.UNKNOWN;
  }

  /**
   * Is the date after a day?
   *
   * @param date the date
   * @param day the day
   * @return the negation of {@link #onOrBefore(PartialDate, LocalDate)}
   */
  public static Outcome after(PartialDate date, LocalDate day) {
    return onOrBefore(date, day).negate();
  }

  /**
   * Is the date on or after a day?
   *
   * @param date the date
   * @param day the day
   * @return the negation of {@link #before(PartialDate, LocalDate)}
   */
  public static Outcome onOrAfter(PartialDate date, LocalDate day) {
    return before(date, day).negate();
  }
}

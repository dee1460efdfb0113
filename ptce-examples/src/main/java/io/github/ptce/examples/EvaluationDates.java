package io.github.ptce.examples;

import io.github.ptce.core.constraints.PlausibleDate;
import java.time.LocalDate;

/**
 * The range of evaluation dates the command-line tool and the service accept ({@code --as-of},
 * {@code ?asOf=}): the range of every date of the model ({@link PlausibleDate}). An earlier or
 * later date is a typing error, not a question the rules can answer.
 */
public final class EvaluationDates {
  /** The earliest date accepted. */
  public static final LocalDate EARLIEST = LocalDate.parse(PlausibleDate.MIN);

  /** The latest date accepted. */
  public static final LocalDate LATEST = LocalDate.parse(PlausibleDate.MAX);

  private EvaluationDates() {}

  /**
   * Returns whether a date lies between {@link #EARLIEST} and {@link #LATEST}, both included.
   *
   * @param date a date
   * @return true if the tool and the service accept it
   */
  public static boolean inRange(LocalDate date) {
    return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
  }
}

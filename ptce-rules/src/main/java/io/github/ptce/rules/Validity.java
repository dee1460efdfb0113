package io.github.ptce.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A period of application, from a first day to an optional last day, both included.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the first day
 * @param to the last day, empty when open-ended
 */
public record Validity(LocalDate from, Optional<LocalDate> to) {

  /**
   * Checks the period.
   *
   * @param from the first day
   * @param to the last day
   * @throws IllegalArgumentException if the last day is before the first
   */
  public Validity {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isPresent() && to.get().isBefore(from)) {
      throw new IllegalArgumentException(
          "validity ends (" + to.get() + ") before it starts (" + from + ")");
    }
  }

  /**
   * Returns an open-ended period.
   *
   * @param from the first day
   * @return the period
   */
  public static Validity from(LocalDate from) {
    return new Validity(from, Optional.empty());
  }

  /**
   * Returns a closed period.
   *
   * @param from the first day
   * @param to the last day, included
   * @return the period
   */
  public static Validity between(LocalDate from, LocalDate to) {
    return new Validity(from, Optional.of(to));
  }

  /**
   * Returns whether a day lies in the period.
   *
   * @param date the day
   * @return true from the first to the last day, both included
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && (to.isEmpty() || !date.isAfter(to.get()));
  }

  /**
   * Returns whether the period is over at a date.
   *
   * @param date the day
   * @return true after the last day
   */
  public boolean endedBefore(LocalDate date) {
    return to.isPresent() && date.isAfter(to.get());
  }

  @Override
  public String toString() {
    return from + "/" + to.map(LocalDate::toString).orElse("");
  }
}

package io.github.ptce.registers;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date a legal unit ceased or an establishment closed, with how exactly the register gives it.
 *
 * <p>The stock files carry only the current period of each unit: its {@code dateDebut} is the start
 * of the period in which <em>no historised variable</em> has changed since (INSEE: "une période …
 * est un intervalle de temps durant lequel aucune variable historisée n'a été mise à jour"). For a
 * ceased unit the state changed on that date or before it (a later change of its name, activity or
 * SSE flag starts a new period), so a stock file gives {@link Precision#ON_OR_BEFORE}. The API's
 * {@code date_fermeture} is computed by its pipeline from the history file as the start of the
 * period in which the state changed to ceased or closed ({@code search-infra}, {@code
 * date_fermeture_unite_legale}): {@link Precision#EXACT}.
 *
 * @param date the date
 * @param precision what the date says
 */
public record EndDate(LocalDate date, Precision precision) {
  /** What the date says. */
  public enum Precision {
    /** The state changed on this day. */
    EXACT,
    /** The state changed on this day or earlier: it holds from this day on, at the latest. */
    ON_OR_BEFORE
  }

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public EndDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
  }

  /**
   * Returns whether the state is known to hold at a date: on or after this date.
   *
   * @param when the date asked about
   * @return true when the unit is known ceased (or the establishment closed) at that date
   */
  public boolean knownAt(LocalDate when) {
    return !when.isBefore(date);
  }
}

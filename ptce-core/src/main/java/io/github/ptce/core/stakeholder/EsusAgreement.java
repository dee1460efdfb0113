package io.github.ptce.core.stakeholder;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import io.github.ptce.core.constraints.PlausibleDate;
import io.github.ptce.core.time.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ESUS agreement ("entreprise solidaire d'utilité sociale", Code du travail L3332-17-1): granted
 * on a date, valid five years (two for an enterprise under three years old), or held as of right by
 * the structures the article lists.
 *
 * <p>The end date is optional because users often know only the decision date; the rules then
 * reason from the legal durations. Immutable and thread-safe.
 */
@SuppressWarnings(
    "exports") // Immutables' annotations are for ptce's build only (see module-info.java).
@Value.Immutable
public abstract class EsusAgreement implements WithEsusAgreement {

  EsusAgreement() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EsusAgreement}. */
  public static final class Builder extends ImmutableEsusAgreement.Builder {
    Builder() {}

    /**
     * Sets the start date, known to the day.
     *
     * @param day the day
     * @return this builder
     */
    public Builder start(LocalDate day) {
      start(PartialDate.of(day));
      return this;
    }

    /**
     * Sets the last day of validity.
     *
     * @param day the day
     * @return this builder
     */
    public Builder end(LocalDate day) {
      end(PartialDate.of(day));
      return this;
    }
  }

  /**
   * Returns the date from which the agreement applies.
   *
   * @return the start date, possibly known only to the month or year; empty when the agreement is
   *     known to exist but not its dates ("agréée ESUS")
   */
  public abstract Optional<@PlausibleDate PartialDate> start();

  /**
   * Returns the last day of validity, when known.
   *
   * @return the end date, on or after the start
   */
  public abstract Optional<@PlausibleDate PartialDate> end();

  /**
   * Returns whether the structure holds the agreement as of right ("de plein droit"), such as an
   * insertion enterprise, an entreprise adaptée or an ESAT.
   *
   * @return true if held as of right; false by default
   */
  @Value.Default
  public boolean asOfRight() {
    return false;
  }

  @Value.Check
  void check() {
    if (start().isPresent() && end().isPresent() && end().get().isBefore(start().get())) {
      throw new InvalidInputException(
          List.of(
              Violation.of(
                  "$.end",
                  "period.endBeforeStart",
                  Map.of("start", start().get().toString(), "end", end().get().toString()))));
    }
  }
}

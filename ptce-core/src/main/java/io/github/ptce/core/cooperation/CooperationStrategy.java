package io.github.ptce.core.cooperation;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import io.github.ptce.core.constraints.PlausibleDate;
import io.github.ptce.core.time.PartialDate;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The common and continuous strategy of pooling, cooperation or partnership that Art. 9 of loi n°
 * 2014-856 requires of a PTCE, as declared.
 *
 * <p>The library can check that a strategy is declared, in writing, with a mode, started and not
 * ended at a date; whether it is really common and continuous is for a person to assess, and the
 * rules say so. A strategy without an end date is ongoing.
 *
 * <p>Invariant: the end date is not before the start date. Immutable and thread-safe.
 */
@SuppressWarnings(
    "exports") // Immutables' annotations are for ptce's build only (see module-info.java).
@Value.Immutable
public abstract class CooperationStrategy implements WithCooperationStrategy {

  CooperationStrategy() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CooperationStrategy}. */
  public static final class Builder extends ImmutableCooperationStrategy.Builder {
    Builder() {}

    /**
     * Sets the date of the written strategy document, known to the day.
     *
     * @param day the day
     * @return this builder
     */
    public Builder documentDate(LocalDate day) {
      documentDate(PartialDate.of(day));
      return this;
    }

    /**
     * Sets the start of the strategy, known to the day.
     *
     * @param day the day
     * @return this builder
     */
    public Builder startDate(LocalDate day) {
      startDate(PartialDate.of(day));
      return this;
    }

    /**
     * Sets the end of the strategy, known to the day.
     *
     * @param day the day
     * @return this builder
     */
    public Builder endDate(LocalDate day) {
      endDate(PartialDate.of(day));
      return this;
    }
  }

  /**
   * Returns the forms the strategy takes.
   *
   * @return pooling, cooperation and/or partnership; empty if not declared
   */
  public abstract Set<CooperationMode> modes();

  /**
   * Returns the activities the members share.
   *
   * @return the shared activities, possibly none
   */
  public abstract Set<SharedActivity> sharedActivities();

  /**
   * Returns the date of the written strategy document (a charter, an agreement, a strategic plan).
   *
   * @return the date, empty if there is no written document or it is unknown
   */
  public abstract Optional<@PlausibleDate PartialDate> documentDate();

  /**
   * Returns when the strategy started.
   *
   * @return the start date, empty if unknown
   */
  public abstract Optional<@PlausibleDate PartialDate> startDate();

  /**
   * Returns when the strategy ended.
   *
   * @return the end date; empty while it is ongoing
   */
  public abstract Optional<@PlausibleDate PartialDate> endDate();

  /**
   * Returns a short summary of the strategy.
   *
   * @return the summary, empty if not given
   */
  public abstract Optional<@Size(max = 2000) String> summary();

  @Value.Check
  void check() {
    if (startDate().isPresent()
        && endDate().isPresent()
        && endDate().get().isBefore(startDate().get())) {
      throw new InvalidInputException(
          List.of(
              Violation.of(
                  "$.endDate",
                  "period.endBeforeStart",
                  Map.of(
                      "start", startDate().get().toString(), "end", endDate().get().toString()))));
    }
  }
}

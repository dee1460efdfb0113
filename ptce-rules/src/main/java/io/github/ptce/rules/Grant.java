package io.github.ptce.rules;

import io.github.ptce.core.resources.Amount;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a scheme grants, as far as it is known: an amount, over how long, and in words.
 *
 * <p>Amounts are data of the scheme, never computed; an amount that is not published is absent and
 * the description says so. A grant has one amount per beneficiary, or a published range, or
 * neither. Immutable and thread-safe.
 */
@SuppressWarnings(
    "exports") // Immutables' annotations are for ptce's build only (see module-info.java).
@Value.Immutable
public abstract class Grant {

  Grant() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Grant}; the description is required. */
  public static final class Builder extends ImmutableGrant.Builder {
    Builder() {}
  }

  /**
   * Returns the amount per beneficiary.
   *
   * @return the amount, empty if not published or not a grant
   */
  public abstract Optional<Amount> amount();

  /**
   * Returns the smallest amount granted per beneficiary, when only a range is published (e.g. the
   * State call of 2013: from €72,000 to €290,000).
   *
   * @return the lower end of the range, empty if no range is published
   */
  public abstract Optional<Amount> minimumAmount();

  /**
   * Returns the largest amount granted per beneficiary, when only a range is published.
   *
   * @return the upper end of the range, empty if no range is published
   */
  public abstract Optional<Amount> maximumAmount();

  /**
   * Returns the total envelope of the call, when it is the only published figure.
   *
   * @return the envelope, empty if not published
   */
  public abstract Optional<Amount> envelope();

  /**
   * Returns the duration of the support in months.
   *
   * @return the duration, empty if not published
   */
  public abstract Optional<Integer> durationMonths();

  /**
   * Returns whether the support includes money (false for a package of services only).
   *
   * @return true for a grant
   */
  public abstract boolean financial();

  /**
   * Returns what is granted, in words, including what is not published.
   *
   * @return the description
   */
  public abstract Message description();

  @Value.Check
  void check() {
    if (amount().isPresent() && (minimumAmount().isPresent() || maximumAmount().isPresent())) {
      throw new IllegalStateException("a grant has an amount or a range, not both");
    }
    if (minimumAmount().isPresent()
        && maximumAmount().isPresent()
        && minimumAmount().get().compareTo(maximumAmount().get()) > 0) {
      throw new IllegalStateException(
          "the minimum amount "
              + minimumAmount().get()
              + " exceeds the maximum "
              + maximumAmount().get());
    }
    if (durationMonths().isPresent() && durationMonths().get() <= 0) {
      throw new IllegalStateException(
          "durationMonths must be positive, was " + durationMonths().get());
    }
  }
}

package io.github.ptce.core.resources;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The hybrid resources of a cluster in one year: market, non-market and non-monetary (the
 * "hybridation des ressources" of the RTES note: exchange, redistribution and reciprocity).
 *
 * <p>Classification follows DESIGN.md: sales and public procurement are market resources, subsidies
 * are non-market, and valued volunteering, in-kind contributions and reciprocity are non-monetary.
 * Some typologies count public contracts as redistribution; {@link #publicProcurement()} is kept
 * apart so that a user can regroup it.
 *
 * <p>All amounts are exact ({@link Amount}); {@link #shares()} always add up to 100.00 % when the
 * total is not zero. Invariant: the total of the year is itself an amount (at most {@value
 * Amount#MAX_TEXT} euros). Immutable and thread-safe.
 */
@SuppressWarnings(
    "exports") // Immutables' annotations are for ptce's build only (see module-info.java).
@Value.Immutable
public abstract class ResourceMix implements WithResourceMix {
  /** The most digits before the decimal point of the volunteer hours, as {@code @Digits} says. */
  private static final int MAX_HOURS_DIGITS = 9;

  ResourceMix() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResourceMix}; the year is required, every amount defaults to zero. */
  public static final class Builder extends ImmutableResourceMix.Builder {
    Builder() {}
  }

  /**
   * Returns the calendar or financial year.
   *
   * @return the year
   */
  @Min(1900)
  @Max(2099)
  public abstract int year();

  /**
   * Returns the sales of goods and services (market).
   *
   * @return the amount, zero by default
   */
  @Value.Default
  public Amount sales() {
    return Amount.ZERO;
  }

  /**
   * Returns the revenue from public procurement contracts (market, see the class comment).
   *
   * @return the amount, zero by default
   */
  @Value.Default
  public Amount publicProcurement() {
    return Amount.ZERO;
  }

  /**
   * Returns the subsidies received (non-market).
   *
   * @return the subsidies, possibly none
   */
  public abstract List<@Valid Subsidy> subsidies();

  /**
   * Returns the hours of volunteer work.
   *
   * @return the hours, at most two decimals, zero by default
   */
  @Value.Default
  @PositiveOrZero
  @Digits(integer = MAX_HOURS_DIGITS, fraction = 2)
  public BigDecimal volunteerHours() {
    return BigDecimal.ZERO;
  }

  /**
   * Returns the valuation of the volunteer hours in euros (non-monetary).
   *
   * @return the amount, zero by default
   */
  @Value.Default
  public Amount volunteerValuation() {
    return Amount.ZERO;
  }

  /**
   * Returns the valuation of in-kind contributions: premises, equipment, services provided free
   * (non-monetary).
   *
   * @return the amount, zero by default
   */
  @Value.Default
  public Amount inKind() {
    return Amount.ZERO;
  }

  /**
   * Returns the valuation of reciprocity: mutual help and exchanges between members without payment
   * (non-monetary).
   *
   * @return the amount, zero by default
   */
  @Value.Default
  public Amount reciprocity() {
    return Amount.ZERO;
  }

  /**
   * Returns the market resources: sales and public procurement.
   *
   * @return the sum
   */
  public Amount market() {
    return sales().plus(publicProcurement());
  }

  /**
   * Returns the non-market resources: the subsidies.
   *
   * @return the sum of the subsidies
   */
  public Amount nonMarket() {
    Amount sum = Amount.ZERO;
    for (Subsidy subsidy : subsidies()) {
      sum = sum.plus(subsidy.amount());
    }
    return sum;
  }

  /**
   * Returns the non-monetary resources: valued volunteering, in-kind contributions and reciprocity.
   *
   * @return the sum
   */
  public Amount nonMonetary() {
    return volunteerValuation().plus(inKind()).plus(reciprocity());
  }

  /**
   * Returns all resources of the year.
   *
   * @return the sum of the three kinds
   */
  public Amount total() {
    return market().plus(nonMarket()).plus(nonMonetary());
  }

  /**
   * Returns the share of each kind of resource.
   *
   * @return the shares, summing to exactly 100.00; empty when the total is zero
   */
  public Optional<MixShares> shares() {
    Amount total = total();
    if (total.isZero()) {
      return Optional.empty();
    }
    return Optional.of(MixShares.of(market().euros(), nonMarket().euros(), nonMonetary().euros()));
  }

  /**
   * Checks that the total is an {@link Amount}, so that {@link #total()} and {@link #shares()}
   * never fail on a built mix, and keeps {@code 2}, {@code 2.0} and {@code 2.00} hours equal: hours
   * are stored with two decimals when they fit.
   */
  @Value.Check
  ResourceMix normalize() {
    BigDecimal total =
        sales()
            .euros()
            .add(publicProcurement().euros())
            .add(volunteerValuation().euros())
            .add(inKind().euros())
            .add(reciprocity().euros());
    for (Subsidy subsidy : subsidies()) {
      total = total.add(subsidy.amount().euros());
    }
    if (total.compareTo(new BigDecimal(Amount.MAX_TEXT)) > 0) {
      throw new InvalidInputException(
          List.of(
              Violation.of(
                  "$",
                  "resourceMix.totalOutOfRange",
                  Map.of(
                      "year",
                      Integer.toString(year()),
                      "total",
                      total.toPlainString(),
                      "limit",
                      Amount.MAX_TEXT))));
    }
    BigDecimal hours = volunteerHours();
    BigDecimal stripped = hours.stripTrailingZeros();
    // Only a value that can be valid (at most 9 digits before the point, see @Digits) is rescaled:
    // rescaling
    // 1E+1000000000 would need a billion digits; the constraint reports such a value instead.
    if (stripped.scale() <= 2 && stripped.scale() >= -MAX_HOURS_DIGITS && hours.scale() != 2) {
      return ImmutableResourceMix.copyOf(this).withVolunteerHours(stripped.setScale(2));
    }
    return this;
  }
}

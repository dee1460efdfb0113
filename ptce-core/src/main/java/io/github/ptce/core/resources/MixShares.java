package io.github.ptce.core.resources;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The shares of the three kinds of resources in a {@link ResourceMix}, in percent with two
 * decimals.
 *
 * <p>The three shares always add up to exactly {@code 100.00}: they are rounded by the
 * largest-remainder method, on hundredths of a percent, rather than each on its own.
 *
 * @param market the share of sales and public procurement
 * @param nonMarket the share of subsidies
 * @param nonMonetary the share of valued volunteering, in-kind contributions and reciprocity
 */
public record MixShares(BigDecimal market, BigDecimal nonMarket, BigDecimal nonMonetary) {
  /**
   * Checks that no share is null.
   *
   * @param market the market share
   * @param nonMarket the non-market share
   * @param nonMonetary the non-monetary share
   */
  public MixShares {
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(nonMarket, "nonMarket");
    Objects.requireNonNull(nonMonetary, "nonMonetary");
  }

  /**
   * Computes the shares of three non-negative parts of a positive total.
   *
   * @param parts the market, non-market and non-monetary totals, in euros
   * @return the shares
   * @throws IllegalArgumentException if the total is zero
   */
  static MixShares of(BigDecimal... parts) {
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal part : parts) {
      total = total.add(part);
    }
    if (total.signum() <= 0) {
      throw new IllegalArgumentException("shares of a zero total");
    }
    final long units = 10_000; // hundredths of a percent
    long[] floors = new long[parts.length];
    BigDecimal[] remainders = new BigDecimal[parts.length];
    long assigned = 0;
    for (int i = 0; i < parts.length; i++) {
      BigDecimal[] division =
          parts[i].multiply(BigDecimal.valueOf(units)).divideAndRemainder(total);
      floors[i] = division[0].longValueExact();
      remainders[i] = division[1];
      assigned += floors[i];
    }
    // Hand the units lost to rounding down to the largest remainders; ties go to the earlier part.
    for (long left = units - assigned; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < parts.length; i++) {
        if (remainders[i] != null && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
          best = i;
        }
      }
      floors[best]++;
      remainders[best] = null;
    }
    return new MixShares(percent(floors[0]), percent(floors[1]), percent(floors[2]));
  }

  private static BigDecimal percent(long hundredths) {
    return BigDecimal.valueOf(hundredths, 2);
  }

  /**
   * Returns the sum of the three shares.
   *
   * @return always {@code 100.00}
   */
  public BigDecimal sum() {
    return market.add(nonMarket).add(nonMonetary);
  }
}

package io.github.ptce.core.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MixSharesTest {

  private static BigDecimal d(String text) {
    return new BigDecimal(text);
  }

  @Test
  void exactSharesNeedNoRounding() {
    MixShares shares = MixShares.of(d("50"), d("30"), d("20"));
    assertEquals(new MixShares(d("50.00"), d("30.00"), d("20.00")), shares);
    assertEquals(d("100.00"), shares.sum());
  }

  @Test
  void thirdsGiveTheLeftoverHundredthToTheEarliestPartOnATie() {
    // 1/3 each: 33.333…% -> floors 33.33 each, one hundredth left, all remainders equal -> the
    // first part.
    MixShares shares = MixShares.of(d("1"), d("1"), d("1"));
    assertEquals(new MixShares(d("33.34"), d("33.33"), d("33.33")), shares);
    assertEquals(d("100.00"), shares.sum());
  }

  @Test
  void theLargestRemaindersGetTheLeftoverHundredths() {
    // 2/3, 1/6, 1/6 of 6: 66.666…, 16.666…, 16.666… -> floors 66.66, 16.66, 16.66 (99.98): two
    // hundredths left;
    // remainders are equal (0.666…) so they go to the first two parts.
    assertEquals(
        new MixShares(d("66.67"), d("16.67"), d("16.66")), MixShares.of(d("4"), d("1"), d("1")));
    // 1/7, 2/7, 4/7 -> 14.2857…, 28.5714…, 57.1428… -> floors 14.28, 28.57, 57.14 (99.99): one
    // hundredth left,
    // for the largest remainder, the first part's (0.57… hundredth against 0.14… and 0.28…).
    assertEquals(
        new MixShares(d("14.29"), d("28.57"), d("57.14")), MixShares.of(d("1"), d("2"), d("4")));
  }

  @Test
  void roundingEachShareAloneWouldNotSumToOneHundred() {
    // Each rounded half-up alone: 33.33 + 33.33 + 33.33 = 99.99. The largest remainder method gives
    // 100.00.
    MixShares shares = MixShares.of(d("100000.01"), d("100000.01"), d("100000.01"));
    assertEquals(d("100.00"), shares.sum());
  }

  @Test
  void aZeroTotalHasNoShares() {
    assertThrows(IllegalArgumentException.class, () -> MixShares.of(d("0"), d("0"), d("0")));
  }

  @Test
  void sharesAreNeverNull() {
    assertThrows(NullPointerException.class, () -> new MixShares(null, d("1"), d("1")));
  }
}

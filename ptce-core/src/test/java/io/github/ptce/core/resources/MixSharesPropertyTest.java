package io.github.ptce.core.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.ptce.core.testing.PtceGenerators;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class MixSharesPropertyTest {
  private static final BigDecimal HUNDRED = new BigDecimal("100.00");

  private static void assertWellFormed(MixShares shares) {
    assertEquals(HUNDRED, shares.sum(), shares::toString);
    for (BigDecimal share :
        new BigDecimal[] {shares.market(), shares.nonMarket(), shares.nonMonetary()}) {
      assertEquals(2, share.scale(), shares::toString);
      assertTrue(share.signum() >= 0 && share.compareTo(HUNDRED) <= 0, shares::toString);
    }
  }

  @Test
  void sharesOfAMixSumToOneHundredWhenTheTotalIsNotZero() {
    qt().withFixedSeed(7L)
        .withExamples(1_000)
        .forAll(PtceGenerators.resourceMixes())
        .checkAssert(
            mix -> {
              Optional<MixShares> shares = mix.shares();
              assertEquals(!mix.total().isZero(), shares.isPresent(), mix::toString);
              shares.ifPresent(MixSharesPropertyTest::assertWellFormed);
            });
  }

  @Test
  void sharesOfAnyThreeAmountsSumToOneHundredAndFollowTheirOrder() {
    Gen<Amount> amounts = PtceGenerators.amounts();
    qt().withFixedSeed(8L)
        .withExamples(2_000)
        .forAll(amounts, amounts, amounts)
        .assuming((a, b, c) -> !a.isZero() || !b.isZero() || !c.isZero())
        .checkAssert(
            (a, b, c) -> {
              MixShares shares = MixShares.of(a.euros(), b.euros(), c.euros());
              assertWellFormed(shares);
              // A larger part never gets a smaller share.
              if (a.compareTo(b) >= 0) {
                assertTrue(shares.market().compareTo(shares.nonMarket()) >= 0, shares::toString);
              }
              if (b.compareTo(c) >= 0) {
                assertTrue(
                    shares.nonMarket().compareTo(shares.nonMonetary()) >= 0, shares::toString);
              }
              // Each share is within a hundredth of the exact share.
              BigDecimal total = a.euros().add(b.euros()).add(c.euros());
              BigDecimal exact =
                  a.euros().multiply(HUNDRED).divide(total, 10, java.math.RoundingMode.HALF_EVEN);
              assertTrue(
                  exact.subtract(shares.market()).abs().compareTo(new BigDecimal("0.01")) < 0,
                  () -> shares + " vs " + exact);
            });
  }

  @Test
  void sharesOfSmallWholeNumbers() {
    Gen<Integer> small = Generate.range(0, 20);
    qt().withFixedSeed(9L)
        .withExamples(1_000)
        .forAll(small, small, small)
        .assuming((a, b, c) -> a + b + c > 0)
        .checkAssert(
            (a, b, c) ->
                assertWellFormed(
                    MixShares.of(
                        BigDecimal.valueOf(a), BigDecimal.valueOf(b), BigDecimal.valueOf(c))));
  }
}

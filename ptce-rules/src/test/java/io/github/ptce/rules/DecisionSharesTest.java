package io.github.ptce.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DecisionSharesTest {
  @Test
  void roundsByLargestRemainder() {
    assertArrayEquals(new int[] {34, 33, 33, 0}, new DecisionShares(1, 1, 1, 0).percentages());
    assertArrayEquals(new int[] {0, 0, 0, 0}, new DecisionShares(0, 0, 0, 0).percentages());
    assertArrayEquals(new int[] {50, 0, 0, 50}, new DecisionShares(3, 0, 0, 3).percentages());
  }

  @Test
  void percentagesAlwaysAddUpToExactlyOneHundred() {
    qt().withFixedSeed(3L)
        .withExamples(1000)
        .forAll(
            integers().between(0, 40),
            integers().between(0, 40),
            integers().between(0, 40),
            integers().between(0, 40))
        .checkAssert(
            (a, d, s, u) -> {
              DecisionShares shares = new DecisionShares(a, d, s, u);
              int[] percent = shares.percentages();
              int sum = Arrays.stream(percent).sum();
              assertEquals(shares.total() == 0 ? 0 : 100, sum);
              int[] counts = {a, d, s, u};
              for (int i = 0; i < 4; i++) {
                assertTrue(percent[i] >= 0 && percent[i] <= 100);
                assertTrue(
                    Math.abs(
                            percent[i]
                                - (shares.total() == 0 ? 0 : counts[i] * 100.0 / shares.total()))
                        < 1.0,
                    "each share is within one point of the exact value");
              }
            });
  }
}

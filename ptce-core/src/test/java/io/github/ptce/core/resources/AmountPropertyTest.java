package io.github.ptce.core.resources;

import static io.github.ptce.core.testing.ValueChecks.assertEqualValues;
import static io.github.ptce.core.testing.ValueChecks.assertOrderConsistentWithEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.ptce.core.testing.PtceGenerators;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountPropertyTest {

  @Test
  void canonicalTextParsesToAnEqualAmountOfScaleTwo() {
    qt().withFixedSeed(31L)
        .forAll(PtceGenerators.amounts(), PtceGenerators.amounts())
        .checkAssert(
            (a, b) -> {
              assertEquals(2, a.euros().scale());
              assertEqualValues(a, Amount.parse(a.toString()));
              assertEqualValues(a, Amount.of(a.euros().stripTrailingZeros()));
              assertEqualValues(a, Amount.of(a.euros().setScale(5)));
              assertOrderConsistentWithEquals(a, b);
            });
  }

  @Test
  void additionIsExactAndCommutative() {
    qt().withFixedSeed(32L)
        .forAll(
            PtceGenerators.amountsUpTo(1_000_000_000L), PtceGenerators.amountsUpTo(1_000_000_000L))
        .checkAssert(
            (a, b) -> {
              assertEquals(a.plus(b), b.plus(a));
              assertEquals(a.euros().add(b.euros()), a.plus(b).euros());
              assertEquals(a, a.plus(Amount.ZERO));
              assertEquals(0, a.plus(b).compareTo(a) >= 0 ? 0 : 1);
            });
  }

  @Test
  void zeroHasOneRepresentation() {
    qt().withFixedSeed(33L)
        .forAll(org.quicktheories.generators.Generate.range(0, 10))
        .checkAssert(
            scale -> assertEqualValues(Amount.ZERO, Amount.of(BigDecimal.ZERO.setScale(scale))));
  }
}

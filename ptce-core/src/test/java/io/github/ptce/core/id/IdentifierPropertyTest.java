package io.github.ptce.core.id;

import static io.github.ptce.core.testing.ValueChecks.assertEqualValues;
import static io.github.ptce.core.testing.ValueChecks.assertOrderConsistentWithEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.ptce.core.internal.Checks;
import io.github.ptce.core.testing.PtceGenerators;
import org.junit.jupiter.api.Test;

class IdentifierPropertyTest {

  @Test
  void sirenCanonicalTextParsesToAnEqualValue() {
    qt().withFixedSeed(1L)
        .forAll(PtceGenerators.sirens(), PtceGenerators.sirens())
        .checkAssert(
            (a, b) -> {
              assertEqualValues(a, Siren.parse(a.toString()));
              assertEqualValues(a, Siren.parse(a.formatted()));
              assertOrderConsistentWithEquals(a, b);
              assertTrue(Siren.isValid(a.toString()));
            });
  }

  @Test
  void siretCanonicalTextParsesToAnEqualValue() {
    qt().withFixedSeed(2L)
        .forAll(PtceGenerators.sirets(), PtceGenerators.sirets())
        .checkAssert(
            (a, b) -> {
              assertEqualValues(a, Siret.parse(a.toString()));
              assertEqualValues(a, Siret.parse(a.formatted()));
              assertEquals(a.toString(), a.siren() + a.nic());
              assertOrderConsistentWithEquals(a, b);
            });
  }

  @Test
  void laPosteSiretsAreValidBySumOfDigits() {
    qt().withFixedSeed(3L)
        .forAll(PtceGenerators.laPosteSirets())
        .checkAssert(
            siret -> {
              assertEquals("356000000", siret.siren().toString());
              assertEquals(0, siret.toString().chars().map(c -> c - '0').sum() % 5);
              assertEqualValues(siret, Siret.parse(siret.formatted()));
            });
    // Not every one of them passes Luhn: the exception is really exercised.
    long notLuhn =
        java.util.stream.IntStream.range(0, 10_000)
            .mapToObj(n -> String.format("356000000%04d", n))
            .filter(
                p -> {
                  int sum = p.chars().map(c -> c - '0').sum();
                  String siret = p + ((5 - sum % 5) % 5);
                  return !Checks.luhn(siret) && Siret.isValid(siret);
                })
            .count();
    assertTrue(notLuhn > 1_000, "La Poste SIRETs valid only by the sum rule: " + notLuhn);
  }

  @Test
  void changingOneDigitOfASirenBreaksTheKey() {
    qt().withFixedSeed(4L)
        .forAll(
            PtceGenerators.sirens(),
            org.quicktheories.generators.Generate.range(0, 8),
            org.quicktheories.generators.Generate.range(1, 9))
        .checkAssert(
            (siren, position, delta) -> {
              char[] digits = siren.toString().toCharArray();
              digits[position] = (char) ('0' + (digits[position] - '0' + delta) % 10);
              assertEquals(false, Siren.isValid(new String(digits)), new String(digits));
            });
  }

  @Test
  void rnaAndNafCanonicalTextParsesToAnEqualValue() {
    qt().withFixedSeed(5L)
        .forAll(PtceGenerators.rnas(), PtceGenerators.rnas())
        .checkAssert(
            (a, b) -> {
              assertEqualValues(a, Rna.parse(a.toString()));
              assertEqualValues(a, Rna.parse(a.toString().toLowerCase(java.util.Locale.ROOT)));
              assertOrderConsistentWithEquals(a, b);
            });
    qt().withFixedSeed(6L)
        .forAll(PtceGenerators.nafCodes(), PtceGenerators.nafCodes())
        .checkAssert(
            (a, b) -> {
              assertEqualValues(a, NafCode.parse(a.toString()));
              assertEqualValues(a, NafCode.parse(a.toString().replace(".", "")));
              assertOrderConsistentWithEquals(a, b);
            });
  }
}

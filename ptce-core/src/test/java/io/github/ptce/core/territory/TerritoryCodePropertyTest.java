package io.github.ptce.core.territory;

import static io.github.ptce.core.testing.ValueChecks.assertEqualValues;
import static io.github.ptce.core.testing.ValueChecks.assertOrderConsistentWithEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.ptce.core.testing.PtceGenerators;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TerritoryCodePropertyTest {

  @Test
  void communeCodes() {
    qt().withFixedSeed(11L)
        .forAll(PtceGenerators.syntacticCommuneCodes(), PtceGenerators.communeCodes())
        .checkAssert(
            (a, b) -> {
              assertEqualValues(a, CommuneCode.parse(a.toString()));
              assertEqualValues(a, CommuneCode.parse(a.toString().toLowerCase(Locale.ROOT)));
              assertOrderConsistentWithEquals(a, b);
              assertTrue(a.toString().startsWith(a.departement().toString()), a::toString);
              assertEquals(a.equals(b), a.key() == b.key(), () -> a + " " + b);
            });
  }

  @Test
  void departementEpciAndRegionCodes() {
    qt().withFixedSeed(12L)
        .forAll(PtceGenerators.departementCodes(), PtceGenerators.departementCodes())
        .checkAssert(
            (a, b) -> {
              assertEqualValues(a, DepartementCode.parse(a.toString()));
              assertOrderConsistentWithEquals(a, b);
            });
    qt().withFixedSeed(13L)
        .forAll(PtceGenerators.epciCodes(), PtceGenerators.epciCodes())
        .checkAssert(
            (a, b) -> {
              assertEqualValues(a, EpciCode.parse(a.toString()));
              assertEqualValues(a.siren(), io.github.ptce.core.id.Siren.parse(a.toString()));
              assertOrderConsistentWithEquals(a, b);
            });
    qt().withFixedSeed(14L)
        .forAll(PtceGenerators.regionCodes(), PtceGenerators.regionCodes())
        .checkAssert(
            (a, b) -> {
              assertEqualValues(a, RegionCode.parse(a.toString()));
              assertOrderConsistentWithEquals(a, b);
            });
  }

  @Test
  void perimetersAreValuesWhateverTheOrderOfTheirCodes() {
    qt().withFixedSeed(15L)
        .forAll(PtceGenerators.perimeters())
        .checkAssert(
            perimeter -> {
              java.util.List<CommuneCode> reversed =
                  new java.util.ArrayList<>(perimeter.communes());
              java.util.Collections.reverse(reversed);
              Perimeter copy = Perimeter.builder().from(perimeter).communes(reversed).build();
              assertEqualValues(perimeter, copy);
              assertTrue(perimeter.codeCount() >= 1);
            });
  }
}

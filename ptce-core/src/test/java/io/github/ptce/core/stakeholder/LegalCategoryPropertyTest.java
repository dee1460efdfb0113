package io.github.ptce.core.stakeholder;

import static io.github.ptce.core.testing.ValueChecks.assertEqualValues;
import static io.github.ptce.core.testing.ValueChecks.assertOrderConsistentWithEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.ptce.core.testing.PtceGenerators;
import org.junit.jupiter.api.Test;

class LegalCategoryPropertyTest {

  @Test
  void canonicalTextParsesToAnEqualCategoryWithTheSameClassification() {
    qt().withFixedSeed(21L)
        .forAll(PtceGenerators.legalCategories(), PtceGenerators.legalCategories())
        .checkAssert(
            (a, b) -> {
              LegalCategory again = LegalCategory.parse(a.toString());
              assertEqualValues(a, again);
              assertEquals(a.family(), again.family());
              assertEquals(a.sseByLegalForm(), again.sseByLegalForm());
              assertEquals(a.label(), again.label());
              assertOrderConsistentWithEquals(a, b);
              assertEquals(a.isClassified(), a.legalPerson().isPresent());
            });
  }
}

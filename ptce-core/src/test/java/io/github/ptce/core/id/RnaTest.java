package io.github.ptce.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.InvalidValueException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RnaTest {

  @Test
  void parsesWAndNineDigits() {
    Rna rna = Rna.parse("W061000123");
    assertEquals("W061000123", rna.toString());
    assertTrue(rna.isAllDigits());
  }

  @Test
  void acceptsLowerCaseAndSpacesAndGivesTheCanonicalForm() {
    assertEquals(Rna.parse("W061000123"), Rna.parse(" w061 000 123 "));
    assertEquals("W061000123", Rna.parse("w061000123").toString());
  }

  @Test
  void acceptsCapitalLettersAfterTheW() {
    Rna rna = Rna.parse("W2A1000123");
    assertEquals("W2A1000123", rna.toString());
    assertFalse(rna.isAllDigits());
    assertEquals("W2B0000001", Rna.parse("w2b0000001").toString());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''           | BLANK",
        "061000123    | INVALID_FORMAT",
        "X061000123   | INVALID_FORMAT",
        "W06100012    | WRONG_LENGTH",
        "W0610001234  | WRONG_LENGTH",
        "W06100012-   | INVALID_CHARACTER",
        "W06100012é   | INVALID_CHARACTER"
      })
  void rejectsWithAReason(String text, Reason reason) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Rna.parse(text));
    assertEquals(reason, e.reason());
    assertEquals("rna." + io.github.ptce.core.testing.Reasons.segment(reason), e.code());
  }

  @Test
  void equalityAndOrder() {
    assertEquals(Rna.parse("W061000123").hashCode(), Rna.parse("w061000123").hashCode());
    assertNotEquals(Rna.parse("W061000123"), Rna.parse("W061000124"));
    assertTrue(Rna.parse("W061000123").compareTo(Rna.parse("W061000124")) < 0);
  }
}

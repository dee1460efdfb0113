package io.github.ptce.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.InvalidValueException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NafCodeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "01.11Z, 01.11Z",
    "0111z, 01.11Z",
    "' 88.99b ', 88.99B",
    "8899B, 88.99B",
    "38.32z, 38.32Z"
  })
  void givesTheCanonicalForm(String text, String canonical) {
    assertEquals(canonical, NafCode.parse(text).toString());
  }

  @Test
  void divisionIsTheFirstTwoDigits() {
    assertEquals("88", NafCode.parse("88.99B").division());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''        | BLANK",
        "0111      | WRONG_LENGTH",
        "01.111Z   | WRONG_LENGTH",
        "01-11Z    | INVALID_FORMAT",
        "0A.11Z    | INVALID_CHARACTER",
        "01.11é    | INVALID_CHARACTER",
        "01.1AZ    | INVALID_CHARACTER",
        "01.119    | INVALID_CHARACTER"
      })
  void rejectsWithAReason(String text, Reason reason) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> NafCode.parse(text));
    assertEquals(reason, e.reason());
    assertEquals("nafCode", e.valueType());
  }

  @Test
  void equalityAndOrder() {
    assertEquals(NafCode.parse("0111Z"), NafCode.parse("01.11z"));
    assertEquals(NafCode.parse("0111Z").hashCode(), NafCode.parse("01.11Z").hashCode());
    assertNotEquals(NafCode.parse("01.11Z"), NafCode.parse("01.11Y"));
    assertTrue(NafCode.parse("01.11Z").compareTo(NafCode.parse("38.32Z")) < 0);
  }
}

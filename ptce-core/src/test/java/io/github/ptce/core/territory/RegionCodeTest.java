package io.github.ptce.core.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.InvalidValueException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"11", "32", "93", "94", "04", "01", "975", "977", "988"})
  void accepts(String text) {
    assertEquals(text, RegionCode.parse(text).toString());
  }

  @Test
  void trims() {
    assertEquals(RegionCode.parse("32"), RegionCode.parse(" 32 "));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''    | BLANK",
        "3     | WRONG_LENGTH",
        "1234  | WRONG_LENGTH",
        "3A    | INVALID_CHARACTER",
        "-32   | INVALID_CHARACTER",
        "00    | INVALID_FORMAT",
        "932   | INVALID_FORMAT",
        "123   | INVALID_FORMAT"
      })
  void rejectsWithAReason(String text, Reason reason) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> RegionCode.parse(text));
    assertEquals(reason, e.reason());
    assertEquals("regionCode", e.valueType());
  }

  @Test
  void equalityAndOrder() {
    assertEquals(RegionCode.parse("93").hashCode(), RegionCode.parse("93").hashCode());
    assertNotEquals(RegionCode.parse("93"), RegionCode.parse("94"));
    assertTrue(RegionCode.parse("11").compareTo(RegionCode.parse("93")) < 0);
  }
}

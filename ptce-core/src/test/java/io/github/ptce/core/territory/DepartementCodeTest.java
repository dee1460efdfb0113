package io.github.ptce.core.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.InvalidValueException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DepartementCodeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "06, 06",
    "2A, 2A",
    "2b, 2B",
    "' 974 ', 974",
    "971, 971",
    "978, 978",
    "984, 984",
    "989, 989",
    "01, 01",
    "95, 95"
  })
  void accepts(String text, String canonical) {
    assertEquals(canonical, DepartementCode.parse(text).toString());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''     | BLANK",
        "20     | INVALID_FORMAT",
        "00     | INVALID_FORMAT",
        "96     | INVALID_FORMAT",
        "97     | INVALID_FORMAT",
        "979    | INVALID_FORMAT",
        "983    | INVALID_FORMAT",
        "060    | INVALID_FORMAT",
        "975x   | INVALID_CHARACTER",
        "2C     | INVALID_CHARACTER",
        "6      | WRONG_LENGTH",
        "9740   | WRONG_LENGTH"
      })
  void rejectsWithAReason(String text, Reason reason) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> DepartementCode.parse(text));
    assertEquals(reason, e.reason());
    assertEquals("departementCode", e.valueType());
  }

  @Test
  void equality() {
    assertEquals(DepartementCode.parse("2a"), DepartementCode.parse("2A"));
    assertEquals(DepartementCode.parse("2a").hashCode(), DepartementCode.parse("2A").hashCode());
    assertNotEquals(DepartementCode.parse("2A"), DepartementCode.parse("2B"));
  }
}

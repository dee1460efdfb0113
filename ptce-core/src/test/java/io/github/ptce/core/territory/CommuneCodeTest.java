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

class CommuneCodeTest {

  @ParameterizedTest(name = "{0} -> {1} in {2}")
  @CsvSource({
    "06069, 06069, 06",
    "' 06069 ', 06069, 06",
    "2A004, 2A004, 2A",
    "2a004, 2A004, 2A",
    "2b004, 2B004, 2B",
    "97411, 97411, 974",
    "98818, 98818, 988",
    "01001, 01001, 01",
    "95690, 95690, 95",
    "59350, 59350, 59"
  })
  void acceptsAndCanonicalises(String text, String canonical, String departement) {
    CommuneCode code = CommuneCode.parse(text);
    assertEquals(canonical, code.toString());
    assertEquals(DepartementCode.parse(departement), code.departement());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''      | BLANK",
        "'  '    | BLANK",
        "2C001   | INVALID_CHARACTER",
        "0606A   | INVALID_CHARACTER",
        "2A00B   | INVALID_CHARACTER",
        "1234    | WRONG_LENGTH",
        "123456  | WRONG_LENGTH",
        "2A04    | WRONG_LENGTH",
        "20001   | INVALID_FORMAT",
        "00001   | INVALID_FORMAT",
        "96001   | INVALID_FORMAT",
        "97901   | INVALID_FORMAT",
        "97001   | INVALID_FORMAT",
        "98301   | INVALID_FORMAT",
        "99001   | INVALID_FORMAT"
      })
  void rejectsWithAReason(String text, Reason reason) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> CommuneCode.parse(text));
    assertEquals(reason, e.reason());
    assertEquals("communeCode", e.valueType());
  }

  @Test
  void keysAreDenseAndDistinctForCorsica() {
    assertEquals(6069, CommuneCode.parse("06069").key());
    assertEquals(20_004, CommuneCode.parse("2A004").key());
    assertEquals(96_004, CommuneCode.parse("2B004").key());
    assertNotEquals(
        CommuneCode.parse("2A533").key(), CommuneCode.parse("2B033").key(), "no collision");
    assertEquals(97_411, CommuneCode.parse("97411").key());
  }

  @Test
  void equalityAndOrder() {
    assertEquals(CommuneCode.parse("2a004"), CommuneCode.parse("2A004"));
    assertEquals(CommuneCode.parse("2a004").hashCode(), CommuneCode.parse("2A004").hashCode());
    assertNotEquals(CommuneCode.parse("2A004"), CommuneCode.parse("2B004"));
    assertTrue(CommuneCode.parse("06069").compareTo(CommuneCode.parse("2A004")) < 0);
  }
}

package io.github.ptce.core.id;

import static org.junit.jupiter.api.Assertions.assertAll;
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

class SirenTest {

  @Test
  void parsesNineDigitsWithALuhnKey() {
    Siren siren = Siren.parse("200039857");
    assertEquals("200039857", siren.toString());
    assertEquals("200 039 857", siren.formatted());
    assertTrue(Siren.isValid("200039857"));
  }

  @Test
  void laPosteSirenIsLuhnValid() {
    assertEquals("356000000", Siren.parse("356000000").toString());
  }

  @Test
  void toleratesSpacesAndNonBreakingSpaces() {
    Siren expected = Siren.parse("356000000");
    assertAll(
        () -> assertEquals(expected, Siren.parse("356 000 000")),
        () -> assertEquals(expected, Siren.parse(" 356\u00A0000\u202F000 ")),
        () -> assertEquals(expected, Siren.parse("356\t000000")),
        () -> assertTrue(Siren.isValid("356 000 000")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''          | BLANK",
        "'   '       | BLANK",
        "12345678    | WRONG_LENGTH",
        "1234567890  | WRONG_LENGTH",
        "12345678A   | INVALID_CHARACTER",
        "123-456-782 | INVALID_CHARACTER",
        "１23456782   | INVALID_CHARACTER",
        "123456789   | CHECKSUM",
        "200039858   | CHECKSUM"
      })
  void rejectsWithAReason(String text, Reason reason) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Siren.parse(text));
    assertEquals(reason, e.reason());
    assertEquals("siren", e.valueType());
    assertEquals("siren." + io.github.ptce.core.testing.Reasons.segment(reason), e.code());
    assertEquals(text, e.input());
    assertFalse(Siren.isValid(text));
  }

  @Test
  void isValidIsFalseForNull() {
    assertFalse(Siren.isValid(null));
  }

  @Test
  void nullIsAProgrammingError() {
    assertThrows(NullPointerException.class, () -> Siren.parse(null));
  }

  @Test
  void equalityAndOrderFollowTheDigits() {
    Siren a = Siren.parse("123456782");
    Siren b = Siren.parse("123 456 782");
    Siren c = Siren.parse("200039857");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, c);
    assertNotEquals(a, (Object) "123456782");
    assertTrue(a.compareTo(c) < 0);
    assertEquals(0, a.compareTo(b));
  }
}

package io.github.ptce.core.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.InvalidValueException.Reason;
import io.github.ptce.core.id.Siren;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpciCodeTest {

  @Test
  void isTheSirenOfTheEpci() {
    EpciCode grasse = EpciCode.parse("200 039 857");
    assertEquals("200039857", grasse.toString());
    assertEquals(Siren.parse("200039857"), grasse.siren());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''          | BLANK",
        "20003985    | WRONG_LENGTH",
        "20003985X   | INVALID_CHARACTER",
        "200039858   | CHECKSUM"
      })
  void rejectsWithTheEpciValueType(String text, Reason reason) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> EpciCode.parse(text));
    assertEquals(reason, e.reason());
    assertEquals("epciCode", e.valueType());
    assertEquals("epciCode." + io.github.ptce.core.testing.Reasons.segment(reason), e.code());
    assertEquals(text, e.input());
  }

  @Test
  void equalityAndOrder() {
    assertEquals(EpciCode.parse("200039857"), EpciCode.parse("200039857"));
    assertEquals(EpciCode.parse("200039857").hashCode(), EpciCode.parse("200 039 857").hashCode());
    assertNotEquals(EpciCode.parse("200039857"), EpciCode.parse("200067999"));
    assertTrue(EpciCode.parse("200039857").compareTo(EpciCode.parse("200067999")) < 0);
  }
}

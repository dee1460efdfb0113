package io.github.ptce.core.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.InvalidValueException.Reason;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountTest {

  @Test
  void hasScaleTwoWhateverTheInput() {
    assertEquals(2, Amount.of(new BigDecimal("10")).euros().scale());
    assertEquals(new BigDecimal("10.00"), Amount.of(new BigDecimal("10")).euros());
    assertEquals(new BigDecimal("1000.00"), Amount.of(new BigDecimal("1E+3")).euros());
    assertEquals("1234.50", Amount.parse("1234.5").toString());
  }

  @Test
  void tenEqualsTenPointZeroZero() {
    Amount ten = Amount.of(new BigDecimal("10"));
    assertEquals(ten, Amount.parse("10.00"));
    assertEquals(ten, Amount.parse("10.0"));
    assertEquals(ten, Amount.ofEuros(10));
    assertEquals(ten.hashCode(), Amount.parse("10.00").hashCode());
    assertEquals(0, ten.compareTo(Amount.parse("10.000")));
  }

  @Test
  void trailingZerosBeyondTheCentsAreNotExtraDecimals() {
    assertEquals(Amount.parse("10.10"), Amount.parse("10.1000"));
  }

  @Test
  void zeroIsTheSharedZero() {
    assertSame(Amount.ZERO, Amount.parse("0.000"));
    assertSame(Amount.ZERO, Amount.ofEuros(0));
    assertTrue(Amount.ZERO.isZero());
    assertFalse(Amount.parse("0.01").isZero());
    assertEquals("0.00", Amount.ZERO.toString());
  }

  @Test
  void theLargestAmountIsAccepted() {
    Amount max = Amount.parse(Amount.MAX_TEXT);
    assertEquals(Amount.MAX_TEXT, max.toString());
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> max.plus(Amount.parse("0.01")));
    assertEquals(Reason.OUT_OF_RANGE, e.reason());
  }

  @Test
  void addsExactly() {
    assertEquals(Amount.parse("0.30"), Amount.parse("0.1").plus(Amount.parse("0.2")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                  | BLANK",
        "-1                  | OUT_OF_RANGE",
        "-0.01               | OUT_OF_RANGE",
        "1000000000000       | OUT_OF_RANGE",
        "999999999999.991    | OUT_OF_RANGE",
        "1E+40               | OUT_OF_RANGE",
        "10.123              | INVALID_FORMAT",
        "0.001               | INVALID_FORMAT",
        "1,50                | INVALID_CHARACTER",
        "12 €                | INVALID_CHARACTER",
        "ten                 | INVALID_CHARACTER",
        "12345678901234567890123456789012345678901 | OUT_OF_RANGE"
      })
  void rejectsWithAReason(String text, Reason reason) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Amount.parse(text));
    assertEquals(reason, e.reason());
    assertEquals("amount", e.valueType());
  }

  @Test
  void ofRejectsNegativeAndTooPrecise() {
    assertEquals(
        Reason.OUT_OF_RANGE,
        assertThrows(InvalidValueException.class, () -> Amount.of(new BigDecimal("-5"))).reason());
    assertEquals(
        Reason.INVALID_FORMAT,
        assertThrows(InvalidValueException.class, () -> Amount.of(new BigDecimal("10.123")))
            .reason());
    assertEquals(
        Reason.OUT_OF_RANGE,
        assertThrows(InvalidValueException.class, () -> Amount.ofEuros(-1)).reason());
    assertThrows(NullPointerException.class, () -> Amount.of(null));
  }

  @Test
  void ordersByValue() {
    assertTrue(Amount.parse("9.99").compareTo(Amount.parse("10")) < 0);
    assertNotEquals(Amount.parse("9.99"), Amount.parse("10"));
  }

  @Test
  void aHugeExponentIsRejectedWithoutWritingTheNumberOut() {
    // Written out, 1E+1000000000 is a billion digits: the message gives it in scientific notation.
    InvalidValueException huge =
        assertThrows(InvalidValueException.class, () -> Amount.of(new BigDecimal("1E+1000000000")));
    assertEquals(Reason.OUT_OF_RANGE, huge.reason());
    assertEquals("1E+1000000000", huge.input());
    InvalidValueException tiny =
        assertThrows(InvalidValueException.class, () -> Amount.of(new BigDecimal("1E-1000000000")));
    assertEquals(Reason.INVALID_FORMAT, tiny.reason());
    assertEquals("1E-1000000000", tiny.input());
    assertEquals(
        "1000000000000",
        assertThrows(InvalidValueException.class, () -> Amount.of(new BigDecimal("1E+12")))
            .input());
  }
}

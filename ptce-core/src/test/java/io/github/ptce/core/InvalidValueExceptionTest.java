package io.github.ptce.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.InvalidValueException.Reason;
import io.github.ptce.core.id.Siren;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

  @Test
  void codeNamesTheTypeAndTheReason() {
    InvalidValueException e = new InvalidValueException("siren", Reason.CHECKSUM, "123456789");
    assertEquals("siren.checksum", e.code());
    assertEquals("siren", e.valueType());
    assertEquals(Reason.CHECKSUM, e.reason());
    assertEquals("123456789", e.input());
    assertEquals(e.message(Locale.ENGLISH), e.getMessage());
    assertTrue(e.message(Locale.FRENCH).contains("123456789"), e.message(Locale.FRENCH));
    assertNotEquals(e.message(Locale.ENGLISH), e.message(Locale.FRENCH));
  }

  @Test
  void becomesAViolationWithTheValueAsArgument() {
    InvalidValueException e =
        new InvalidValueException("communeCode", Reason.INVALID_CHARACTER, "2C001");
    Violation violation = e.toViolation("$.members[0].stakeholder.location");
    assertEquals(
        Violation.of(
            "$.members[0].stakeholder.location",
            "communeCode.invalidCharacter",
            Map.of("value", "2C001")),
        violation);
    assertEquals(e.message(Locale.FRENCH), violation.message(Locale.FRENCH));
  }

  @Test
  void aLongOrControlInputIsShortenedAndMadePrintableInMessages() {
    String input = "\u001b[31m" + "9".repeat(100);
    InvalidValueException e = new InvalidValueException("siren", Reason.WRONG_LENGTH, input);
    assertEquals(input, e.input());
    String value = e.toViolation("$").arguments().get("value");
    assertEquals(61, value.length());
    assertTrue(value.startsWith("\uFFFD[31m"), value);
    assertTrue(value.endsWith("…"), value);
    assertTrue(!e.getMessage().contains("\u001b"), e.getMessage());
  }

  @Test
  void parsersThrowItWithoutAStackTrace() {
    try {
      Siren.parse("1");
    } catch (InvalidValueException e) {
      assertEquals(0, e.getStackTrace().length);
      return;
    }
    throw new AssertionError("expected an InvalidValueException");
  }
}

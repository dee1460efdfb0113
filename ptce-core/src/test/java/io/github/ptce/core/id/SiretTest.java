package io.github.ptce.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.InvalidValueException.Reason;
import io.github.ptce.core.internal.Checks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiretTest {

  @Test
  void parsesALuhnValidSiret() {
    Siret siret = Siret.parse("12345678200010");
    assertEquals("12345678200010", siret.toString());
    assertEquals(Siren.parse("123456782"), siret.siren());
    assertEquals("00010", siret.nic());
    assertEquals("123 456 782 00010", siret.formatted());
  }

  @Test
  void acceptsALaPosteSiretValidOnlyBySumOfDigits() {
    String text = "35600000000001";
    assertFalse(Checks.luhn(text), "the example must fail the Luhn check");
    assertEquals(0, text.chars().map(c -> c - '0').sum() % 5);
    Siret siret = Siret.parse(text);
    assertEquals(Siren.parse("356000000"), siret.siren());
    assertEquals("00001", siret.nic());
    assertTrue(Siret.isValid("356 000 000 00001"));
  }

  @Test
  void rejectsALaPosteSiretThatFailsBothRules() {
    String text = "35600000000000"; // Luhn fails, digit sum 14
    assertFalse(Checks.luhn(text));
    assertEquals(
        Reason.CHECKSUM,
        assertThrows(InvalidValueException.class, () -> Siret.parse(text)).reason());
  }

  @Test
  void rejectsALaPosteSiretValidOnlyByLuhn() {
    // Not the head office: La Poste's establishments are checked by the sum of their digits only
    // (python-stdnum, stdnum/fr/siret.py). 35600000000014 passes Luhn; its digit sum is 19.
    String text = "35600000000014";
    assertTrue(Checks.luhn(text), "the example must pass the Luhn check");
    assertEquals(4, text.chars().map(c -> c - '0').sum() % 5);
    assertEquals(
        Reason.CHECKSUM,
        assertThrows(InvalidValueException.class, () -> Siret.parse(text)).reason());
    assertFalse(Siret.isValid(text));
  }

  @Test
  void theHeadOfficeOfLaPosteIsCheckedByLuhn() {
    // 35600000000048: Luhn holds, digit sum 26. Its neighbour by the sum rule, 35600000000049 (sum
    // 27), does not.
    Siret headOffice = Siret.parse("356 000 000 00048");
    assertEquals("00048", headOffice.nic());
    assertTrue(Checks.luhn("35600000000048"));
    assertFalse(Siret.isValid("35600000000043"), "digit sum 21, Luhn fails");
  }

  @Test
  void rejectsASiretWhoseSirenPartFailsItsKey() {
    // The 14 digits pass Luhn, but 123456789 is no SIREN: siren() used to throw on such a value.
    String text = "12345678900015";
    assertTrue(Checks.luhn(text), "the 14 digits must pass the Luhn check");
    assertFalse(Siren.isValid("123456789"));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Siret.parse(text));
    assertEquals(Reason.CHECKSUM, e.reason());
    assertEquals("siret.checksum", e.code());
    assertFalse(Siret.isValid(text));
  }

  @Test
  void theSumOfDigitsRuleIsOnlyForLaPoste() {
    // 12345678200011: digit sum 40 (a multiple of 5), but Luhn fails and the SIREN is not La
    // Poste's.
    String text = "12345678200011";
    assertFalse(Checks.luhn(text));
    assertEquals(0, text.chars().map(c -> c - '0').sum() % 5);
    assertEquals(
        Reason.CHECKSUM,
        assertThrows(InvalidValueException.class, () -> Siret.parse(text)).reason());
  }

  @Test
  void toleratesSpaces() {
    assertEquals(Siret.parse("12345678200010"), Siret.parse(" 123 456 782 00010 "));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''               | BLANK",
        "1234567820001    | WRONG_LENGTH",
        "123456782000100  | WRONG_LENGTH",
        "1234567820001O   | INVALID_CHARACTER",
        "12345678200012   | CHECKSUM"
      })
  void rejectsWithAReason(String text, Reason reason) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Siret.parse(text));
    assertEquals(reason, e.reason());
    assertEquals("siret", e.valueType());
    assertFalse(Siret.isValid(text));
  }

  @Test
  void equality() {
    assertEquals(
        Siret.parse("12345678200010").hashCode(), Siret.parse("123 456 782 00010").hashCode());
    assertNotEquals(Siret.parse("12345678200010"), Siret.parse("35600000000001"));
    assertTrue(Siret.parse("12345678200010").compareTo(Siret.parse("35600000000001")) < 0);
    assertFalse(Siret.isValid(null));
  }
}

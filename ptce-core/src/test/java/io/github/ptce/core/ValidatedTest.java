package io.github.ptce.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidatedTest {

  @Test
  void aValidResultHasAValueAndNoViolation() {
    Validated<String> valid = Validated.valid("x");
    assertTrue(valid.isValid());
    assertEquals(Optional.of("x"), valid.value());
    assertEquals(List.of(), valid.violations());
    assertEquals("x", valid.orElseThrow());
    assertEquals(Optional.of(1), valid.map(String::length).value());
    assertEquals("Valid[x]", valid.toString());
    assertThrows(NullPointerException.class, () -> Validated.valid(null));
  }

  @Test
  void anInvalidResultSortsItsViolationsAndThrowsThemAll() {
    Violation b = Violation.of("$.name", "constraint.notBlank");
    Violation a = Violation.of("$", "json.format");
    Validated<String> invalid = Validated.invalid(List.of(b, a));
    assertFalse(invalid.isValid());
    assertEquals(Optional.empty(), invalid.value());
    assertEquals(List.of(a, b), invalid.violations());
    InvalidInputException e = assertThrows(InvalidInputException.class, invalid::orElseThrow);
    assertEquals(List.of(a, b), e.violations());
    Validated<Integer> mapped = invalid.map(String::length);
    assertFalse(mapped.isValid());
    assertSame(invalid.violations(), mapped.violations());
    assertTrue(invalid.toString().startsWith("Invalid["), invalid.toString());
  }

  @Test
  void anInvalidResultNeedsAViolation() {
    assertThrows(IllegalArgumentException.class, () -> Validated.invalid(List.of()));
  }
}

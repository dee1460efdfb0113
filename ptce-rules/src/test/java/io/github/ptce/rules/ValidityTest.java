package io.github.ptce.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidityTest {
  @Test
  void boundsAreIncluded() {
    Validity window = Validity.between(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 7, 31));
    assertFalse(window.contains(LocalDate.of(2023, 5, 31)));
    assertTrue(window.contains(LocalDate.of(2023, 6, 1)));
    assertTrue(window.contains(LocalDate.of(2023, 7, 31)));
    assertFalse(window.contains(LocalDate.of(2023, 8, 1)));
    assertTrue(window.endedBefore(LocalDate.of(2023, 8, 1)));
    assertFalse(window.endedBefore(LocalDate.of(2023, 7, 31)));
  }

  @Test
  void openEndedNeverEnds() {
    Validity law = Validity.from(LocalDate.of(2014, 8, 2));
    assertTrue(law.contains(LocalDate.of(2099, 12, 31)));
    assertFalse(law.endedBefore(LocalDate.of(2099, 12, 31)));
  }

  @Test
  void anEndBeforeTheStartIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Validity.between(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)));
  }
}

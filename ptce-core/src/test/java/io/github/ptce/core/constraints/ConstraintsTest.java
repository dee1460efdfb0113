package io.github.ptce.core.constraints;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConstraintsTest {
  private final LocalId.Validator localId = new LocalId.Validator();
  private final PlausibleDate.Validator plausibleDate = new PlausibleDate.Validator();

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "tetris",
        "ca-pays-de-grasse",
        "a",
        "0",
        "fr.state.ptce-call.2013",
        "A_b-c.d",
        "x234567890123456789012345678901234567890123456789012345678901234"
      })
  void validLocalIds(String id) {
    assertTrue(localId.isValid(id, null), id);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-a",
        ".a",
        "_a",
        "a b",
        "é",
        "a/b",
        "a:b",
        "${x}",
        "x2345678901234567890123456789012345678901234567890123456789012345"
      })
  void invalidLocalIds(String id) {
    assertFalse(localId.isValid(id, null), id);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"1900-01-01", "2099-12-31", "2021-05-12"})
  void plausibleDates(String date) {
    assertTrue(plausibleDate.isValid(date == null ? null : LocalDate.parse(date), null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1899-12-31", "2100-01-01", "1800-01-01", "0001-01-01"})
  void implausibleDates(String date) {
    assertFalse(plausibleDate.isValid(LocalDate.parse(date), null));
  }
}

package io.github.ptce.core.stakeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import io.github.ptce.core.time.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EsusAgreementTest {

  @Test
  void asOfRightIsFalseByDefaultAndTheEndIsOptional() {
    EsusAgreement agreement = EsusAgreement.builder().start(LocalDate.parse("2019-09-01")).build();
    assertFalse(agreement.asOfRight());
    assertEquals(Optional.empty(), agreement.end());
    assertTrue(agreement.withAsOfRight(true).asOfRight());
  }

  @Test
  void aOneDayAgreementIsValid() {
    LocalDate day = LocalDate.parse("2019-09-01");
    assertEquals(
        Optional.of(PartialDate.of(day)),
        EsusAgreement.builder().start(day).end(day).build().end());
  }

  @Test
  void endBeforeStartIsAViolationAtTheEnd() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                EsusAgreement.builder()
                    .start(LocalDate.parse("2019-09-01"))
                    .end(LocalDate.parse("2019-08-31"))
                    .build());
    assertEquals(
        List.of(
            Violation.of(
                "$.end",
                "period.endBeforeStart",
                Map.of("start", "2019-09-01", "end", "2019-08-31"))),
        e.violations());
  }

  @Test
  void anAgreementMayBeKnownWithoutItsDates() {
    EsusAgreement undated = EsusAgreement.builder().build();
    assertEquals(Optional.empty(), undated.start());
    assertEquals(Optional.empty(), undated.end());
  }

  @Test
  void datesMayBeKnownToTheMonthOrYear() {
    EsusAgreement agreement =
        EsusAgreement.builder()
            .start(PartialDate.parse("2019"))
            .end(PartialDate.parse("2024-08"))
            .build();
    assertEquals("2019", agreement.start().orElseThrow().toString());
    // An end in the same year as the start is not known to be before it.
    EsusAgreement.builder()
        .start(PartialDate.parse("2019"))
        .end(PartialDate.parse("2019-02"))
        .build();
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                EsusAgreement.builder()
                    .start(PartialDate.parse("2019-03"))
                    .end(PartialDate.parse("2018"))
                    .build());
    assertEquals(
        List.of(
            Violation.of(
                "$.end", "period.endBeforeStart", Map.of("start", "2019-03", "end", "2018"))),
        e.violations());
  }
}

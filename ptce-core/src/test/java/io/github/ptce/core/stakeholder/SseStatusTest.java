package io.github.ptce.core.stakeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import io.github.ptce.core.time.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SseStatusTest {
  private static final LocalDate DAY = LocalDate.parse("2020-05-04");
  private static final EsusAgreement AGREEMENT = EsusAgreement.builder().start(DAY).build();

  @Test
  void factories() {
    assertEquals(SseEvidence.UNKNOWN, SseStatus.unknown().evidence());
    assertEquals(SseEvidence.NOT_SSE, SseStatus.notSse().evidence());
    assertEquals(SseEvidence.BY_LEGAL_FORM, SseStatus.byLegalForm().evidence());
    SseStatus mention = SseStatus.essMention(DAY);
    assertEquals(SseEvidence.ESS_MENTION, mention.evidence());
    assertEquals(Optional.of(PartialDate.of(DAY)), mention.essMentionDate());
    assertEquals(Optional.empty(), SseStatus.essMentionUndated().essMentionDate());
    assertEquals(SseEvidence.ESS_MENTION, SseStatus.essMentionUndated().evidence());
    assertEquals(
        Optional.of(PartialDate.parse("2016")),
        SseStatus.essMention(PartialDate.parse("2016")).essMentionDate());
    SseStatus esus = SseStatus.esus(AGREEMENT);
    assertEquals(Optional.of(AGREEMENT), esus.esusAgreement());
    assertEquals(Optional.empty(), esus.essMentionDate());
  }

  @Test
  void esusAgreementMayComeWithTheMentionDate() {
    SseStatus status =
        SseStatus.builder()
            .evidence(SseEvidence.ESUS_AGREEMENT)
            .esusAgreement(AGREEMENT)
            .essMentionDate(DAY)
            .build();
    assertEquals(Optional.of(PartialDate.of(DAY)), status.essMentionDate());
  }

  @Test
  void anEssMentionMayBeKnownWithoutItsDate() {
    assertEquals(
        Optional.empty(),
        SseStatus.builder().evidence(SseEvidence.ESS_MENTION).build().essMentionDate());
  }

  @Test
  void esusNeedsItsAgreement() {
    assertViolations(
        SseStatus.builder().evidence(SseEvidence.ESUS_AGREEMENT),
        Violation.of("$.esusAgreement", "sseStatus.esusAgreementRequired"));
  }

  @Test
  void anAgreementWithAnotherEvidenceIsRejected() {
    for (SseEvidence evidence :
        List.of(
            SseEvidence.BY_LEGAL_FORM,
            SseEvidence.ESS_MENTION,
            SseEvidence.NOT_SSE,
            SseEvidence.UNKNOWN)) {
      SseStatus.Builder builder = SseStatus.builder().evidence(evidence).esusAgreement(AGREEMENT);
      if (evidence == SseEvidence.ESS_MENTION) {
        builder.essMentionDate(DAY);
      }
      assertViolations(
          builder, Violation.of("$.esusAgreement", "sseStatus.esusAgreementNotExpected"));
    }
  }

  @Test
  void aMentionDateWithAnotherEvidenceIsRejected() {
    for (SseEvidence evidence :
        List.of(SseEvidence.BY_LEGAL_FORM, SseEvidence.NOT_SSE, SseEvidence.UNKNOWN)) {
      assertViolations(
          SseStatus.builder().evidence(evidence).essMentionDate(DAY),
          Violation.of("$.essMentionDate", "sseStatus.essMentionDateNotExpected"));
    }
  }

  @Test
  void allProblemsAreReportedTogether() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                SseStatus.builder()
                    .evidence(SseEvidence.NOT_SSE)
                    .essMentionDate(DAY)
                    .esusAgreement(AGREEMENT)
                    .build());
    assertEquals(2, e.violations().size());
    assertTrue(
        e.violations()
            .contains(Violation.of("$.esusAgreement", "sseStatus.esusAgreementNotExpected")));
    assertTrue(
        e.violations()
            .contains(Violation.of("$.essMentionDate", "sseStatus.essMentionDateNotExpected")));
  }

  private static void assertViolations(SseStatus.Builder builder, Violation... expected) {
    InvalidInputException e = assertThrows(InvalidInputException.class, builder::build);
    assertEquals(List.of(expected), e.violations());
  }
}

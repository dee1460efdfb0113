package io.github.ptce.core.stakeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import io.github.ptce.core.id.Siren;
import io.github.ptce.core.id.Siret;
import io.github.ptce.core.time.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StakeholderTest {

  private static Stakeholder.Builder enterprise() {
    return Stakeholder.builder().id("tetris").name("SCIC TETRIS").kind(StakeholderKind.ENTERPRISE);
  }

  @Test
  void onlyIdNameAndKindAreRequired() {
    Stakeholder stakeholder = enterprise().build();
    assertEquals(SseStatus.unknown(), stakeholder.sseStatus());
    assertEquals(Optional.empty(), stakeholder.siren());
    assertEquals(OptionalInt.empty(), stakeholder.employees());
    assertTrue(stakeholder.specificStatuses().isEmpty());
    assertThrows(
        io.github.ptce.core.MissingPropertiesException.class,
        () -> Stakeholder.builder().id("x").name("X").build());
  }

  @Test
  void aSiretOfTheSirenIsAccepted() {
    Stakeholder stakeholder =
        enterprise().siren(Siren.parse("123456782")).siret(Siret.parse("12345678200010")).build();
    assertEquals(stakeholder.siren().orElseThrow(), stakeholder.siret().orElseThrow().siren());
  }

  @Test
  void aSiretOfAnotherSirenIsAViolation() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                enterprise()
                    .siren(Siren.parse("200039857"))
                    .siret(Siret.parse("12345678200010"))
                    .build());
    assertEquals(
        List.of(
            Violation.of(
                "$.siret",
                "stakeholder.siretNotOfSiren",
                Map.of("siret", "12345678200010", "siren", "200039857"))),
        e.violations());
  }

  @Test
  void aSiretAloneIsAccepted() {
    assertTrue(enterprise().siret(Siret.parse("12345678200010")).build().siren().isEmpty());
  }

  @Test
  void authorityLevelOnlyForLocalAuthoritiesAndTheirGroupings() {
    assertEquals(
        Optional.of(AuthorityLevel.COMMUNE),
        enterprise()
            .kind(StakeholderKind.LOCAL_AUTHORITY)
            .authorityLevel(AuthorityLevel.COMMUNE)
            .build()
            .authorityLevel());
    assertEquals(
        Optional.of(AuthorityLevel.EPCI),
        enterprise()
            .kind(StakeholderKind.LOCAL_AUTHORITY_GROUPING)
            .authorityLevel(AuthorityLevel.EPCI)
            .build()
            .authorityLevel());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> enterprise().authorityLevel(AuthorityLevel.COMMUNE).build());
    assertEquals(
        List.of(
            Violation.of(
                "$.authorityLevel",
                "stakeholder.authorityLevelNotExpected",
                Map.of("kind", "ENTERPRISE"))),
        e.violations());
  }

  @Test
  void mostlyNonSseMembersOnlyForGroupingsOfEnterprises() {
    assertEquals(
        Optional.of(true),
        enterprise()
            .kind(StakeholderKind.ENTERPRISE_GROUPING)
            .mostlyNonSseMembers(true)
            .build()
            .mostlyNonSseMembers());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                enterprise()
                    .kind(StakeholderKind.RESEARCH_CENTRE)
                    .mostlyNonSseMembers(false)
                    .build());
    assertEquals(
        List.of(
            Violation.of(
                "$.mostlyNonSseMembers",
                "stakeholder.mostlyNonSseMembersNotExpected",
                Map.of("kind", "RESEARCH_CENTRE"))),
        e.violations());
  }

  @Test
  void everyStructuralProblemIsReportedTogether() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                enterprise()
                    .siren(Siren.parse("200039857"))
                    .siret(Siret.parse("12345678200010"))
                    .authorityLevel(AuthorityLevel.REGION)
                    .mostlyNonSseMembers(true)
                    .build());
    assertEquals(
        List.of("$.authorityLevel", "$.mostlyNonSseMembers", "$.siret"),
        e.violations().stream().map(Violation::path).toList());
  }

  @Test
  void onlyNaturalPersonsAreNotLegalPersons() {
    for (StakeholderKind kind : StakeholderKind.values()) {
      assertEquals(kind != StakeholderKind.NATURAL_PERSON, kind.isLegalPerson(), kind.name());
    }
    assertFalse(StakeholderKind.NATURAL_PERSON.isLegalPerson());
  }

  @Test
  void statutoryClausesAreUnknownUntilDeclared() {
    StatutoryClauses none = StatutoryClauses.builder().build();
    assertEquals(Optional.empty(), none.democraticGovernance());
    assertTrue(none.socialUtilityObjectives().isEmpty());
    StatutoryClauses some =
        StatutoryClauses.builder()
            .democraticGovernance(false)
            .addSocialUtilityObjective(SocialUtilityObjective.CITIZENSHIP_EDUCATION)
            .build();
    assertEquals(Optional.of(false), some.democraticGovernance());
    assertEquals(
        java.util.Set.of(SocialUtilityObjective.CITIZENSHIP_EDUCATION),
        some.socialUtilityObjectives());
  }

  @Test
  void aLatestCessationDateIsNotGivenWithTheDay() {
    Stakeholder byOnly = enterprise().ceasedBy(LocalDate.parse("2019-06-30")).build();
    assertEquals(Optional.of(PartialDate.parse("2019-06-30")), byOnly.ceasedBy());
    assertEquals(Optional.empty(), byOnly.ceasedOn());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                enterprise()
                    .ceasedOn(LocalDate.parse("2019-03-01"))
                    .ceasedBy(LocalDate.parse("2019-06-30"))
                    .build());
    assertEquals(
        List.of(
            Violation.of(
                "$.ceasedBy",
                "stakeholder.ceasedOnAndBy",
                Map.of("ceasedOn", "2019-03-01", "ceasedBy", "2019-06-30"))),
        e.violations());
  }

  @Test
  void aUnitCannotHaveCeasedByADateBeforeItWasCreated() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                enterprise()
                    .createdOn(LocalDate.parse("2020-01-01"))
                    .ceasedBy(PartialDate.parse("2019"))
                    .build());
    assertEquals(
        List.of(
            Violation.of(
                "$.ceasedBy",
                "period.endBeforeStart",
                Map.of("start", "2020-01-01", "end", "2019"))),
        e.violations());
    // The same year may hold both: created in 2019, ceased by the end of 2019 at the latest.
    assertEquals(
        Optional.of(PartialDate.parse("2019")),
        enterprise()
            .createdOn(LocalDate.parse("2019-05-01"))
            .ceasedBy(PartialDate.parse("2019"))
            .build()
            .ceasedBy());
  }

  @Test
  void theRegistersSseFlagIsRecordedAsWritten() {
    assertEquals(Optional.of(false), enterprise().sseFieldFlag(false).build().sseFieldFlag());
    assertEquals(Optional.empty(), enterprise().build().sseFieldFlag());
  }
}

package io.github.ptce.core.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import io.github.ptce.core.testing.Fixtures;
import io.github.ptce.core.time.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MembershipTest {

  @Test
  void theRoleIsMemberByDefaultAndTheDatesAreUnknown() {
    Membership membership = Membership.builder().stakeholder(Fixtures.stakeholder("a")).build();
    assertEquals(MemberRole.MEMBER, membership.role());
    assertEquals(Optional.empty(), membership.joinedOn());
    assertEquals(Optional.empty(), membership.leftOn());
    assertEquals(Optional.empty(), membership.governanceSeat());
  }

  @Test
  void ofGivesACurrentMembership() {
    Membership membership = Membership.of(Fixtures.stakeholder("a"), MemberRole.CARRIER);
    assertEquals(MemberRole.CARRIER, membership.role());
    assertEquals("a", membership.stakeholder().id());
    assertEquals(Optional.empty(), membership.leftOn());
  }

  @Test
  void leavingTheDayOfJoiningIsAllowed() {
    LocalDate day = LocalDate.parse("2020-01-01");
    assertEquals(
        Optional.of(PartialDate.of(day)),
        Membership.builder()
            .stakeholder(Fixtures.stakeholder("a"))
            .joinedOn(day)
            .leftOn(day)
            .build()
            .leftOn());
  }

  @Test
  void endingBeforeStartingIsAViolationAtLeftOn() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                Membership.builder()
                    .stakeholder(Fixtures.stakeholder("a"))
                    .joinedOn(LocalDate.parse("2020-01-02"))
                    .leftOn(LocalDate.parse("2020-01-01"))
                    .build());
    assertEquals(
        List.of(
            Violation.of(
                "$.leftOn",
                "period.endBeforeStart",
                Map.of("start", "2020-01-02", "end", "2020-01-01"))),
        e.violations());
  }

  @Test
  void datesKnownToTheYearAreOrderedOnlyWhenCertainlyInOrder() {
    Membership sameYear =
        Membership.builder()
            .stakeholder(Fixtures.stakeholder("a"))
            .joinedOn(PartialDate.parse("2021-06"))
            .leftOn(PartialDate.parse("2021"))
            .build();
    assertEquals(Optional.of(PartialDate.parse("2021")), sameYear.leftOn());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                Membership.builder()
                    .stakeholder(Fixtures.stakeholder("a"))
                    .joinedOn(PartialDate.parse("2021-06"))
                    .leftOn(PartialDate.parse("2021-05"))
                    .build());
    assertEquals("period.endBeforeStart", e.violations().get(0).code());
  }

  @Test
  void aLeftDateWithoutAJoinedDateIsAllowed() {
    assertEquals(
        Optional.of(PartialDate.parse("1999-01-01")),
        Membership.builder()
            .stakeholder(Fixtures.stakeholder("a"))
            .leftOn(LocalDate.parse("1999-01-01"))
            .build()
            .leftOn());
  }
}

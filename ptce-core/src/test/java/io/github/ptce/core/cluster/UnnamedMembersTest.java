package io.github.ptce.core.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.stakeholder.SseStatus;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.territory.CommuneCode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Members known only by a description. */
class UnnamedMembersTest {

  @Test
  void someMembersOfAKindAreAtLeastOne() {
    UnnamedMembers some = UnnamedMembers.builder().kind(StakeholderKind.ENTERPRISE).build();
    assertEquals(1, some.count());
    assertEquals(false, some.exact());
    assertEquals(MemberRole.MEMBER, some.role());
    assertEquals(SseStatus.unknown(), some.sseStatus());
    assertEquals(Optional.empty(), some.statutes());
    assertEquals(OptionalInt.empty(), some.employees());
    assertEquals(Optional.empty(), some.employsStaff());
  }

  @Test
  void theCarrierIsAlwaysNamed() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                UnnamedMembers.builder()
                    .kind(StakeholderKind.ENTERPRISE)
                    .role(MemberRole.CARRIER)
                    .build());
    assertEquals("unnamedMembers.carrier", e.violations().get(0).code());
    assertEquals("$.role", e.violations().get(0).path());
  }

  @Test
  void aCommuneOrWithinThePerimeterNotBoth() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                UnnamedMembers.builder()
                    .kind(StakeholderKind.ENTERPRISE)
                    .location(CommuneCode.parse("06069"))
                    .withinPerimeter(true)
                    .build());
    assertEquals(
        List.of("unnamedMembers.locationAndWithinPerimeter"),
        e.violations().stream().map(v -> v.code()).toList());
  }

  @Test
  void theyAreListedBesideTheNamedMembers() {
    Cluster cluster =
        Cluster.builder()
            .name("P")
            .membersComplete(true)
            .addUnnamedMember(
                UnnamedMembers.builder()
                    .kind(StakeholderKind.ENTERPRISE)
                    .count(3)
                    .exact(true)
                    .build())
            .build();
    assertEquals(Optional.of(true), cluster.membersComplete());
    assertEquals(3, cluster.unnamedMembers().get(0).count());
  }
}

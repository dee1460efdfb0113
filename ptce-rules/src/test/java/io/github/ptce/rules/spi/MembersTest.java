package io.github.ptce.rules.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.cluster.MemberRole;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MembersTest {
  static Membership member(int i, StakeholderKind kind) {
    return Membership.of(
        Stakeholder.builder().id("m" + i).name("Membre " + i).kind(kind).build(),
        MemberRole.MEMBER);
  }

  static List<Membership> members(int n) {
    return IntStream.rangeClosed(1, n)
        .mapToObj(i -> member(i, StakeholderKind.ENTERPRISE))
        .toList();
  }

  @Test
  void namesShowAtMostFiveThenHowManyMore() {
    assertEquals("—", Members.names(List.of()));
    assertEquals("Membre 1", Members.names(members(1)));
    assertEquals("Membre 1, Membre 2, Membre 3, Membre 4, Membre 5", Members.names(members(5)));
    assertEquals(
        "Membre 1, Membre 2, Membre 3, Membre 4, Membre 5 (+ 1)", Members.names(members(6)));
    assertEquals(
        "Membre 1, Membre 2, Membre 3, Membre 4, Membre 5 (+ 7)", Members.names(members(12)));
  }

  @Test
  void onlyEnterprisesAreEnterprises() {
    assertTrue(Members.isEnterprise(member(1, StakeholderKind.ENTERPRISE)));
    assertFalse(Members.isEnterprise(member(1, StakeholderKind.ENTERPRISE_GROUPING)));
    assertFalse(Members.isEnterprise(member(1, StakeholderKind.LOCAL_AUTHORITY)));
  }
}

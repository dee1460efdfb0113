package io.github.ptce.rules.spi;

import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.stakeholder.StakeholderKind;
import java.util.List;

/** Small helpers that criteria about members share. */
public final class Members {
  private static final int NAMES_SHOWN = 5;

  private Members() {}

  /**
   * Returns whether the member is an enterprise (of any legal form, SSE or not).
   *
   * @param membership the membership
   * @return true for {@link StakeholderKind#ENTERPRISE}
   */
  public static boolean isEnterprise(Membership membership) {
    return membership.stakeholder().kind() == StakeholderKind.ENTERPRISE;
  }

  /**
   * Returns the names of members for a message: at most five, then "(+ n)".
   *
   * @param members the memberships
   * @return the names joined with commas, or {@code —} when there is none
   */
  public static String names(List<Membership> members) {
    if (members.isEmpty()) {
      return "—";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(NAMES_SHOWN, members.size()); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(members.get(i).stakeholder().name());
    }
    if (members.size() > NAMES_SHOWN) {
      out.append(" (+ ").append(members.size() - NAMES_SHOWN).append(')');
    }
    return out.toString();
  }
}

package io.github.ptce.rules.spi;

import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.rules.LocalizedText;
import io.github.ptce.rules.Participant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

  /**
   * Returns whether the participant is an enterprise (of any legal form, SSE or not).
   *
   * @param participant the participant
   * @return true for {@link StakeholderKind#ENTERPRISE}
   */
  public static boolean isEnterprise(Participant participant) {
    return participant.kind() == StakeholderKind.ENTERPRISE;
  }

  /**
   * Returns the names of participants for a message, in the reader's language: at most five, then
   * "(+ n)"; a group of unnamed members by its description and count.
   *
   * @param participants the participants
   * @return the names joined with commas, or {@code —} when there is none
   */
  public static LocalizedText namesOf(List<Participant> participants) {
    List<LocalizedText> names = new ArrayList<>(Math.min(NAMES_SHOWN, participants.size()));
    for (int i = 0; i < Math.min(NAMES_SHOWN, participants.size()); i++) {
      names.add(participants.get(i).name());
    }
    return new NameList(List.copyOf(names), participants.size());
  }

  private record NameList(List<LocalizedText> names, int total) implements LocalizedText {
    @Override
    public String text(Locale locale) {
      if (names.isEmpty()) {
        return "—";
      }
      StringBuilder out = new StringBuilder();
      for (LocalizedText name : names) {
        if (out.length() > 0) {
          out.append(", ");
        }
        out.append(name.text(locale));
      }
      if (total > names.size()) {
        out.append(" (+ ").append(total - names.size()).append(')');
      }
      return out.toString();
    }
  }
}

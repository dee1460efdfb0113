package io.github.ptce.rules;

import io.github.ptce.core.cluster.MemberRole;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.cluster.UnnamedMembers;
import io.github.ptce.core.stakeholder.StakeholderFacts;
import io.github.ptce.core.stakeholder.StakeholderKind;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who takes part in a cluster at the evaluation date, as a criterion sees it: a named member
 * ({@link Membership}) or a group of members known only by a description ({@link UnnamedMembers}),
 * with what is known of them ({@link #facts()}), how many they are, and whether they are members at
 * the date.
 *
 * <p>Criteria that ask whether some member has a property count participants with {@link
 * io.github.ptce.rules.spi.Census}, which takes partial lists into account. Immutable; made by the
 * engine for one evaluation.
 */
public final class Participant {
  private final @Nullable Membership membership;
  private final @Nullable UnnamedMembers group;
  private final String path;
  private final Outcome presence;

  private Participant(
      @Nullable Membership membership,
      @Nullable UnnamedMembers group,
      String path,
      Outcome presence) {
    this.membership = membership;
    this.group = group;
    this.path = path;
    this.presence = presence;
  }

  static Participant named(Membership membership, int index, Outcome presence) {
    return new Participant(membership, null, "$.members[" + index + "]", presence);
  }

  static Participant unnamed(UnnamedMembers group, int index) {
    return new Participant(null, group, "$.unnamedMembers[" + index + "]", Outcome.MET);
  }

  /**
   * Returns the membership of a named member.
   *
   * @return the membership, empty for unnamed members
   */
  public Optional<Membership> membership() {
    return Optional.ofNullable(membership);
  }

  /**
   * Returns the group of unnamed members.
   *
   * @return the group, empty for a named member
   */
  public Optional<UnnamedMembers> group() {
    return Optional.ofNullable(group);
  }

  /**
   * Returns whether this is a named member.
   *
   * @return true for a membership, false for a group of unnamed members
   */
  public boolean isNamed() {
    return membership != null;
  }

  /**
   * Returns what is known of the person or persons.
   *
   * @return the stakeholder of a named member, or the group
   */
  public StakeholderFacts facts() {
    return membership != null ? membership.stakeholder() : unnamed();
  }

  /**
   * Returns the kind of person.
   *
   * @return the kind
   */
  public StakeholderKind kind() {
    return facts().kind();
  }

  /**
   * Returns the role in the cluster.
   *
   * @return the role
   */
  public MemberRole role() {
    return membership != null ? membership.role() : unnamed().role();
  }

  /**
   * Returns the stakeholder id of a named member.
   *
   * @return the id, empty for unnamed members
   */
  public Optional<String> stakeholderId() {
    return membership != null ? Optional.of(membership.stakeholder().id()) : Optional.empty();
  }

  /**
   * Returns the JSON path of the participant in the cluster document.
   *
   * @return e.g. {@code $.members[3]} or {@code $.unnamedMembers[0]}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the JSON path of the facts: where a missing fact of this participant is written.
   *
   * @return e.g. {@code $.members[3].stakeholder} or {@code $.unnamedMembers[0]}
   */
  public String factsPath() {
    return membership != null ? path + ".stakeholder" : path;
  }

  /**
   * Returns how many persons the participant stands for, at least.
   *
   * @return 1 for a named member, the group's count otherwise
   */
  public int count() {
    return membership != null ? 1 : unnamed().count();
  }

  /**
   * Returns whether {@link #count()} is exact.
   *
   * @return true for a named member and for a group counted exactly
   */
  public boolean exactCount() {
    return membership == null ? unnamed().exact() : true;
  }

  /**
   * Returns whether the participant is a member at the evaluation date.
   *
   * @return met, or unknown when a date known only to the month or year leaves it open (a
   *     participant known not to be a member at the date is not a participant)
   */
  public Outcome presence() {
    return presence;
  }

  /**
   * Returns how the participant is named in a report: the stakeholder's name, or the description of
   * the group with its count ("entreprises privées (at least 3)").
   *
   * @return the text
   */
  public LocalizedText name() {
    return membership != null
        ? new Name(membership.stakeholder().name())
        : new GroupName(unnamed());
  }

  /** The group of a participant that is not a named member: exactly one of the two is set. */
  private UnnamedMembers unnamed() {
    return Objects.requireNonNull(group, "a participant is a membership or a group");
  }

  private record Name(String name) implements LocalizedText {
    @Override
    public String text(Locale locale) {
      return name;
    }
  }

  private record GroupName(UnnamedMembers group) implements LocalizedText {
    @Override
    public String text(Locale locale) {
      String what = group.description().orElseGet(() -> Labels.of(group.kind()).text(locale));
      return EngineMessages.of(
              group.exact() ? "unnamed.exactly" : "unnamed.atLeast",
              java.util.Map.of("what", what, "count", Integer.toString(group.count())))
          .text(locale);
    }
  }

  @Override
  public String toString() {
    return path + " " + name().text(Locale.ENGLISH);
  }
}

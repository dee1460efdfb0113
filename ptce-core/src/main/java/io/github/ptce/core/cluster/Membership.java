package io.github.ptce.core.cluster;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import io.github.ptce.core.constraints.PlausibleDate;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.time.PartialDate;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stakeholder's participation in a cluster: its role, when it joined and left, and whether it
 * holds a seat in the cluster's governance.
 *
 * <p>Invariant: a membership cannot end before it starts. A membership without a left date is
 * current. Immutable and thread-safe.
 */
@SuppressWarnings(
    "exports") // Immutables' annotations are for ptce's build only (see module-info.java).
@Value.Immutable
public abstract class Membership implements WithMembership {

  Membership() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Membership}; the stakeholder is required, the role defaults to {@code MEMBER}.
   */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}

    /**
     * Sets when the stakeholder joined, known to the day.
     *
     * @param day the day
     * @return this builder
     */
    public Builder joinedOn(LocalDate day) {
      joinedOn(PartialDate.of(day));
      return this;
    }

    /**
     * Sets when the stakeholder left, known to the day.
     *
     * @param day the day
     * @return this builder
     */
    public Builder leftOn(LocalDate day) {
      leftOn(PartialDate.of(day));
      return this;
    }
  }

  /**
   * Returns a current membership with the given role and no known dates.
   *
   * @param stakeholder the member
   * @param role its role
   * @return the membership
   */
  public static Membership of(Stakeholder stakeholder, MemberRole role) {
    return builder().stakeholder(stakeholder).role(role).build();
  }

  /**
   * Returns the member.
   *
   * @return the stakeholder
   */
  @Valid
  public abstract Stakeholder stakeholder();

  /**
   * Returns the role.
   *
   * @return the role, {@link MemberRole#MEMBER} by default
   */
  @Value.Default
  public MemberRole role() {
    return MemberRole.MEMBER;
  }

  /**
   * Returns when the stakeholder joined.
   *
   * @return the date, possibly known only to the month or year; empty if unknown
   */
  public abstract Optional<@PlausibleDate PartialDate> joinedOn();

  /**
   * Returns when the stakeholder left.
   *
   * @return the date, possibly known only to the month or year; empty while it is a member
   */
  public abstract Optional<@PlausibleDate PartialDate> leftOn();

  /**
   * Returns whether the member holds a seat in the cluster's governance body.
   *
   * @return the answer, empty if unknown
   */
  public abstract Optional<Boolean> governanceSeat();

  @Value.Check
  void check() {
    if (joinedOn().isPresent()
        && leftOn().isPresent()
        && leftOn().get().isBefore(joinedOn().get())) {
      throw new InvalidInputException(
          List.of(
              Violation.of(
                  "$.leftOn",
                  "period.endBeforeStart",
                  Map.of("start", joinedOn().get().toString(), "end", leftOn().get().toString()))));
    }
  }
}

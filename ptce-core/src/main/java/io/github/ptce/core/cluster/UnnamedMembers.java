package io.github.ptce.core.cluster;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import io.github.ptce.core.internal.FactChecks;
import io.github.ptce.core.provenance.Source;
import io.github.ptce.core.stakeholder.LegalCategory;
import io.github.ptce.core.stakeholder.LegalForm;
import io.github.ptce.core.stakeholder.SpecificStatus;
import io.github.ptce.core.stakeholder.SseStatus;
import io.github.ptce.core.stakeholder.StakeholderFacts;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.stakeholder.StatutoryClauses;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.KnownCommune;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Members a description mentions without naming them — "une quinzaine de membres : acteurs publics,
 * entreprises privées…", "au moins 3 entreprises privées": a kind, a count (exact or a minimum) and
 * whatever else is known of them (an SSE status, a legal form, where they are).
 *
 * <p>They count in the eligibility rules exactly as far as what is known of them allows: three
 * companies given the legal form "SARL" are three legal persons for décret n° 2015-431 (enterprises
 * without a form may be sole traders), but whether any of them is an SSE enterprise stays unknown
 * unless their status is given. All of them share the facts given here.
 *
 * <p>Structural invariants (checked when built): the carrier is always named, so the role is not
 * {@link MemberRole#CARRIER}; a location and {@link #withinPerimeter()} are not both given; a legal
 * category is one the legal form may have. Immutable and thread-safe.
 */
@SuppressWarnings(
    "exports") // Immutables' annotations are for ptce's build only (see module-info.java).
@Value.Immutable
public abstract class UnnamedMembers implements WithUnnamedMembers, StakeholderFacts {

  UnnamedMembers() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UnnamedMembers}; the kind is required, the count defaults to "at least 1". */
  public static final class Builder extends ImmutableUnnamedMembers.Builder {
    Builder() {}
  }

  /** The properties a source may name in {@link Source#facts()}. */
  static final Set<String> PROPERTIES =
      Set.of(
          "description",
          "kind",
          "count",
          "exact",
          "role",
          "legalCategory",
          "legalForm",
          "sseStatus",
          "specificStatuses",
          "location",
          "withinPerimeter",
          "employer");

  /**
   * Returns the description as published, e.g. {@code entreprises privées du bassin grassois}.
   *
   * @return the description, empty if not given
   */
  public abstract Optional<@Size(max = 300) String> description();

  /**
   * Returns the kind of these members.
   *
   * @return the kind
   */
  @Override
  public abstract StakeholderKind kind();

  /**
   * Returns how many they are: exactly that many when {@link #exact()}, at least that many
   * otherwise.
   *
   * @return 1 or more; 1 by default ("some")
   */
  @Value.Default
  @Min(1)
  @Max(100_000)
  public int count() {
    return 1;
  }

  /**
   * Returns whether {@link #count()} is exact.
   *
   * @return true for "exactly", false (the default) for "at least"
   */
  @Value.Default
  public boolean exact() {
    return false;
  }

  /**
   * Returns their role.
   *
   * @return {@link MemberRole#MEMBER} by default; never {@link MemberRole#CARRIER}
   */
  @Value.Default
  public MemberRole role() {
    return MemberRole.MEMBER;
  }

  @Override
  public abstract Optional<LegalCategory> legalCategory();

  @Override
  public abstract Optional<LegalForm> legalForm();

  /**
   * Returns what is known of their SSE status.
   *
   * @return the status; {@link SseStatus#unknown()} by default
   */
  @Override
  @Value.Default
  @Valid
  public SseStatus sseStatus() {
    return SseStatus.unknown();
  }

  @Override
  public abstract Set<SpecificStatus> specificStatuses();

  /**
   * Returns the commune where they all are.
   *
   * @return the commune, empty if unknown or if they are in several
   */
  @Override
  public abstract Optional<@KnownCommune CommuneCode> location();

  /**
   * Returns whether they are all located within the cluster's perimeter ("entreprises du
   * territoire"), when their communes are not known.
   *
   * @return the answer, empty if unknown
   */
  public abstract Optional<Boolean> withinPerimeter();

  @Override
  public abstract Optional<Boolean> employer();

  @Override
  public abstract List<@Valid Source> sources();

  /** Statutes are not described for unnamed members. */
  @Override
  public Optional<StatutoryClauses> statutes() {
    return Optional.empty();
  }

  /** Head counts are not described for unnamed members. */
  @Override
  public OptionalInt employees() {
    return OptionalInt.empty();
  }

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    if (role() == MemberRole.CARRIER) {
      problems.add(Violation.of("$.role", "unnamedMembers.carrier"));
    }
    if (location().isPresent() && withinPerimeter().isPresent()) {
      problems.add(Violation.of("$.withinPerimeter", "unnamedMembers.locationAndWithinPerimeter"));
    }
    FactChecks.legalForm(legalCategory(), legalForm(), problems);
    FactChecks.statuses(legalCategory(), legalForm(), knownStatuses(), problems);
    FactChecks.publicKind(kind(), legalCategory(), legalForm(), problems);
    FactChecks.sseEvidence(legalCategory(), legalForm(), sseStatus().evidence(), problems);
    FactChecks.sources(sources(), PROPERTIES, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}

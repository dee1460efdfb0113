package io.github.ptce.rules;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import io.github.ptce.core.constraints.LocalId;
import io.github.ptce.core.constraints.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's judgement on a criterion that data alone cannot decide ("is the strategy common and
 * continuous?", "does the project bring sustainable local development?"): who, when, what, and why.
 *
 * <p>An assessment decides an {@link CriterionKind#ASSESSED ASSESSED} or {@link
 * CriterionKind#DECLARED DECLARED} criterion and is echoed in the report next to the result; an
 * {@link CriterionKind#AUTOMATED AUTOMATED} criterion is decided by the data and the engine rejects
 * an assessment of it. For a criterion evaluated per member, {@link #member()} names the member.
 *
 * <p>Immutable and thread-safe.
 */
@SuppressWarnings(
    "exports") // Immutables' annotations are for ptce's build only (see module-info.java).
@Value.Immutable
public abstract class Assessment {

  Assessment() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assessment}; criterion, outcome, assessor and date are required. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }

  /**
   * Returns the criterion assessed.
   *
   * @return the criterion id, e.g. {@code fr.law.2014-856.art9.i.sustainable-local-development}
   */
  @NotBlank
  @Size(max = 200)
  public abstract String criterionId();

  /**
   * Returns the member the assessment is about, for a criterion evaluated per member.
   *
   * @return the member's stakeholder id, empty for a criterion about the cluster
   */
  public abstract Optional<@LocalId String> member();

  /**
   * Returns the judgement.
   *
   * @return {@link Outcome#MET} or {@link Outcome#NOT_MET}
   */
  public abstract Outcome outcome();

  /**
   * Returns who assessed.
   *
   * @return a name or a role, e.g. {@code CRESS Hauts-de-France, chargée de mission}
   */
  @NotBlank
  @Size(max = 300)
  public abstract String assessor();

  /**
   * Returns when.
   *
   * @return the date of the assessment
   */
  @PlausibleDate
  public abstract LocalDate date();

  /**
   * Returns why, in the assessor's words.
   *
   * @return the note, empty if none
   */
  public abstract Optional<@Size(max = 4000) String> note();

  @Value.Check
  void check() {
    if (!outcome().isDecided()) {
      throw new InvalidInputException(
          List.of(
              Violation.of(
                  EngineMessages.BUNDLE,
                  "$.outcome",
                  "assessment.undecided",
                  Map.of("outcome", outcome().name()))));
    }
  }
}

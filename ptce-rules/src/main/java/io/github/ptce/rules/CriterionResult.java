package io.github.ptce.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a criterion found: the outcome, why (a reason code with its message), the observed and
 * required values, the members concerned, the facts whose absence keeps it unknown, what to do
 * about it, and the assumptions it rests on.
 *
 * <p>Criteria build results with {@link #builder(Outcome, Message)}. Immutable and thread-safe.
 */
public final class CriterionResult {
  private final Outcome outcome;
  private final Message reason;
  // The optional parts are kept as nullable fields and wrapped when asked for: an evaluation builds
  // one result
  // per criterion and reads few of them, so five Optionals per result at construction were mostly
  // garbage.
  private final @Nullable Message observed;
  private final @Nullable Message required;
  private final List<String> members;
  private final List<MissingFact> missingFacts;
  private final @Nullable Message remediation;
  private final List<Message> assumptions;
  private final @Nullable CriterionKind decidedBy;
  private final @Nullable Assessment assessment;

  private CriterionResult(Builder b) {
    this.outcome = b.outcome;
    this.reason = b.reason;
    this.observed = b.observed;
    this.required = b.required;
    this.members = b.members == null ? List.of() : List.copyOf(b.members);
    this.missingFacts = b.missingFacts == null ? List.of() : List.copyOf(b.missingFacts);
    this.remediation = b.remediation;
    this.assumptions = b.assumptions == null ? List.of() : List.copyOf(b.assumptions);
    this.decidedBy = b.decidedBy;
    this.assessment = b.assessment;
  }

  /**
   * Starts a result.
   *
   * @param outcome the outcome
   * @param reason why, as a message whose key is the stable reason code
   * @return a builder
   */
  public static Builder builder(Outcome outcome, Message reason) {
    return new Builder(outcome, reason);
  }

  /**
   * Returns the outcome.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Returns why: the message whose key is the stable reason code.
   *
   * @return the reason
   */
  public Message reason() {
    return reason;
  }

  /**
   * Returns what was observed, e.g. "1 SSE enterprise: SCIC TETRIS".
   *
   * @return the observation, empty if none is useful
   */
  public Optional<Message> observed() {
    return Optional.ofNullable(observed);
  }

  /**
   * Returns what is required, e.g. "at least 1".
   *
   * @return the requirement, empty if none is useful
   */
  public Optional<Message> required() {
    return Optional.ofNullable(required);
  }

  /**
   * Returns the ids of the members the result is about.
   *
   * @return stakeholder ids, in member order
   */
  public List<String> members() {
    return members;
  }

  /**
   * Returns the facts whose absence keeps the criterion unknown.
   *
   * @return the missing facts; empty unless the outcome is {@link Outcome#UNKNOWN}
   */
  public List<MissingFact> missingFacts() {
    return missingFacts;
  }

  /**
   * Returns what to do to meet the criterion or to decide it.
   *
   * @return the hint, empty when met or when nothing can be done
   */
  public Optional<Message> remediation() {
    return Optional.ofNullable(remediation);
  }

  /**
   * Returns the assumptions the result rests on.
   *
   * @return the assumptions, possibly none
   */
  public List<Message> assumptions() {
    return assumptions;
  }

  /**
   * Returns how the outcome was decided.
   *
   * @return automated, declared or assessed; empty when the outcome is unknown or not applicable
   */
  public Optional<CriterionKind> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  /**
   * Returns the assessment that decided the criterion.
   *
   * @return the assessment, empty when the data decided
   */
  public Optional<Assessment> assessment() {
    return Optional.ofNullable(assessment);
  }

  /**
   * Returns this result with one more assumption: how the engine says that an assessment given for
   * a criterion the data decided was not used.
   */
  CriterionResult withAssumption(Message assumption) {
    Builder copy = new Builder(outcome, reason);
    copy.observed = observed;
    copy.required = required;
    copy.members = members.isEmpty() ? null : new ArrayList<>(members);
    copy.missingFacts = missingFacts.isEmpty() ? null : new ArrayList<>(missingFacts);
    copy.remediation = remediation;
    copy.assumptions = new ArrayList<>(assumptions);
    copy.decidedBy = decidedBy;
    copy.assessment = assessment;
    return new CriterionResult(copy.assumption(assumption));
  }

  @Override
  public String toString() {
    return outcome
        + " "
        + reason.key()
        + (missingFacts.isEmpty()
            ? ""
            : " missing " + missingFacts.stream().map(MissingFact::path).toList());
  }

  /** Builds a {@link CriterionResult}. Not thread-safe. */
  public static final class Builder {
    private final Outcome outcome;
    private final Message reason;
    private @Nullable Message observed;
    private @Nullable Message required;
    private @Nullable List<String> members;
    private @Nullable List<MissingFact> missingFacts;
    private @Nullable Message remediation;
    private @Nullable List<Message> assumptions;
    private @Nullable CriterionKind decidedBy;
    private @Nullable Assessment assessment;

    private Builder(Outcome outcome, Message reason) {
      this.outcome = Objects.requireNonNull(outcome, "outcome");
      this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Sets what was observed.
     *
     * @param observed the observation
     * @return this builder
     */
    public Builder observed(Message observed) {
      this.observed = observed;
      return this;
    }

    /**
     * Sets what is required.
     *
     * @param required the requirement
     * @return this builder
     */
    public Builder required(Message required) {
      this.required = required;
      return this;
    }

    /**
     * Adds a member concerned.
     *
     * @param stakeholderId the member's id
     * @return this builder
     */
    public Builder member(String stakeholderId) {
      if (members == null) {
        members = new ArrayList<>(4);
      }
      members.add(stakeholderId);
      return this;
    }

    /**
     * Adds a missing fact (once: a fact already listed is not repeated).
     *
     * @param fact the fact
     * @return this builder
     */
    public Builder missing(MissingFact fact) {
      if (missingFacts == null) {
        missingFacts = new ArrayList<>(4);
      }
      if (!missingFacts.contains(fact)) {
        missingFacts.add(fact);
      }
      return this;
    }

    /**
     * Adds missing facts.
     *
     * @param facts the facts
     * @return this builder
     */
    public Builder missing(List<MissingFact> facts) {
      for (MissingFact fact : facts) {
        missing(fact);
      }
      return this;
    }

    /**
     * Sets what to do.
     *
     * @param remediation the hint
     * @return this builder
     */
    public Builder remediation(Message remediation) {
      this.remediation = remediation;
      return this;
    }

    /**
     * Adds an assumption.
     *
     * @param assumption the assumption
     * @return this builder
     */
    public Builder assumption(Message assumption) {
      if (assumptions == null) {
        assumptions = new ArrayList<>(2);
      }
      if (!assumptions.contains(assumption)) {
        assumptions.add(assumption);
      }
      return this;
    }

    /**
     * Sets how the outcome was decided.
     *
     * @param kind automated, declared or assessed
     * @return this builder
     */
    public Builder decidedBy(CriterionKind kind) {
      this.decidedBy = kind;
      return this;
    }

    /**
     * Sets the assessment that decided.
     *
     * @param assessment the assessment
     * @return this builder
     */
    public Builder assessment(Assessment assessment) {
      this.assessment = assessment;
      return this;
    }

    /**
     * Builds the result.
     *
     * @return the result
     */
    public CriterionResult build() {
      return new CriterionResult(this);
    }
  }
}

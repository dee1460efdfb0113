package io.github.ptce.rules;

import java.util.Collection;

/**
 * The outcome of one criterion, in three-valued (Kleene) logic plus "not applicable".
 *
 * <p>{@link #UNKNOWN} means a fact is missing: it never becomes a "no" and never a silent "yes". In
 * a combination, {@link #NOT_APPLICABLE} parts are left out: an all-of of nothing but
 * not-applicable parts is not applicable.
 */
public enum Outcome {
  /** The condition holds. */
  MET,
  /** The condition does not hold. */
  NOT_MET,
  /** A fact needed to decide is missing. */
  UNKNOWN,
  /** The condition does not apply (at this date, to this kind of member, …). */
  NOT_APPLICABLE;

  /**
   * Combines outcomes that must all hold (Kleene conjunction): one {@code NOT_MET} decides,
   * otherwise one {@code UNKNOWN} leaves the whole unknown.
   *
   * @param outcomes the parts
   * @return the combined outcome; {@code NOT_APPLICABLE} if every part is (or there is none)
   */
  public static Outcome allOf(Collection<Outcome> outcomes) {
    boolean unknown = false;
    boolean applicable = false;
    for (Outcome outcome : outcomes) {
      switch (outcome) {
        case NOT_MET -> {
          return NOT_MET;
        }
        case UNKNOWN -> {
          unknown = true;
          applicable = true;
        }
        case MET -> applicable = true;
        default -> {}
      }
    }
    return !applicable ? NOT_APPLICABLE : unknown ? UNKNOWN : MET;
  }

  /**
   * Combines alternatives of which one suffices (Kleene disjunction): one {@code MET} decides,
   * otherwise one {@code UNKNOWN} leaves the whole unknown.
   *
   * @param outcomes the alternatives
   * @return the combined outcome; {@code NOT_APPLICABLE} if every part is (or there is none)
   */
  public static Outcome anyOf(Collection<Outcome> outcomes) {
    boolean unknown = false;
    boolean applicable = false;
    for (Outcome outcome : outcomes) {
      switch (outcome) {
        case MET -> {
          return MET;
        }
        case UNKNOWN -> {
          unknown = true;
          applicable = true;
        }
        case NOT_MET -> applicable = true;
        default -> {}
      }
    }
    return !applicable ? NOT_APPLICABLE : unknown ? UNKNOWN : NOT_MET;
  }

  /**
   * Combines this outcome with another that must also hold, as {@link #allOf(Collection)} does,
   * without a collection.
   *
   * @param other the other part
   * @return the conjunction
   */
  public Outcome and(Outcome other) {
    if (this == NOT_MET || other == NOT_MET) {
      return NOT_MET;
    }
    if (this == UNKNOWN || other == UNKNOWN) {
      return UNKNOWN;
    }
    return this == NOT_APPLICABLE ? other : this;
  }

  /**
   * Combines this outcome with an alternative, as {@link #anyOf(Collection)} does, without a
   * collection.
   *
   * @param other the alternative
   * @return the disjunction
   */
  public Outcome or(Outcome other) {
    if (this == MET || other == MET) {
      return MET;
    }
    if (this == UNKNOWN || other == UNKNOWN) {
      return UNKNOWN;
    }
    return this == NOT_APPLICABLE ? other : this;
  }

  /**
   * Returns the outcome of the opposite condition.
   *
   * @return {@code MET} and {@code NOT_MET} swapped; the others unchanged
   */
  public Outcome negate() {
    return switch (this) {
      case MET -> NOT_MET;
      case NOT_MET -> MET;
      default -> this;
    };
  }

  /**
   * Returns whether the outcome is decided.
   *
   * @return true for {@code MET} and {@code NOT_MET}
   */
  public boolean isDecided() {
    return this == MET || this == NOT_MET;
  }
}

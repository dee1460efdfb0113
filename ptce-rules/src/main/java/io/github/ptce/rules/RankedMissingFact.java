package io.github.ptce.rules;

import java.util.List;
import java.util.Objects;

/**
 * A missing fact with how much it matters: the number of undetermined outcomes that list it, and
 * the criteria that need it. Reports list missing facts most useful first.
 *
 * <p>Immutable and thread-safe.
 *
 * @param fact the missing fact
 * @param outcomes the number of undetermined scheme outcomes it could still change
 * @param criteria the ids of the criteria that are unknown for want of it
 */
public record RankedMissingFact(MissingFact fact, int outcomes, List<String> criteria) {
  /**
   * Copies the list.
   *
   * @param fact the fact
   * @param outcomes how many outcomes
   * @param criteria which criteria
   */
  public RankedMissingFact {
    Objects.requireNonNull(fact, "fact");
    criteria = List.copyOf(criteria);
  }
}

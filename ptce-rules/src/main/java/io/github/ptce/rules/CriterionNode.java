package io.github.ptce.rules;

import java.util.List;
import java.util.Objects;

/**
 * The criteria of a scheme as a tree: all of, any of, and single criteria, some of them only
 * informative.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface CriterionNode {

  /**
   * Returns a single criterion that counts.
   *
   * @param criterion the criterion
   * @return the node
   */
  static CriterionNode of(Criterion criterion) {
    return new Leaf(criterion, true);
  }

  /**
   * Returns a criterion that is evaluated and shown but does not count in the outcome (e.g. the
   * partners of Art. 9, which the text names without requiring them).
   *
   * @param criterion the criterion
   * @return the node
   */
  static CriterionNode informative(Criterion criterion) {
    return new Leaf(criterion, false);
  }

  /**
   * Returns the nodes that must all hold.
   *
   * @param nodes the parts
   * @return the node
   */
  static CriterionNode allOf(CriterionNode... nodes) {
    return new AllOf(List.of(nodes));
  }

  /**
   * Returns the alternatives of which one suffices.
   *
   * @param nodes the alternatives
   * @return the node
   */
  static CriterionNode anyOf(CriterionNode... nodes) {
    return new AnyOf(List.of(nodes));
  }

  /**
   * A single criterion.
   *
   * @param criterion the criterion
   * @param counts false for an informative criterion
   */
  record Leaf(Criterion criterion, boolean counts) implements CriterionNode {
    /**
     * Checks the criterion.
     *
     * @param criterion the criterion
     * @param counts whether it counts
     */
    public Leaf {
      Objects.requireNonNull(criterion, "criterion");
    }
  }

  /**
   * Nodes that must all hold.
   *
   * @param nodes the parts
   */
  record AllOf(List<CriterionNode> nodes) implements CriterionNode {
    /**
     * Copies the parts.
     *
     * @param nodes the parts
     */
    public AllOf {
      nodes = List.copyOf(nodes);
    }
  }

  /**
   * Alternatives of which one suffices.
   *
   * @param nodes the alternatives
   */
  record AnyOf(List<CriterionNode> nodes) implements CriterionNode {
    /**
     * Copies the alternatives.
     *
     * @param nodes the alternatives
     */
    public AnyOf {
      nodes = List.copyOf(nodes);
    }
  }
}

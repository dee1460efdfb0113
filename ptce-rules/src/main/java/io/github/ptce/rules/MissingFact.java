package io.github.ptce.rules;

import java.util.Objects;

/**
 * A fact whose absence keeps a criterion unknown: where it goes in the cluster, and what it is.
 *
 * <p>The {@link #path()} is a JSON path into the cluster document ({@code $.members[3].stakeholder.location},
 * {@code $.strategy.documentDate}); for a judgement that only a person can give, it is
 * {@code $assessments[<criterion id>]}. Two missing facts are equal when their paths are.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path where the fact goes
 * @param description what the fact is, in words
 */
public record MissingFact(String path, Message description) {

  /**
   * Checks the arguments.
   *
   * @param path where the fact goes
   * @param description what the fact is
   */
  public MissingFact {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(description, "description");
  }

  /**
   * Returns the path of the assessment of a criterion.
   *
   * @param criterionId the criterion
   * @return {@code $assessments[<criterionId>]}
   */
  public static String assessmentPath(String criterionId) {
    return "$assessments[" + criterionId + "]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MissingFact m && path.equals(m.path);
  }

  @Override
  public int hashCode() {
    return path.hashCode();
  }
}

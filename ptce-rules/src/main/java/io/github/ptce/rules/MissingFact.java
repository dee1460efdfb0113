package io.github.ptce.rules;

import java.util.Objects;

/**
 * A fact whose absence keeps a criterion unknown: where it goes, and what it is.
 *
 * <p>The {@link #path()} is a JSON path into the document that would hold the fact: the cluster
 * document ({@code $.members[3].stakeholder.location}, {@code $.strategy.documentDate}), or, for a
 * judgement that only a person can give, the assessments of a request or assessments document
 * ({@code $.assessments[?(@.criterionId=='fr.law.2014-856.art9.i.innovation')]}, with {@code
 * &&@.member==…} for a criterion evaluated per member), in the filter syntax of RFC 9535: the
 * assessment that would settle it is the one the filter selects. Two missing facts are equal when
 * their paths are.
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
   * Returns the path of the assessment of a criterion about the cluster.
   *
   * @param criterionId the criterion
   * @return {@code $.assessments[?(@.criterionId=='<criterionId>')]}
   */
  public static String assessmentPath(String criterionId) {
    return ASSESSMENTS + "[?(@.criterionId==" + literal(criterionId) + ")]";
  }

  /**
   * Returns the path of the assessment of a criterion evaluated per member, for one member.
   *
   * @param criterionId the criterion
   * @param member the member's stakeholder id
   * @return {@code $.assessments[?(@.criterionId=='<criterionId>'&&@.member=='<member>')]}
   */
  public static String assessmentPath(String criterionId, String member) {
    return ASSESSMENTS
        + "[?(@.criterionId=="
        + literal(criterionId)
        + "&&@.member=="
        + literal(member)
        + ")]";
  }

  /**
   * Returns whether the fact is an assessment, a judgement only a person can give, rather than a
   * fact of the cluster.
   *
   * @return true when the path points into the assessments
   */
  public boolean isAssessment() {
    return path.startsWith(ASSESSMENTS + "[");
  }

  private static final String ASSESSMENTS = "$.assessments";

  /** A string literal of RFC 9535, in single quotes: a quote or a backslash inside is escaped. */
  private static String literal(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
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

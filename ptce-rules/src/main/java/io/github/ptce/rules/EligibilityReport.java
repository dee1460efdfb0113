package io.github.ptce.rules;

import io.github.ptce.core.cluster.Cluster;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The answer to "is this cluster eligible, and if not, why and what is missing?" for one cluster at
 * one date: one {@link SchemeReport} per scheme (per member for a scheme evaluated per member), the
 * missing facts ranked across all of them, the assessments used, the assumptions made, and the
 * versions of the rules, the geography and the legal texts applied.
 *
 * <p>Render it with {@link io.github.ptce.rules.render.ReportRenderer}. Immutable and thread-safe.
 */
public final class EligibilityReport {
  /** The identifier and version of the report's JSON format. */
  public static final String FORMAT = "ptce-report/1";

  private final Cluster cluster;
  private final LocalDate asOf;
  private final String rulesVersion;
  private final String geographyVersion;
  private final EvaluationOptions options;
  private final List<SchemeReport> schemes;
  private final List<RankedMissingFact> missingFacts;
  private final List<Assessment> assessments;
  private final List<Message> assumptions;
  private final List<LegalBasis> legalTexts;

  EligibilityReport(
      Cluster cluster,
      LocalDate asOf,
      String rulesVersion,
      String geographyVersion,
      EvaluationOptions options,
      List<SchemeReport> schemes,
      List<RankedMissingFact> missingFacts,
      List<Assessment> assessments,
      List<Message> assumptions,
      List<LegalBasis> legalTexts) {
    this.cluster = cluster;
    this.asOf = asOf;
    this.rulesVersion = rulesVersion;
    this.geographyVersion = geographyVersion;
    this.options = options;
    this.schemes = List.copyOf(schemes);
    this.missingFacts = List.copyOf(missingFacts);
    this.assessments = List.copyOf(assessments);
    this.assumptions = List.copyOf(assumptions);
    this.legalTexts = List.copyOf(legalTexts);
  }

  /**
   * Returns the cluster evaluated.
   *
   * @return the cluster
   */
  public Cluster cluster() {
    return cluster;
  }

  /**
   * Returns the evaluation date.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the version of the rules applied (the library's version).
   *
   * @return the version
   */
  public String rulesVersion() {
    return rulesVersion;
  }

  /**
   * Returns the version of the reference geography.
   *
   * @return the data version
   */
  public String geographyVersion() {
    return geographyVersion;
  }

  /**
   * Returns the readings of the law chosen for this evaluation.
   *
   * @return the options
   */
  public EvaluationOptions options() {
    return options;
  }

  /**
   * Returns one report per scheme evaluated, in scheme id order, then member order.
   *
   * @return the scheme reports
   */
  public List<SchemeReport> schemes() {
    return schemes;
  }

  /**
   * Returns the report of a scheme evaluated for the cluster.
   *
   * @param schemeId the scheme id
   * @return the report, empty if the scheme was not evaluated or is evaluated per member
   */
  public Optional<SchemeReport> scheme(String schemeId) {
    return schemes.stream()
        .filter(r -> r.scheme().id().equals(schemeId) && r.subject().isEmpty())
        .findFirst();
  }

  /**
   * Returns the report of a per-member scheme for one member.
   *
   * @param schemeId the scheme id
   * @param memberId the member's stakeholder id
   * @return the report, empty if not evaluated for that member
   */
  public Optional<SchemeReport> scheme(String schemeId, String memberId) {
    return schemes.stream()
        .filter(
            r ->
                r.scheme().id().equals(schemeId)
                    && r.subject().map(s -> s.id().equals(memberId)).orElse(false))
        .findFirst();
  }

  /**
   * Returns the facts whose absence keeps outcomes undetermined, ranked by how many outcomes each
   * could still change.
   *
   * @return the ranked missing facts
   */
  public List<RankedMissingFact> missingFacts() {
    return missingFacts;
  }

  /**
   * Returns the assessments given with the request.
   *
   * @return the assessments
   */
  public List<Assessment> assessments() {
    return assessments;
  }

  /**
   * Returns every assumption made, each once.
   *
   * @return the assumptions
   */
  public List<Message> assumptions() {
    return assumptions;
  }

  /**
   * Returns every legal text applied, each once.
   *
   * @return the legal bases
   */
  public List<LegalBasis> legalTexts() {
    return legalTexts;
  }

  /**
   * Returns how all criteria of all scheme reports were decided.
   *
   * @return the summed counts
   */
  public DecisionShares decisionShares() {
    DecisionShares sum = new DecisionShares(0, 0, 0, 0);
    for (SchemeReport report : schemes) {
      sum = sum.plus(report.decisionShares());
    }
    return sum;
  }
}

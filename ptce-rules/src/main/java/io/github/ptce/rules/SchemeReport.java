package io.github.ptce.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one scheme for a cluster, or for one member of it: why, criterion by criterion,
 * what is missing, what to do, what was assumed, and which texts were applied.
 *
 * <p>Immutable and thread-safe.
 */
public final class SchemeReport {

  /**
   * The member a per-member scheme was evaluated for.
   *
   * @param id the stakeholder id
   * @param name the stakeholder name
   * @param path the JSON path of the membership in the cluster document
   */
  public record Subject(String id, String name, String path) {}

  private final Scheme scheme;
  private final Optional<Subject> subject;
  private final SchemeOutcome outcome;
  private final Message reason;
  private final Optional<CriterionReport> criteria;
  private final List<RankedMissingFact> missingFacts;
  private final List<Message> remediations;
  private final List<Message> assumptions;
  private final DecisionShares decisionShares;
  private final List<LegalBasis> legalBases;

  SchemeReport(
      Scheme scheme,
      Optional<Subject> subject,
      SchemeOutcome outcome,
      Message reason,
      Optional<CriterionReport> criteria,
      List<RankedMissingFact> missingFacts,
      List<Message> remediations,
      List<Message> assumptions,
      DecisionShares decisionShares,
      List<LegalBasis> legalBases) {
    this.scheme = Objects.requireNonNull(scheme);
    this.subject = subject;
    this.outcome = outcome;
    this.reason = reason;
    this.criteria = criteria;
    this.missingFacts = List.copyOf(missingFacts);
    this.remediations = List.copyOf(remediations);
    this.assumptions = List.copyOf(assumptions);
    this.decisionShares = decisionShares;
    this.legalBases = List.copyOf(legalBases);
  }

  /**
   * Returns the scheme.
   *
   * @return the scheme
   */
  public Scheme scheme() {
    return scheme;
  }

  /**
   * Returns the member this report is about, for a scheme evaluated per member.
   *
   * @return the member, empty for a report about the cluster
   */
  public Optional<Subject> subject() {
    return subject;
  }

  /**
   * Returns the outcome.
   *
   * @return eligible, not eligible, undetermined or not applicable
   */
  public SchemeOutcome outcome() {
    return outcome;
  }

  /**
   * Returns the reason of the outcome, in one sentence.
   *
   * @return the reason
   */
  public Message reason() {
    return reason;
  }

  /**
   * Returns the evaluated criteria.
   *
   * @return the tree, empty when the scheme did not apply at all (not in force, outside its
   *     territory)
   */
  public Optional<CriterionReport> criteria() {
    return criteria;
  }

  /**
   * Returns the facts whose absence keeps criteria unknown, most useful first.
   *
   * @return the ranked missing facts
   */
  public List<RankedMissingFact> missingFacts() {
    return missingFacts;
  }

  /**
   * Returns what to do to meet the criteria that are not met or to decide those that are unknown.
   *
   * @return the hints, in criteria order
   */
  public List<Message> remediations() {
    return remediations;
  }

  /**
   * Returns the assumptions the outcome rests on.
   *
   * @return the assumptions, each once
   */
  public List<Message> assumptions() {
    return assumptions;
  }

  /**
   * Returns how the criteria were decided.
   *
   * @return the counts by way of decision
   */
  public DecisionShares decisionShares() {
    return decisionShares;
  }

  /**
   * Returns the texts applied: the scheme's basis and the version of each criterion's basis.
   *
   * @return the legal bases, each once
   */
  public List<LegalBasis> legalBases() {
    return legalBases;
  }

  @Override
  public String toString() {
    return scheme.id() + subject.map(s -> "[" + s.id() + "]").orElse("") + ": " + outcome;
  }
}

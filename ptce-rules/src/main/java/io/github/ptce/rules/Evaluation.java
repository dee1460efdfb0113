package io.github.ptce.rules;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.core.territory.ResolvedPerimeter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a criterion sees while it is evaluated: the cluster, the date, the member under evaluation
 * for a scheme evaluated per member, and findings shared by every criterion of one evaluation (the
 * resolved perimeter, the SSE status of each member), computed once.
 *
 * <p>An instance serves one evaluation of one cluster and is confined to the thread that runs it.
 */
public interface Evaluation {

  /**
   * Returns the cluster.
   *
   * @return the cluster, valid
   */
  Cluster cluster();

  /**
   * Returns the evaluation date: the law and the schemes as they stand that day, the members of
   * that day.
   *
   * @return the date
   */
  LocalDate asOf();

  /**
   * Returns the scheme under evaluation: a criterion shared by several schemes (the conditions of
   * décret n° 2015-431 in the 2015 call) may depend on which one asks.
   *
   * @return the scheme
   */
  Scheme scheme();

  /**
   * Returns the catalogue of the engine, to look up a scheme a fact names (the {@code schemeId} of
   * a support).
   *
   * @return the catalogue
   */
  SchemeCatalog catalog();

  /**
   * Returns the member under evaluation, for a scheme evaluated per member.
   *
   * @return the member, empty for a scheme about the cluster
   */
  Optional<Membership> member();

  /**
   * Returns the options of the evaluation (readings of the law that are a choice).
   *
   * @return the options
   */
  EvaluationOptions options();

  /**
   * Returns the reference geography.
   *
   * @return the geography
   */
  Geography geography();

  /**
   * Returns the cluster's perimeter resolved to communes.
   *
   * @return the resolved perimeter, empty when the cluster has no perimeter
   */
  Optional<ResolvedPerimeter> perimeter();

  /**
   * Returns how the cluster's perimeter lies with respect to a territory.
   *
   * @param scope the territory of a scheme
   * @return inside, partly, outside, or unknown without a perimeter
   */
  TerritoryMatch territoryMatch(TerritorialScope scope);

  /**
   * Returns the named members certainly members at the evaluation date: joined on or before it (or
   * at an unknown date), not left and not ceased on or before it.
   *
   * @return the active memberships, in member order
   */
  List<Membership> activeMembers();

  /**
   * Returns who takes part at the evaluation date: the named members that are, or may be, members
   * at the date (a date known only to the month or year can leave it open), then the groups of
   * unnamed members. A criterion asking whether some member has a property counts them with {@link
   * io.github.ptce.rules.spi.Census}.
   *
   * @return the participants, named first in member order, then unnamed
   */
  List<Participant> participants();

  /**
   * Returns whether the list of members is declared complete ({@code membersComplete}): only then
   * may a criterion conclude that the cluster has no member of some kind because none is listed.
   *
   * @return true if declared complete
   */
  boolean membersComplete();

  /**
   * Returns whether a named member is a member at the evaluation date.
   *
   * @param membership a membership of the cluster
   * @return met, not met, or unknown when a date known only to the month or year leaves it open
   */
  Outcome presence(Membership membership);

  /**
   * Returns the dates whose precision would settle whether a named member is a member at the
   * evaluation date.
   *
   * @param participant a participant whose {@link Participant#presence()} is unknown
   * @return the missing facts, with paths into the cluster document
   */
  List<MissingFact> presenceMissingFacts(Participant participant);

  /**
   * Returns whether a participant is an enterprise of the social and solidarity economy at the
   * evaluation date, as decided by the scheme {@code fr.law.2014-856.art1} for what is known of it.
   *
   * @param participant a participant of this evaluation
   * @return met, not met, or unknown
   */
  Outcome sseStatus(Participant participant);

  /**
   * Returns whether a participant is an SSE enterprise only by a presumption of Art. 1 that its
   * statutes could overturn (the regime of its legal form, or its SSE mention): a criterion that
   * counts SSE enterprises then says so.
   *
   * @param participant a participant of this evaluation
   * @return true if its SSE status is met by such a presumption
   */
  boolean ssePresumed(Participant participant);

  /**
   * Returns the facts whose absence keeps a participant's SSE status unknown.
   *
   * @param participant a participant whose {@link #sseStatus(Participant)} is unknown
   * @return the missing facts, with paths into the cluster document
   */
  List<MissingFact> sseMissingFacts(Participant participant);

  /**
   * Returns the JSON path of a member in the cluster document.
   *
   * @param membership a membership of the cluster
   * @return e.g. {@code $.members[3]}
   */
  String pathOf(Membership membership);

  /**
   * Returns whether a member is an enterprise of the social and solidarity economy at the
   * evaluation date, as decided by the scheme {@code fr.law.2014-856.art1} (computed once per
   * member and evaluation).
   *
   * @param membership a membership of the cluster
   * @return met, not met, or unknown
   */
  Outcome sseStatus(Membership membership);

  /**
   * Returns the facts whose absence keeps a member's SSE status unknown.
   *
   * @param membership a membership whose {@link #sseStatus(Membership)} is unknown
   * @return the missing facts, with paths into the cluster document
   */
  List<MissingFact> sseMissingFacts(Membership membership);

  /**
   * Returns the assessment of a criterion, for the member under evaluation if any.
   *
   * @param criterionId the criterion
   * @return the assessment, empty if none was given
   */
  Optional<Assessment> assessment(String criterionId);
}

package io.github.ptce.core.stakeholder;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a stakeholder's statutes declare about the conditions of Art. 1 and Art. 2 of loi n°
 * 2014-856.
 *
 * <p>These are declarations, read from the statutes by whoever fills in the cluster; each is
 * optional, and an absent one is unknown, never "no". They matter for a commercial company, which
 * is an SSE enterprise only when its statutes meet Art. 1 I, pursue a social utility in the sense
 * of Art. 2 and carry the management clauses of Art. 1 II 2° c (décret n° 2015-858 lists them).
 *
 * <p>Immutable and thread-safe.
 */
@SuppressWarnings(
    "exports") // Immutables' annotations are for ptce's build only (see module-info.java).
@Value.Immutable
public abstract class StatutoryClauses implements WithStatutoryClauses {

  StatutoryClauses() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StatutoryClauses}. */
  public static final class Builder extends ImmutableStatutoryClauses.Builder {
    Builder() {}
  }

  /**
   * Art. 1 I 1°: a purpose other than sharing profits alone.
   *
   * @return the declaration, empty if unknown
   */
  public abstract Optional<Boolean> purposeOtherThanProfitSharing();

  /**
   * Art. 1 I 2°: democratic governance defined by the statutes, with information and participation
   * of members, employees and stakeholders not tied only to their capital.
   *
   * @return the declaration, empty if unknown
   */
  public abstract Optional<Boolean> democraticGovernance();

  /**
   * Art. 1 I 3° a: profits mostly devoted to maintaining or developing the activity.
   *
   * @return the declaration, empty if unknown
   */
  public abstract Optional<Boolean> profitsMostlyReinvested();

  /**
   * Art. 1 I 3° b: mandatory reserves impartible and not distributable.
   *
   * @return the declaration, empty if unknown
   */
  public abstract Optional<Boolean> impartibleReserves();

  /**
   * Art. 2: the objectives of social utility the statutes pursue as their principal purpose.
   *
   * @return the declared objectives, empty if none was declared
   */
  public abstract Set<SocialUtilityObjective> socialUtilityObjectives();

  /**
   * Art. 2: for a sustainable-development or cultural objective, whether the activity is also
   * linked to one of the other objectives (the condition the article sets for those).
   *
   * @return the declaration, empty if unknown
   */
  public abstract Optional<Boolean> linkedToOtherObjective();

  /**
   * Art. 1 II 2° c: at least 20 % of each year's profits to a statutory reserve, the development
   * fund.
   *
   * @return the declaration, empty if unknown
   */
  public abstract Optional<Boolean> developmentFundClause();

  /**
   * Art. 1 II 2° c: at least 50 % of each year's profits to retained earnings and mandatory
   * reserves.
   *
   * @return the declaration, empty if unknown
   */
  public abstract Optional<Boolean> retainedEarningsClause();

  /**
   * Art. 1 II 2° c: no amortisation of the capital and no reduction of capital not motivated by
   * losses.
   *
   * @return the declaration, empty if unknown
   */
  public abstract Optional<Boolean> capitalClause();
}

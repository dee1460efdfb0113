package io.github.ptce.core.stakeholder;

/**
 * The family of a legal form, as grouped in FACTS.md § 8, with what the library can say about it.
 *
 * <p>{@link #UNCLASSIFIED} is the family of every INSEE code that FACTS.md does not classify, and
 * of a well-formed code that is not in INSEE's table at all: it is accepted, and the rules treat
 * what depends on the family as unknown rather than guessing.
 */
public enum LegalFamily {
  /** Associations (codes 92xx). */
  ASSOCIATION(true),
  /** Foundations (9300). */
  FOUNDATION(true),
  /** Mutuals and mutual insurance companies (8210, 8250, 8290, 6411). */
  MUTUAL(true),
  /** Cooperatives of every kind, their unions, cooperative banks (e.g. 5458 SCOP, 6317, 5192). */
  COOPERATIVE(true),
  /** Commercial companies (SARL, SAS, SA): SSE only under Art. 1 II 2° and III of the 2014 law. */
  COMMERCIAL_COMPANY(true),
  /** Other private non-profit legal persons (9900, 9970). */
  OTHER_PRIVATE_NON_PROFIT(true),
  /**
   * Local authorities: communes, départements, régions, other territorial collectivities (72xx).
   */
  LOCAL_AUTHORITY(false),
  /** Groupings of local authorities: EPCI, syndicats, PETR, pôles métropolitains (73xx). */
  LOCAL_AUTHORITY_GROUPING(false),
  /**
   * Public establishments: universities, schools, research bodies, consular chambers, social action
   * centres.
   */
  PUBLIC_ESTABLISHMENT(false),
  /** Other public-law bodies, such as public-interest groupings (GIP, 7410). */
  OTHER_PUBLIC_BODY(false),
  /** A code the library does not classify; whether it is private or public law is unknown. */
  UNCLASSIFIED(false);

  private final boolean privateLaw;

  LegalFamily(boolean privateLaw) {
    this.privateLaw = privateLaw;
  }

  /**
   * Returns whether the legal persons of this family fall under private law.
   *
   * <p>Meaningless for {@link #UNCLASSIFIED}, for which {@link LegalCategory#privateLaw()} is
   * empty.
   *
   * @return true for the private-law families
   */
  boolean isPrivateLaw() {
    return privateLaw;
  }
}

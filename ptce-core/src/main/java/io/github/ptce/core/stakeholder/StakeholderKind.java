package io.github.ptce.core.stakeholder;

/**
 * The kinds of persons that Art. 9 of loi n° 2014-856 names in a PTCE, and the other kinds met in
 * practice.
 *
 * <p>There is deliberately no "SSE enterprise" or "conventional enterprise" kind: whether an {@link
 * #ENTERPRISE} is an SSE enterprise is the result of the Art. 1 test on its legal form and its
 * evidence ({@link SseStatus}), so a declared kind can never contradict it.
 */
public enum StakeholderKind {
  /**
   * An enterprise of any legal form, association and cooperative included (Art. 9: "entreprises").
   */
  ENTERPRISE,
  /** A grouping of enterprises (a business club, an employers' grouping, a federation of firms). */
  ENTERPRISE_GROUPING,
  /** A local authority: commune, département, région, or another territorial collectivity. */
  LOCAL_AUTHORITY,
  /** A grouping of local authorities: an EPCI, a syndicat, a PETR. */
  LOCAL_AUTHORITY_GROUPING,
  /** A research centre. */
  RESEARCH_CENTRE,
  /** A higher-education and research establishment. */
  HIGHER_EDUCATION,
  /** A training body. */
  TRAINING_BODY,
  /** A service or agency of the State. */
  STATE_SERVICE,
  /**
   * Any other legal person (a support network, a consular chamber, a foundation that does not
   * trade, …).
   */
  OTHER_LEGAL_PERSON,
  /** A natural person (a volunteer, a researcher, a resident). */
  NATURAL_PERSON;

  /**
   * Returns whether persons of this kind are legal persons ("personnes morales").
   *
   * @return false only for {@link #NATURAL_PERSON}
   */
  public boolean isLegalPerson() {
    return this != NATURAL_PERSON;
  }
}

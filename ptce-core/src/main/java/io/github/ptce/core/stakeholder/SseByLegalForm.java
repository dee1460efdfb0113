package io.github.ptce.core.stakeholder;

/**
 * Whether a legal form makes its holder a social and solidarity economy (SSE) enterprise by its
 * form alone, under Art. 1 II 1° of loi n° 2014-856 (cooperatives; mutuals under the Code de la
 * mutualité; mutual insurance companies under the Code des assurances; foundations; associations
 * under the 1901 law or the local law of Bas-Rhin, Haut-Rhin and Moselle) — still subject to the
 * conditions of Art. 1 I.
 */
public enum SseByLegalForm {
  /** The form is one that Art. 1 II 1° names. */
  YES,
  /**
   * The form is not one that Art. 1 II 1° names (e.g. a commercial company, a public body, an
   * undeclared association without legal personality).
   */
  NO,
  /**
   * The library cannot tell from the form alone (an unlisted code, or a form whose link to Art. 1
   * II 1° is not established).
   */
  UNDETERMINED
}

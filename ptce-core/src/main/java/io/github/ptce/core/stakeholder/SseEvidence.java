package io.github.ptce.core.stakeholder;

/** The evidence given for a stakeholder's social and solidarity economy (SSE) status. */
public enum SseEvidence {
  /** SSE by legal form (Art. 1 II 1°): a cooperative, mutual, foundation or association. */
  BY_LEGAL_FORM,
  /**
   * A commercial company registered at the RCS with the mention of SSE enterprise (Art. 1 III),
   * since a date.
   */
  ESS_MENTION,
  /** Holds the ESUS agreement (Code du travail L3332-17-1) for a period. */
  ESUS_AGREEMENT,
  /** Declared not to be an SSE enterprise (a conventional enterprise). */
  NOT_SSE,
  /** Nothing is known: the rules say "unknown" rather than guess. */
  UNKNOWN
}

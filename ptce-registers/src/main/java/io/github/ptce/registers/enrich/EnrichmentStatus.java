package io.github.ptce.registers.enrich;

/** What became of one fact or one member in an enrichment. */
public enum EnrichmentStatus {
  /** A fact the cluster did not give was filled from the register. */
  FILLED,
  /**
   * The register says something else than the cluster declares (another commune, another category),
   * or a value the cluster's other facts contradict: the declared value is kept and the register's
   * is not filled.
   */
  CONFLICT,
  /** The SIREN or SIRET is not in the register consulted. */
  NOT_FOUND,
  /** The unit or establishment is in partial diffusion: the fields INSEE withholds stay unknown. */
  NOT_DIFFUSIBLE,
  /**
   * The legal unit has ceased, with its date (exact, or the date by which it had ceased at the
   * latest).
   */
  CEASED,
  /** The establishment given by the SIRET is closed, with its date. */
  CLOSED,
  /** Recorded in the report only: what the register says that the cluster format does not hold. */
  NOTED,
  /**
   * The register could not answer for this identifier (a time-out, an error, a malformed answer).
   */
  FAILED,
  /** The member has neither a SIREN nor a SIRET: nothing to look up. */
  NO_IDENTIFIER
}

package io.github.ptce.core.resources;

/** Who funds: the level of a public funder, or a private one. */
public enum FunderLevel {
  /** The European Union (structural funds, FSE+, FEADER, …). */
  EUROPEAN_UNION,
  /** The State and its agencies. */
  STATE,
  /** A région. */
  REGION,
  /** A département. */
  DEPARTEMENT,
  /** An intercommunality (EPCI). */
  INTERCOMMUNALITY,
  /** A commune. */
  COMMUNE,
  /** Another public body (a public bank, a social-security fund, …). */
  OTHER_PUBLIC,
  /** A private funder (a foundation, an enterprise). */
  PRIVATE;

  /**
   * Returns whether the funder is public.
   *
   * @return false only for {@link #PRIVATE}
   */
  public boolean isPublic() {
    return this != PRIVATE;
  }
}

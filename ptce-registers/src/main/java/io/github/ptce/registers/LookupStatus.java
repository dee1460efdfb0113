package io.github.ptce.registers;

/** What a lookup found for one identifier. */
public enum LookupStatus {
  /**
   * The register holds the identifier. It may still be partially diffusible: see {@link
   * LookupResult}.
   */
  FOUND,
  /**
   * The register does not hold it. For a SIRET, its legal unit may still be given, for information.
   * A SIREN the API does not find may also be a unit refused registration, which the API leaves
   * out.
   */
  NOT_FOUND,
  /**
   * The source could not answer for this identifier (see {@link LookupResult#failure()}); nothing
   * is known.
   */
  FAILED
}

package io.github.ptce.core.territory;

/**
 * What a commune code is in the bundled geography, as {@link Geography#status(CommuneCode)} reports
 * it.
 *
 * <p>Only {@link #CURRENT} names a commune that exists today in its own right. A delegated or
 * associated commune and a municipal arrondissement are parts of a current commune, to which {@link
 * Geography#currentCommuneOf(CommuneCode)} leads; a former code belongs to a commune that has
 * disappeared into another, which {@link Geography#mergedInto(CommuneCode)} names and which a
 * validator reports as an error rather than silently replacing.
 */
public enum CodeStatus {
  /**
   * The code of a current commune ({@code commune-actuelle}). A delegated commune that shares its
   * code with its current commune (such as {@code 01015}) has this status.
   */
  CURRENT,
  /** The code of a delegated commune ({@code commune déléguée}) of a commune nouvelle. */
  DELEGATED,
  /** The code of an associated commune ({@code commune associée}, a merger of the 1971 law). */
  ASSOCIATED,
  /** The code of a municipal arrondissement of Paris, Lyon or Marseille. */
  MUNICIPAL_ARRONDISSEMENT,
  /**
   * A code that a current commune lists as one of its former codes, and that no current, delegated
   * or associated commune or arrondissement bears any more.
   */
  FORMER,
  /** A code the bundled geography does not know at all. */
  UNKNOWN
}

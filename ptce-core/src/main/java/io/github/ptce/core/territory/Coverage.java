package io.github.ptce.core.territory;

/**
 * How a resolved perimeter covers the place a commune code names, as {@link
 * ResolvedPerimeter#coverage(CommuneCode)} answers.
 *
 * <p>A perimeter may name a municipal arrondissement of Paris, Lyon or Marseille, and is then that
 * arrondissement only: a place known only as "Paris" ({@code 75056}) is then neither inside nor
 * outside a perimeter of the 18th arrondissement ({@code 75118}), and the answer is {@link
 * #PARTLY_COVERED}.
 */
public enum Coverage {
  /** The perimeter covers the whole place: its commune, or the arrondissement it names. */
  COVERED,
  /**
   * The code names a whole commune of which the perimeter covers some arrondissements only: whether
   * a place of it is covered depends on which arrondissement it lies in.
   */
  PARTLY_COVERED,
  /**
   * The perimeter covers no part of the place, or the code leads to no current commune (former,
   * unknown).
   */
  NOT_COVERED
}

package io.github.ptce.rules;

import io.github.ptce.core.cluster.Cluster;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The answer to "which schemes can we apply to now, here, and what is missing?": the support
 * schemes and charters open at the date whose territory matches, with their outcome, what they
 * grant and what is missing; the legal definitions' outcomes; and, apart, the schemes of the
 * cluster's territory that are closed or not yet open, and the schemes of another territory.
 *
 * <p>A scheme's territory "matches" unless the cluster's perimeter lies wholly outside it: a
 * perimeter that straddles its border is evaluated, and the scheme's territory criterion says what
 * is missing. Without a perimeter (or with one that covers no known place), the cluster's territory
 * is unknown: the regional and departmental schemes are then neither open "for this territory" nor
 * of another one, and are listed apart, in {@link #territoryUnknown()}, until the perimeter is
 * given.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cluster the cluster
 * @param asOf the date
 * @param rulesVersion the version of the library whose rules were applied
 * @param geographyVersion the version of the reference geography
 * @param options the options of the evaluation (the reading of Art. 9 I)
 * @param definitions the reports of the legal definitions about the cluster (Art. 9, décret
 *     2015-431)
 * @param applicable the reports of the support schemes and charters open at the date for this
 *     territory
 * @param closed the schemes of the cluster's territory whose window ended before the date
 * @param upcoming the schemes of the cluster's territory whose window starts after the date
 * @param elsewhere the schemes of another territory, whatever their window
 * @param territoryUnknown the regional and departmental schemes, whatever their window, when the
 *     cluster's territory is unknown (it has no perimeter): whether they apply depends on the
 *     perimeter
 */
public record Overview(
    Cluster cluster,
    LocalDate asOf,
    String rulesVersion,
    String geographyVersion,
    EvaluationOptions options,
    List<SchemeReport> definitions,
    List<SchemeReport> applicable,
    List<Scheme> closed,
    List<Scheme> upcoming,
    List<Scheme> elsewhere,
    List<Scheme> territoryUnknown) {

  /**
   * Copies the lists.
   *
   * @param cluster the cluster
   * @param asOf the date
   * @param rulesVersion the rules version
   * @param geographyVersion the geography version
   * @param options the options
   * @param definitions the definitions
   * @param applicable the applicable schemes
   * @param closed the closed schemes
   * @param upcoming the upcoming schemes
   * @param elsewhere the schemes of other territories
   * @param territoryUnknown the schemes whose territory cannot be matched without the cluster's
   *     perimeter
   */
  public Overview {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(rulesVersion, "rulesVersion");
    Objects.requireNonNull(geographyVersion, "geographyVersion");
    Objects.requireNonNull(options, "options");
    definitions = List.copyOf(definitions);
    applicable = List.copyOf(applicable);
    closed = List.copyOf(closed);
    upcoming = List.copyOf(upcoming);
    elsewhere = List.copyOf(elsewhere);
    territoryUnknown = List.copyOf(territoryUnknown);
  }
}

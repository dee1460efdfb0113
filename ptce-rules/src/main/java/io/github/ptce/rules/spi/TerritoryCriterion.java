package io.github.ptce.rules.spi;

import io.github.ptce.core.territory.DepartementCode;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.core.territory.RegionCode;
import io.github.ptce.core.territory.ResolvedPerimeter;
import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.Evaluation;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.MissingFact;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.TerritorialScope;
import io.github.ptce.rules.Validity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * "The cluster lies in the scheme's territory": the criterion of a regional or departmental scheme,
 * decided from the cluster's perimeter and the bundled geography ({@link
 * Evaluation#territoryMatch}), never from the name of an institution.
 *
 * <ul>
 *   <li>{@link io.github.ptce.rules.TerritoryMatch#INSIDE INSIDE}: met (reason {@code inside}).
 *   <li>{@link io.github.ptce.rules.TerritoryMatch#PARTLY PARTLY}, a perimeter that straddles the
 *       border: unknown (reason {@code partly}). No scheme of the catalogue publishes its rule for
 *       a cross-border cluster, so the library neither counts the share of communes inside nor
 *       looks at the carrier's seat: it asks for the funder's answer, given as an {@link
 *       io.github.ptce.rules.Assessment} of this criterion (missing fact {@code
 *       $.assessments[?(@.criterionId=='<id>')]}).
 *   <li>{@link io.github.ptce.rules.TerritoryMatch#UNKNOWN UNKNOWN}, no perimeter or one that
 *       resolves to no current commune: unknown (reason {@code noPerimeter}) with the missing fact
 *       {@code $.perimeter}. The carrier's location is not used instead: the schemes speak of the
 *       project's territory, and a carrier's seat does not tell it.
 *   <li>{@link io.github.ptce.rules.TerritoryMatch#OUTSIDE OUTSIDE}: not met (reason {@code
 *       outside}). The engine reports a scheme whose territory excludes the cluster as not
 *       applicable before evaluating any criterion, so this happens only if the criterion's scope
 *       differs from its scheme's.
 * </ul>
 *
 * <p>The kind is {@link CriterionKind#AUTOMATED}: the geography decides. The criterion {@linkplain
 * #acceptsAssessment() accepts an assessment} for what the geography leaves unknown (a straddling
 * perimeter, or no perimeter): the funder's answer then decides; for a perimeter inside or outside,
 * the geography decides and the report says that the assessment was not used.
 *
 * <p>Its scheme's bundle must define, after the criterion id: {@code title}, {@code inside}, {@code
 * partly}, {@code outside}, {@code noPerimeter}, {@code fact.perimeter}, {@code fact.partly},
 * {@code remedy.noPerimeter} and {@code remedy.partly}; the texts receive {@code {territory}} (the
 * scope, named from the geography), and for {@code partly} {@code {inside}} and {@code {outside}}
 * (the régions or départements of the perimeter on each side of the border). A missing key fails
 * when the criterion is built.
 *
 * <p>Immutable and thread-safe.
 */
public final class TerritoryCriterion extends BaseCriterion {
  private final TerritorialScope scope;

  /**
   * Creates the criterion.
   *
   * @param id the stable id, e.g. {@code fr.region.hauts-de-france.cote.territory}
   * @param basis the text that says where the scheme applies
   * @param validity when the criterion applies (usually the scheme's window)
   * @param bundle the messages of the scheme's package
   * @param scope the territory; not national
   * @throws IllegalArgumentException if the scope is national, or a message key is missing
   */
  public TerritoryCriterion(
      String id,
      LegalBasis basis,
      Validity validity,
      MessageBundle bundle,
      TerritorialScope scope) {
    super(id, CriterionKind.AUTOMATED, basis, validity, bundle);
    this.scope = Objects.requireNonNull(scope, "scope");
    if (scope.isNational()) {
      throw new IllegalArgumentException(
          "a territory criterion needs a régional or departmental scope: " + id);
    }
    for (String key :
        List.of(
            "inside",
            "partly",
            "outside",
            "noPerimeter",
            "fact.perimeter",
            "fact.partly",
            "remedy.noPerimeter",
            "remedy.partly")) {
      message(key);
    }
  }

  /**
   * Returns the territory.
   *
   * @return the scope
   */
  public TerritorialScope scope() {
    return scope;
  }

  /** Returns true: the funder's assessment answers a perimeter that straddles the border. */
  @Override
  public boolean acceptsAssessment() {
    return true;
  }

  @Override
  public CriterionResult evaluate(Evaluation evaluation) {
    Geography geography = evaluation.geography();
    String territory = describe(geography, scope.regions(), scope.departements());
    switch (evaluation.territoryMatch(scope)) {
      case INSIDE -> {
        return result(Outcome.MET, "inside", "territory", territory).build();
      }
      case PARTLY -> {
        ResolvedPerimeter perimeter = evaluation.perimeter().orElseThrow();
        List<RegionCode> regionsIn = new ArrayList<>();
        List<RegionCode> regionsOut = new ArrayList<>();
        List<DepartementCode> departementsIn = new ArrayList<>();
        List<DepartementCode> departementsOut = new ArrayList<>();
        if (!scope.regions().isEmpty()) {
          split(perimeter.regions(), scope.regions(), regionsIn, regionsOut);
        } else {
          split(perimeter.departements(), scope.departements(), departementsIn, departementsOut);
        }
        String inside = describe(geography, regionsIn, departementsIn);
        String outside = describe(geography, regionsOut, departementsOut);
        return result(
                Outcome.UNKNOWN,
                "partly",
                "territory",
                territory,
                "inside",
                inside,
                "outside",
                outside)
            .missing(
                new MissingFact(
                    MissingFact.assessmentPath(id()),
                    message("fact.partly", "territory", territory)))
            .remediation(message("remedy.partly", "territory", territory))
            .build();
      }
      case UNKNOWN -> {
        return result(Outcome.UNKNOWN, "noPerimeter", "territory", territory)
            .missing(fact("$.perimeter", "fact.perimeter", "territory", territory))
            .remediation(message("remedy.noPerimeter", "territory", territory))
            .build();
      }
      default -> {
        return result(Outcome.NOT_MET, "outside", "territory", territory).build();
      }
    }
  }

  private static <T> void split(Set<T> covered, Set<T> scope, List<T> in, List<T> out) {
    for (T code : covered) {
      (scope.contains(code) ? in : out).add(code);
    }
  }

  /**
   * Names régions and départements from the geography, e.g. {@code Hauts-de-France (32)}.
   *
   * @param geography the geography
   * @param regions région codes
   * @param departements département codes
   * @return the names and codes joined with commas, or {@code —} when there is none
   */
  static String describe(
      Geography geography,
      Collection<RegionCode> regions,
      Collection<DepartementCode> departements) {
    List<String> names = new ArrayList<>();
    for (RegionCode region : regions) {
      Optional<String> name = geography.region(region).map(r -> r.name());
      names.add(name.map(n -> n + " (" + region + ")").orElse(region.toString()));
    }
    for (DepartementCode departement : departements) {
      Optional<String> name = geography.departement(departement).map(d -> d.name());
      names.add(name.map(n -> n + " (" + departement + ")").orElse(departement.toString()));
    }
    return names.isEmpty() ? "—" : String.join(", ", names);
  }
}

package io.github.ptce.rules.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.json.PtceJson;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.rules.CriterionNode;
import io.github.ptce.rules.CriterionReport;
import io.github.ptce.rules.EligibilityEngine;
import io.github.ptce.rules.EvaluationOptions;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeCatalog;
import io.github.ptce.rules.SchemeReport;
import io.github.ptce.rules.TerritorialScope;
import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parts of {@link TerritoryCriterion} the case files cannot reach: a national scope is refused,
 * and a perimeter outside the criterion's territory is "not met" when the criterion sits in a
 * scheme of a wider scope (the engine stops a scheme whose own territory excludes the cluster
 * before any criterion runs).
 */
class TerritoryCriterionTest {
  static final MessageBundle BUNDLE =
      MessageBundle.load(
          MethodHandles.lookup(), "/io/github/ptce/rules/schemes/hautsdefrance/messages");
  static final String ID = "fr.region.hauts-de-france.cote.territory";
  static final Scheme COTE =
      SchemeCatalog.standard().find("fr.region.hauts-de-france.cote").orElseThrow();

  static Cluster grasse() {
    return PtceJson.standard()
        .readCluster("{\"name\": \"Synthetic\", \"perimeter\": {\"communes\": [\"06069\"]}}")
        .orElseThrow();
  }

  @Test
  void aNationalScopeIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TerritoryCriterion(
                ID, COTE.legalBasis(), COTE.validity(), BUNDLE, TerritorialScope.NATIONAL));
  }

  @Test
  void aMissingTextFailsWhenBuilt() {
    MessageBundle other =
        MessageBundle.load(MethodHandles.lookup(), "/io/github/ptce/rules/messages");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TerritoryCriterion(
                "scheme.territory",
                COTE.legalBasis(),
                COTE.validity(),
                other,
                TerritorialScope.region("32")));
  }

  @Test
  void outsideInANationalSchemeIsNotMet() {
    TerritoryCriterion criterion =
        new TerritoryCriterion(
            ID, COTE.legalBasis(), COTE.validity(), BUNDLE, TerritorialScope.region("32"));
    Scheme national =
        Scheme.builder()
            .from(COTE)
            .id("test.national")
            .scope(TerritorialScope.NATIONAL)
            .criteria(CriterionNode.of(criterion))
            .build();
    EligibilityEngine engine =
        EligibilityEngine.of(
            SchemeCatalog.of(List.of(national)), Geography.bundled(), EvaluationOptions.LITERAL);
    SchemeReport report =
        engine
            .evaluate(grasse(), LocalDate.of(2026, 1, 15), "test.national")
            .scheme("test.national")
            .orElseThrow();
    CriterionReport.Single single = (CriterionReport.Single) report.criteria().orElseThrow();
    assertEquals(Outcome.NOT_MET, single.outcome());
    assertEquals(ID + ".outside", single.result().reason().key());
  }
}

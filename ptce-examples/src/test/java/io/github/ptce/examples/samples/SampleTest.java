package io.github.ptce.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.Validated;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.json.PtceJson;
import io.github.ptce.examples.Services;
import io.github.ptce.rules.Assessment;
import io.github.ptce.rules.EligibilityEngine;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.SchemeOutcome;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bundled samples read and validate without violations, say where their facts come from, and
 * evaluate as intended.
 */
class SampleTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
  private static final String ART9 = "fr.law.2014-856.art9";
  private static final String DECREE = "fr.decree.2015-431.art3";

  private static Cluster cluster(Sample sample) {
    Validated<Cluster> read = PtceJson.standard().readCluster(sample.cluster());
    assertTrue(read.isValid(), () -> sample + ": " + read.violations());
    return read.orElseThrow();
  }

  private static List<Assessment> assessments(Sample sample) {
    return sample
        .assessments()
        .map(b -> Services.requests().readAssessments(b).orElseThrow())
        .orElse(List.of());
  }

  private static SchemeOutcome outcome(EligibilityReport report, String scheme) {
    return report.scheme(scheme).orElseThrow().outcome();
  }

  @ParameterizedTest
  @EnumSource(Sample.class)
  void readsAndValidatesWithoutViolations(Sample sample) {
    Cluster cluster = cluster(sample);
    assertFalse(cluster.members().isEmpty());
    // Written back by the library, the document is the same: the sample is in the canonical form.
    assertEquals(
        new String(sample.cluster(), StandardCharsets.UTF_8),
        PtceJson.standard().writeCluster(cluster));
  }

  @ParameterizedTest
  @EnumSource(Sample.class)
  void theDescriptionSaysWhereTheFactsComeFrom(Sample sample) {
    String description = cluster(sample).description().orElseThrow();
    if (sample == Sample.SYNTHETIC_ELIGIBLE) {
      assertTrue(description.startsWith("SYNTHETIC"), description);
      assertTrue(cluster(sample).name().contains("synthétique"));
    } else {
      assertTrue(description.contains("FACTS"), description);
      assertTrue(description.contains("https://"), description);
      assertTrue(description.contains("left unknown on purpose"), description);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Sample.class,
      names = {"TETRIS", "EMERGENCE_BEAUVAISIS", "POLE_SUD_ARCHER", "PAYS_DE_BRAY"})
  void realSamplesShowWhatIsMissing(Sample sample) {
    EligibilityReport report = EligibilityEngine.standard().evaluate(cluster(sample), AS_OF, ART9);
    assertEquals(SchemeOutcome.UNDETERMINED, outcome(report, ART9));
    assertFalse(report.missingFacts().isEmpty());
  }

  @Test
  void theSyntheticSampleIsEligibleToArt9AndTheDecreeWithItsAssessment() {
    Sample sample = Sample.SYNTHETIC_ELIGIBLE;
    EligibilityReport report =
        EligibilityEngine.standard()
            .evaluate(cluster(sample), AS_OF, List.of(ART9, DECREE), assessments(sample));
    assertEquals(SchemeOutcome.ELIGIBLE, outcome(report, ART9));
    assertEquals(SchemeOutcome.ELIGIBLE, outcome(report, DECREE));
    assertTrue(report.missingFacts().isEmpty(), report.missingFacts()::toString);
    EligibilityReport unassessed =
        EligibilityEngine.standard().evaluate(cluster(sample), AS_OF, ART9);
    assertEquals(SchemeOutcome.UNDETERMINED, outcome(unassessed, ART9));
  }

  @Test
  void paysDeBrayWasAlreadySupportedByTheState() {
    EligibilityReport report =
        EligibilityEngine.standard().evaluate(cluster(Sample.PAYS_DE_BRAY), AS_OF, DECREE);
    assertEquals(SchemeOutcome.NOT_ELIGIBLE, outcome(report, DECREE));
  }

  @Test
  void samplesAreFoundByNameOnly() {
    assertEquals(Sample.TETRIS, Sample.find("TETRIS ").orElseThrow());
    assertTrue(Sample.find("tetris.json").isEmpty());
    assertTrue(Sample.find("../tetris").isEmpty());
    assertTrue(Sample.find("/io/github/ptce/examples/samples/tetris").isEmpty());
    assertTrue(Sample.find(null).isEmpty());
    assertEquals(
        List.of(
            "tetris",
            "emergence-beauvaisis",
            "pole-sud-archer",
            "pays-de-bray",
            "synthetic-eligible"),
        Sample.names());
  }
}

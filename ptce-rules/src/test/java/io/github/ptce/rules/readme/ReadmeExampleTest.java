package io.github.ptce.rules.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.Validated;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.json.PtceJson;
import io.github.ptce.core.validation.ClusterValidator;
import io.github.ptce.rules.EligibilityEngine;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.SchemeOutcome;
import io.github.ptce.rules.SchemeReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Java example of README.md, run as written, so that the README stays true. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleRuns() throws IOException {
    String json = Files.readString(Path.of("src/test/resources/cases/fr.law.2014-856.art9/08-no-perimeter.json"));
    json = tools.jackson.databind.json.JsonMapper.shared().readTree(json).get("cluster").toString();
    StringBuilder printed = new StringBuilder();

    Validated<Cluster> input = PtceJson.standard().readCluster(json);
    if (!input.isValid()) {
      input.violations().forEach(v -> printed.append(v.path() + " — " + v.message(Locale.FRENCH)).append('\n'));
      return;
    }
    EligibilityReport report = EligibilityEngine.standard()
        .evaluate(input.orElseThrow(), LocalDate.of(2026, 1, 15), "fr.law.2014-856.art9");
    SchemeReport art9 = report.scheme("fr.law.2014-856.art9").orElseThrow();
    printed.append(art9.outcome() + " — " + art9.reason().text(Locale.FRENCH)).append('\n');
    art9.missingFacts().forEach(f -> printed.append("  missing " + f.fact().path()).append('\n'));

    assertEquals(SchemeOutcome.UNDETERMINED, art9.outcome());
    assertTrue(printed.toString().contains("missing $.perimeter"), printed.toString());
    assertFalse(printed.toString().contains("{"), printed.toString());
  }

  @Test
  void theReadmeShowsThisCode() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    assertTrue(readme.contains("EligibilityReport report = EligibilityEngine.standard()"), "README example changed");
    assertTrue(readme.contains("./mvnw -B verify"));
  }
}

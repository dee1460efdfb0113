package io.github.ptce.rules.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.Overview;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The exact output of each renderer for a few fixtures in both languages, compared with the
 * committed files under {@code src/test/resources/golden/render/}: the other renderer tests check
 * properties (well-formed, escaped, complete); these notice any change in what a reader sees.
 * Record a deliberate change with {@code -Dptce.golden.update=true} and review the diff.
 */
class GoldenRendersTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/render");

  /**
   * Small reports that still use every part of a report: per-member and cluster schemes, a regional
   * scheme, assessments, missing facts, hostile names, a resource mix.
   */
  static final List<String> SCHEMES =
      List.of(
          "fr.law.2014-856.art1",
          "fr.law.2014-856.art9",
          "test.region93.support",
          "test.closed.call");

  static java.util.Map<String, EligibilityReport> reports() {
    java.util.Map<String, EligibilityReport> reports = new java.util.LinkedHashMap<>();
    reports.put(
        "tetris",
        Fixtures.engine()
            .evaluate(Fixtures.tetris(), Fixtures.AS_OF, SCHEMES, Fixtures.assessments()));
    reports.put(
        "hostile",
        Fixtures.engine()
            .evaluate(Fixtures.hostile(), Fixtures.AS_OF, SCHEMES.subList(0, 2), List.of()));
    return reports;
  }

  @TestFactory
  Stream<DynamicTest> renders() {
    List<DynamicTest> tests = new ArrayList<>();
    for (ReportRenderer renderer :
        List.of(ReportRenderer.text(), ReportRenderer.markdown(), ReportRenderer.html())) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
        for (String name : List.of("tetris", "hostile")) {
          String file =
              "report-" + name + "." + locale.getLanguage() + "." + renderer.fileExtension();
          tests.add(
              DynamicTest.dynamicTest(
                  file, () -> check(file, renderer.render(reports().get(name), locale))));
        }
        String file = "overview-minimal." + locale.getLanguage() + "." + renderer.fileExtension();
        tests.add(
            DynamicTest.dynamicTest(
                file,
                () -> {
                  Overview overview = Fixtures.overviews().get("minimal");
                  check(file, renderer.render(overview, locale));
                }));
      }
    }
    String json = "report-tetris.en.json";
    tests.add(
        DynamicTest.dynamicTest(
            json,
            () ->
                check(
                    json, ReportRenderer.json().render(reports().get("tetris"), Locale.ENGLISH))));
    return tests.stream();
  }

  static void check(String name, String rendered) throws IOException {
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("ptce.golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, rendered, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
    assertEquals(
        committed,
        rendered,
        golden + " differs: review the change, then record it with -Dptce.golden.update=true");
  }
}

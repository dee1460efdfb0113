package io.github.ptce.rules.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.json.PtceJson;
import io.github.ptce.rules.Assessment;
import io.github.ptce.rules.CriterionReport;
import io.github.ptce.rules.EligibilityEngine;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.EvaluationOptions;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.RankedMissingFact;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeCatalog;
import io.github.ptce.rules.SchemeReport;
import io.github.ptce.rules.SchemeSubject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every case file under {@code src/test/resources/cases/<scheme id>/}: one generic runner, data files
 * for the cases (like PMD's rule tests). The format is documented in CONTRIBUTING.md.
 *
 * <p>A case gives the cluster, the date, optional assessments and options, and what is expected: the
 * scheme's outcome (or each member's, for a scheme evaluated per member), the outcome of any criterion
 * named, its reason code if given, and the exact set of missing facts.
 */
class SchemeCasesTest {
  static final JsonMapper MAPPER = JsonMapper.shared();
  /** Minimum number of cases per scheme (the issue asks for 10 for the legal definitions, 6 elsewhere). */
  static final Map<String, Integer> MINIMUM = Map.of(
      "fr.law.2014-856.art1", 10, "fr.law.2014-856.art9", 10, "fr.decree.2015-431.art3", 10);
  static final int DEFAULT_MINIMUM = 6;

  static Path root() {
    try {
      return Path.of(SchemeCasesTest.class.getResource("/cases").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> cases() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String schemeId = file.getParent().getFileName().toString();
        tests.add(DynamicTest.dynamicTest(schemeId + "/" + file.getFileName(), file.toUri(), () -> run(schemeId, file)));
      }
    }
    assertFalse(tests.isEmpty(), "no case file found");
    return tests.stream();
  }

  @Test
  void everySchemeHasEnoughCasesAndEveryCaseDirectoryIsAScheme() throws IOException {
    SchemeCatalog catalog = SchemeCatalog.standard();
    Map<String, Integer> counts = new HashMap<>();
    try (Stream<Path> dirs = Files.list(root())) {
      for (Path dir : dirs.toList()) {
        String id = dir.getFileName().toString();
        assertTrue(catalog.find(id).isPresent(), "case directory for an unknown scheme: " + id);
        try (Stream<Path> files = Files.list(dir)) {
          counts.put(id, (int) files.filter(f -> f.toString().endsWith(".json")).count());
        }
      }
    }
    for (Scheme scheme : catalog.all()) {
      int minimum = MINIMUM.getOrDefault(scheme.id(), DEFAULT_MINIMUM);
      assertTrue(counts.getOrDefault(scheme.id(), 0) >= minimum,
          scheme.id() + " has " + counts.getOrDefault(scheme.id(), 0) + " case files, at least " + minimum + " expected");
    }
  }

  /** Evaluates the scheme of a case file as the case says: its cluster, date, options and assessments. */
  static EligibilityReport evaluate(String schemeId, Path file) throws IOException {
    JsonNode spec = MAPPER.readTree(file.toFile());
    String where = file.getParent().getFileName() + "/" + file.getFileName();
    assertTrue(spec.path("description").isString(), where + ": a case has a description");
    Cluster cluster = PtceJson.standard().readCluster(MAPPER.writeValueAsString(spec.get("cluster"))).orElseThrow();
    LocalDate asOf = LocalDate.parse(spec.get("asOf").stringValue());
    EligibilityEngine engine = EligibilityEngine.standard();
    if (spec.has("options")) {
      engine = engine.withOptions(new EvaluationOptions(spec.get("options").get("minimumSseEnterprises").intValue()));
    }
    List<Assessment> assessments = new ArrayList<>();
    for (JsonNode a : spec.path("assessments")) {
      Assessment.Builder builder = Assessment.builder()
          .criterionId(a.get("criterionId").stringValue())
          .outcome(Outcome.valueOf(a.get("outcome").stringValue()))
          .assessor(a.get("assessor").stringValue())
          .date(LocalDate.parse(a.get("date").stringValue()));
      if (a.has("member")) {
        builder.member(a.get("member").stringValue());
      }
      if (a.has("note")) {
        builder.note(a.get("note").stringValue());
      }
      assessments.add(builder.build());
    }
    return engine.evaluate(cluster, asOf, List.of(schemeId), assessments);
  }

  static void run(String schemeId, Path file) throws IOException {
    JsonNode spec = MAPPER.readTree(file.toFile());
    String where = file.getParent().getFileName() + "/" + file.getFileName();
    assertTrue(spec.path("description").isString(), where + ": a case has a description");
    EligibilityReport report = evaluate(schemeId, file);
    EligibilityEngine engine = EligibilityEngine.standard();
    Scheme scheme = engine.catalog().find(schemeId).orElseThrow();
    JsonNode expected = spec.get("expected");
    if (scheme.subject() == SchemeSubject.CLUSTER) {
      check(where, report.scheme(schemeId).orElseThrow(), expected);
    } else {
      JsonNode members = expected.get("members");
      Set<String> evaluated = new TreeSet<>();
      report.schemes().forEach(r -> r.subject().ifPresent(s -> evaluated.add(s.id())));
      Set<String> listed = new TreeSet<>(members.propertyNames());
      assertEquals(listed, evaluated, where + ": the members evaluated");
      for (String member : listed) {
        check(where + " [" + member + "]", report.scheme(schemeId, member).orElseThrow(), members.get(member));
      }
    }
  }

  static void check(String where, SchemeReport report, JsonNode expected) {
    assertEquals(expected.get("outcome").stringValue(), report.outcome().name(),
        where + ": outcome (" + report.reason().text(Locale.ENGLISH) + ")\n" + describe(report));
    Map<String, CriterionReport.Single> singles = new HashMap<>();
    report.criteria().ifPresent(c -> flatten(c, singles));
    JsonNode criteria = expected.path("criteria");
    for (String id : criteria.propertyNames()) {
      CriterionReport.Single single = singles.get(id);
      if (single == null) {
        fail(where + ": no criterion " + id + " in the report");
      }
      String expectation = criteria.get(id).stringValue();
      String outcome = expectation.contains(":") ? expectation.substring(0, expectation.indexOf(':')) : expectation;
      assertEquals(outcome, single.outcome().name(), where + ": outcome of " + id + " ("
          + single.result().reason().text(Locale.ENGLISH) + ")");
      if (expectation.contains(":")) {
        assertEquals(id + "." + expectation.substring(expectation.indexOf(':') + 1), single.result().reason().key(),
            where + ": reason of " + id);
      }
    }
    if (expected.has("missingFacts")) {
      Set<String> want = new TreeSet<>();
      expected.get("missingFacts").forEach(n -> want.add(n.stringValue()));
      Set<String> got = new TreeSet<>();
      for (RankedMissingFact fact : report.missingFacts()) {
        got.add(fact.fact().path());
      }
      assertEquals(want, got, where + ": missing facts");
    }
  }

  static void flatten(CriterionReport report, Map<String, CriterionReport.Single> out) {
    if (report instanceof CriterionReport.Single single) {
      out.put(single.criterion().id(), single);
    } else {
      ((CriterionReport.Group) report).parts().forEach(p -> flatten(p, out));
    }
  }

  static String describe(SchemeReport report) {
    Map<String, CriterionReport.Single> singles = new HashMap<>();
    report.criteria().ifPresent(c -> flatten(c, singles));
    StringBuilder out = new StringBuilder();
    singles.values().stream().sorted(java.util.Comparator.comparing(s -> s.criterion().id())).forEach(s -> out
        .append("  ").append(s.outcome()).append(' ').append(s.result().reason().key()).append(" — ")
        .append(s.result().reason().text(Locale.ENGLISH)).append('\n'));
    report.missingFacts().forEach(f -> out.append("  missing ").append(f.fact().path()).append('\n'));
    return out.toString();
  }

}

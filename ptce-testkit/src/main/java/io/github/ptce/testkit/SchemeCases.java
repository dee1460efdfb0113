package io.github.ptce.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ptce.core.Validated;
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
import io.github.ptce.rules.SchemeReport;
import io.github.ptce.rules.SchemeSubject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs case files: one generic runner for every scheme, its cases in data files (like PMD's rule
 * tests), so that a scheme written in another repository is tested exactly as ptce's own are.
 *
 * <p>The cases of a scheme are the {@code *.json} files of a directory named after the scheme id,
 * under one root, e.g. {@code
 * src/test/resources/cases/org.example.fund.cooperation/01-eligible.json}. A file gives the cluster
 * (in the cluster format), the date, optional assessments and options, and what is expected:
 *
 * <pre>{@code
 * {
 *   "description": "What this case shows, in one sentence.",
 *   "source": "Where its facts come from (synthetic, or a public source and its URL).",
 *   "asOf": "2026-01-15",
 *   "options": { "minimumSseEnterprises": 1 },
 *   "assessments": [
 *     { "criterionId": "…", "member": "…", "outcome": "MET", "assessor": "…", "date": "2025-12-01",
 *       "note": "…" }
 *   ],
 *   "cluster": { "name": "…", "members": [ … ] },
 *   "expected": {
 *     "outcome": "ELIGIBLE",
 *     "criteria": { "<criterion id>": "MET", "<criterion id>": "UNKNOWN:<reason>" },
 *     "missingFacts": [ "$.perimeter" ]
 *   }
 * }
 * }</pre>
 *
 * For a scheme evaluated per member, {@code expected} is {@code {"members": {"<stakeholder id>":
 * {"outcome": …, "criteria": …, "missingFacts": …}}}} and lists exactly the members evaluated.
 * {@code options}, {@code assessments}, {@code criteria}, reasons and {@code missingFacts} are
 * optional; {@code missingFacts}, when given, is the exact set of the paths the report says are
 * missing. The scheme is evaluated by the engine given (by default {@link
 * EligibilityEngine#standard()}, which has every provider on the class path, one's own included)
 * whatever its window and territory, as {@code engine.evaluate(cluster, asOf, List.of(id),
 * assessments)} does.
 *
 * <p>In a JUnit 5 test:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> cases() {
 *   return SchemeCases.in(Path.of("src/test/resources/cases")).tests();
 * }
 * }</pre>
 *
 * {@link #withDigests(Path)} also compares the whole report of each case with a committed digest
 * ({@link CaseDigest}), and {@link #checkCoverage} checks that every scheme has enough cases.
 *
 * <p>Immutable and thread-safe; {@link #check} and the tests throw {@link AssertionError}s that
 * name the file.
 */
public final class SchemeCases {
  private static final JsonMapper MAPPER = JsonMapper.shared();

  private final Path root;
  private final @Nullable EligibilityEngine engine;
  private final @Nullable Path digests;

  private SchemeCases(Path root, @Nullable EligibilityEngine engine, @Nullable Path digests) {
    this.root = root;
    this.engine = engine;
    this.digests = digests;
  }

  /**
   * Returns the runner of the case files under a directory.
   *
   * @param root the directory that holds one directory of case files per scheme id
   * @return the runner, with the standard engine and no digests
   * @throws IllegalArgumentException if the directory does not exist
   */
  public static SchemeCases in(Path root) {
    Objects.requireNonNull(root, "root");
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("no directory of case files at " + root.toAbsolutePath());
    }
    return new SchemeCases(root, null, null);
  }

  /**
   * Returns this runner with another engine, e.g. one made of a catalogue of one's own schemes.
   *
   * @param engine the engine that evaluates the cases
   * @return a new runner
   */
  public SchemeCases withEngine(EligibilityEngine engine) {
    return new SchemeCases(root, Objects.requireNonNull(engine, "engine"), digests);
  }

  /**
   * Returns this runner that also compares each case's whole report with its digest under a
   * directory ({@code <directory>/<scheme id>/<case name>.txt}); run with {@code
   * -Dptce.golden.update=true} to write them.
   *
   * @param directory the directory of the digests, in the source tree (e.g. {@code
   *     src/test/resources/golden/cases})
   * @return a new runner
   */
  public SchemeCases withDigests(Path directory) {
    return new SchemeCases(root, engine, Objects.requireNonNull(directory, "directory"));
  }

  /**
   * Returns the engine that evaluates the cases.
   *
   * @return the engine given, or the standard one
   */
  public EligibilityEngine engine() {
    return engine != null ? engine : EligibilityEngine.standard();
  }

  /**
   * Returns the case files, in scheme id then file name order.
   *
   * @return the files
   * @throws UncheckedIOException if the directory cannot be read
   */
  public List<CaseFile> files() {
    try (Stream<Path> files = Files.walk(root, 2)) {
      return files
          .filter(
              f ->
                  f.getFileName().toString().endsWith(".json")
                      && Files.isRegularFile(f)
                      && root.relativize(f).getNameCount() == 2)
          .sorted()
          .map(f -> new CaseFile(root.relativize(f).getName(0).toString(), f))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the case files under " + root, e);
    }
  }

  /**
   * Returns one JUnit 5 dynamic test per case file: {@link #check} it, and compare its digest if
   * this runner has a directory of digests. A test's source is the file, so that an IDE opens it.
   *
   * @return the tests, named {@code <scheme id>/<file name>}
   * @throws AssertionError if there is no case file at all
   */
  public Stream<DynamicTest> tests() {
    List<CaseFile> files = files();
    if (files.isEmpty()) {
      throw new AssertionError("no case file under " + root.toAbsolutePath());
    }
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.name(),
                    file.path().toUri(),
                    () -> {
                      check(file);
                      if (digests != null) {
                        checkDigest(file);
                      }
                    }));
  }

  /**
   * Evaluates the scheme of a case file as the case says: its cluster, date, options and
   * assessments.
   *
   * @param file a case file
   * @return the report
   * @throws AssertionError if the file is not a case (no description, no cluster, a bad date, …)
   */
  public EligibilityReport evaluate(CaseFile file) {
    JsonNode spec = read(file);
    String where = file.name();
    if (!spec.path("description").isString()) {
      throw new AssertionError(where + ": a case has a description");
    }
    JsonNode clusterNode = spec.get("cluster");
    JsonNode asOfNode = spec.get("asOf");
    if (clusterNode == null || asOfNode == null) {
      throw new AssertionError(where + ": a case has a cluster and an asOf date");
    }
    Validated<Cluster> read =
        PtceJson.standard().readCluster(MAPPER.writeValueAsString(clusterNode));
    if (!read.isValid()) {
      throw new AssertionError(where + ": the cluster is not valid: " + read.violations());
    }
    Cluster cluster = read.orElseThrow();
    LocalDate asOf = LocalDate.parse(asOfNode.stringValue());
    EligibilityEngine evaluating = engine();
    if (spec.has("options")) {
      evaluating =
          evaluating.withOptions(
              new EvaluationOptions(spec.get("options").get("minimumSseEnterprises").intValue()));
    }
    List<Assessment> assessments = new ArrayList<>();
    for (JsonNode a : spec.path("assessments")) {
      Assessment.Builder builder =
          Assessment.builder()
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
    return evaluating.evaluate(cluster, asOf, List.of(file.schemeId()), assessments);
  }

  /**
   * Evaluates a case file and checks the report against what the case expects.
   *
   * @param file a case file
   * @throws AssertionError if the report is not what the case expects, naming the file and what
   *     differs
   */
  public void check(CaseFile file) {
    JsonNode spec = read(file);
    String where = file.name();
    EligibilityReport report = evaluate(file);
    Scheme scheme =
        engine()
            .catalog()
            .find(file.schemeId())
            .orElseThrow(
                () ->
                    new AssertionError(
                        where + ": no scheme " + file.schemeId() + " in the catalogue"));
    JsonNode expected = spec.get("expected");
    if (expected == null) {
      throw new AssertionError(where + ": a case says what it expects");
    }
    if (scheme.subject() == SchemeSubject.CLUSTER) {
      check(where, report.scheme(file.schemeId()).orElseThrow(), expected);
    } else {
      JsonNode members = expected.get("members");
      if (members == null) {
        throw new AssertionError(
            where + ": " + scheme.id() + " is evaluated per member: expected.members");
      }
      Set<String> evaluated = new TreeSet<>();
      report.schemes().forEach(r -> r.subject().ifPresent(s -> evaluated.add(s.id())));
      Set<String> listed = new TreeSet<>(members.propertyNames());
      assertEquals(listed, evaluated, where + ": the members evaluated");
      for (String member : listed) {
        check(
            where + " [" + member + "]",
            report.scheme(file.schemeId(), member).orElseThrow(),
            members.get(member));
      }
    }
  }

  /**
   * Compares the digest of a case's report with the committed one, or writes it when the system
   * property {@value GoldenFile#UPDATE_DIGESTS} is true.
   *
   * @param file a case file
   * @throws AssertionError if the digest differs
   * @throws IllegalStateException if this runner has no directory of digests
   */
  public void checkDigest(CaseFile file) {
    if (digests == null) {
      throw new IllegalStateException("no directory of digests: use withDigests(directory)");
    }
    String name = file.path().getFileName().toString().replaceFirst("\\.json$", ".txt");
    GoldenFile.check(
        digests.resolve(file.schemeId()).resolve(name),
        CaseDigest.of(evaluate(file)),
        GoldenFile.UPDATE_DIGESTS);
  }

  /**
   * Checks that every directory of case files is named after a scheme of the engine's catalogue,
   * and that every scheme given has at least a number of cases.
   *
   * @param schemes the schemes that must have cases (one's own; {@code engine().catalog().all()}
   *     for all)
   * @param minimum the least number of case files of each
   * @throws AssertionError naming the directory or the scheme at fault
   */
  public void checkCoverage(Collection<Scheme> schemes, int minimum) {
    checkCoverage(schemes, Map.of(), minimum);
  }

  /**
   * Checks that every directory of case files is named after a scheme of the engine's catalogue,
   * and that every scheme given has at least a number of cases, which may differ by scheme.
   *
   * @param schemes the schemes that must have cases
   * @param minimums the least number of case files of some schemes, by id
   * @param otherwise the least number of case files of the others
   * @throws AssertionError naming the directory or the scheme at fault
   */
  public void checkCoverage(
      Collection<Scheme> schemes, Map<String, Integer> minimums, int otherwise) {
    Map<String, Integer> counts = new TreeMap<>();
    for (CaseFile file : files()) {
      counts.merge(file.schemeId(), 1, Integer::sum);
    }
    try (Stream<Path> directories = Files.list(root)) {
      for (Path directory : directories.filter(Files::isDirectory).sorted().toList()) {
        String id = directory.getFileName().toString();
        if (engine().catalog().find(id).isEmpty()) {
          throw new AssertionError("case directory for an unknown scheme: " + id);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
    List<String> tooFew = new ArrayList<>();
    for (Scheme scheme : schemes) {
      int minimum = minimums.getOrDefault(scheme.id(), otherwise);
      int count = counts.getOrDefault(scheme.id(), 0);
      if (count < minimum) {
        tooFew.add(
            scheme.id() + " has " + count + " case files, at least " + minimum + " expected");
      }
    }
    if (!tooFew.isEmpty()) {
      throw new AssertionError(String.join("\n", tooFew));
    }
  }

  private static JsonNode read(CaseFile file) {
    try {
      return MAPPER.readTree(file.path().toFile());
    } catch (RuntimeException e) {
      throw new AssertionError(file.name() + " is not JSON: " + e.getMessage(), e);
    }
  }

  static void check(String where, SchemeReport report, JsonNode expected) {
    JsonNode outcome = expected.get("outcome");
    if (outcome == null) {
      throw new AssertionError(where + ": expected.outcome is missing");
    }
    assertEquals(
        outcome.stringValue(),
        report.outcome().name(),
        where + ": outcome (" + report.reason().text(Locale.ENGLISH) + ")\n" + describe(report));
    Map<String, CriterionReport.Single> singles = singles(report);
    JsonNode criteria = expected.path("criteria");
    for (String id : criteria.propertyNames()) {
      CriterionReport.Single single = singles.get(id);
      if (single == null) {
        fail(where + ": no criterion " + id + " in the report");
      }
      String expectation = criteria.get(id).stringValue();
      int colon = expectation.indexOf(':');
      String expectedOutcome = colon >= 0 ? expectation.substring(0, colon) : expectation;
      assertEquals(
          expectedOutcome,
          single.outcome().name(),
          where
              + ": outcome of "
              + id
              + " ("
              + single.result().reason().text(Locale.ENGLISH)
              + ")");
      if (colon >= 0) {
        assertEquals(
            id + "." + expectation.substring(colon + 1),
            single.result().reason().key(),
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

  /** The single criteria of a report, by id. */
  static Map<String, CriterionReport.Single> singles(SchemeReport report) {
    Map<String, CriterionReport.Single> singles = new HashMap<>();
    report.criteria().ifPresent(c -> flatten(c, singles));
    return singles;
  }

  private static void flatten(CriterionReport report, Map<String, CriterionReport.Single> out) {
    if (report instanceof CriterionReport.Single single) {
      out.put(single.criterion().id(), single);
    } else {
      ((CriterionReport.Group) report).parts().forEach(p -> flatten(p, out));
    }
  }

  /** The outcome and reason of every criterion, and the missing facts: what a failed case shows. */
  private static String describe(SchemeReport report) {
    StringBuilder out = new StringBuilder();
    singles(report).values().stream()
        .sorted(Comparator.comparing(s -> s.criterion().id()))
        .forEach(
            s ->
                out.append("  ")
                    .append(s.outcome())
                    .append(' ')
                    .append(s.result().reason().key())
                    .append(" — ")
                    .append(s.result().reason().text(Locale.ENGLISH))
                    .append('\n'));
    report
        .missingFacts()
        .forEach(f -> out.append("  missing ").append(f.fact().path()).append('\n'));
    return out.toString();
  }

  /**
   * Returns the case file of a scheme with a name, if there is one.
   *
   * @param schemeId the scheme id
   * @param fileName the file name, e.g. {@code 01-eligible.json}
   * @return the file
   */
  public Optional<CaseFile> file(String schemeId, String fileName) {
    return files().stream()
        .filter(
            f ->
                f.schemeId().equals(schemeId) && f.path().getFileName().toString().equals(fileName))
        .findFirst();
  }
}

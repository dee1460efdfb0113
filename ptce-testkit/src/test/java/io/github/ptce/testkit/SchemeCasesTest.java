package io.github.ptce.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.rules.SchemeCatalog;
import io.github.ptce.rules.SchemeOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner holds a case that holds and fails one that does not, naming the file and what differs:
 * the outcome, a criterion's outcome or reason, the missing facts, the members evaluated, the
 * digest, the number of cases.
 */
class SchemeCasesTest {
  static final String ART9 = "fr.law.2014-856.art9";
  static final String ART1 = "fr.law.2014-856.art1";
  static final String CLUSTER =
      """
      {"name": "Pôle de coopération (test)", "members": [
        {"stakeholder": {"id": "recyclerie", "name": "Association La Recyclerie", "kind": "ENTERPRISE",
          "legalCategory": "9220", "location": "06069"}}]}""";

  @TempDir Path dir;

  Path write(String scheme, String name, String expected) throws IOException {
    return write(scheme, name, "\"description\": \"A test case.\", ", expected);
  }

  Path write(String scheme, String name, String description, String expected) throws IOException {
    Path file = dir.resolve(scheme).resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "{"
            + description
            + "\"asOf\": \"2026-01-15\", \"cluster\": "
            + CLUSTER
            + ", \"expected\": "
            + expected
            + "}",
        StandardCharsets.UTF_8);
    return file;
  }

  static AssertionError fails(Executable check) {
    return assertThrows(AssertionError.class, check);
  }

  @Test
  void aCaseThatHoldsPasses() throws IOException {
    write(
        ART9,
        "01-holds.json",
        "{\"outcome\": \"UNDETERMINED\", \"criteria\": {\""
            + ART9
            + ".i.same-territory\": \"UNKNOWN:noPerimeter\"}}");
    SchemeCases cases = SchemeCases.in(dir);
    CaseFile file = cases.files().get(0);
    assertEquals(ART9 + "/01-holds.json", file.name());
    cases.check(file);
    assertEquals(
        SchemeOutcome.UNDETERMINED, cases.evaluate(file).scheme(ART9).orElseThrow().outcome());
    assertEquals(
        List.of(ART9 + "/01-holds.json"), cases.tests().map(DynamicTest::getDisplayName).toList());
    assertEquals(file, cases.file(ART9, "01-holds.json").orElseThrow());
  }

  @Test
  void everyDifferenceIsReportedWithTheFileItIsIn() throws IOException {
    SchemeCases cases = SchemeCases.in(dir);
    write(ART9, "01-outcome.json", "{\"outcome\": \"ELIGIBLE\"}");
    write(
        ART9,
        "02-criterion.json",
        "{\"outcome\": \"UNDETERMINED\", \"criteria\": {\""
            + ART9
            + ".i.same-territory\": \"MET\"}}");
    write(
        ART9,
        "03-reason.json",
        "{\"outcome\": \"UNDETERMINED\", \"criteria\": {\""
            + ART9
            + ".i.same-territory\": \"UNKNOWN:elsewhere\"}}");
    write(
        ART9,
        "04-no-such-criterion.json",
        "{\"outcome\": \"UNDETERMINED\", \"criteria\": {\""
            + ART9
            + ".no-such-criterion\": \"MET\"}}");
    write(
        ART9,
        "05-missing-facts.json",
        "{\"outcome\": \"UNDETERMINED\", \"missingFacts\": [\"$.perimeter\"]}");
    write(ART9, "06-no-description.json", "", "{\"outcome\": \"UNDETERMINED\"}");
    write(
        ART1, "07-members.json", "{\"members\": {\"someone-else\": {\"outcome\": \"ELIGIBLE\"}}}");
    write(ART9, "08-no-expectation.json", "{}");
    Map<String, String> expected =
        Map.of(
            "01-outcome.json", ART9 + "/01-outcome.json: outcome",
            "02-criterion.json",
                ART9 + "/02-criterion.json: outcome of " + ART9 + ".i.same-territory",
            "03-reason.json", ART9 + "/03-reason.json: reason of " + ART9 + ".i.same-territory",
            "04-no-such-criterion.json",
                ART9 + "/04-no-such-criterion.json: no criterion " + ART9 + ".no-such-criterion",
            "05-missing-facts.json", ART9 + "/05-missing-facts.json: missing facts",
            "06-no-description.json", ART9 + "/06-no-description.json: a case has a description",
            "07-members.json", ART1 + "/07-members.json: the members evaluated",
            "08-no-expectation.json",
                ART9 + "/08-no-expectation.json: expected.outcome is missing");
    assertEquals(expected.size(), cases.files().size());
    for (CaseFile file : cases.files()) {
      String message = fails(() -> cases.check(file)).getMessage();
      String start = expected.get(file.path().getFileName().toString());
      assertTrue(message.startsWith(start), file.name() + " fails with: " + message);
    }
  }

  @Test
  void aDigestIsComparedWithTheCommittedOne() throws IOException {
    write(ART9, "01-holds.json", "{\"outcome\": \"UNDETERMINED\"}");
    Path digests = dir.resolveSibling(dir.getFileName() + "-digests");
    SchemeCases cases = SchemeCases.in(dir).withDigests(digests);
    CaseFile file = cases.files().get(0);
    assertThrows(IllegalStateException.class, () -> SchemeCases.in(dir).checkDigest(file));
    String message = fails(() -> cases.checkDigest(file)).getMessage();
    assertTrue(
        message.startsWith(digests.resolve(ART9).resolve("01-holds.txt") + " differs"), message);
    String digest = CaseDigest.of(cases.evaluate(file));
    assertTrue(digest.startsWith("scheme " + ART9 + ": UNDETERMINED — "), digest);
    assertTrue(digest.contains("missing $.perimeter"), digest);
    Files.createDirectories(digests.resolve(ART9));
    Files.writeString(
        digests.resolve(ART9).resolve("01-holds.txt"), digest, StandardCharsets.UTF_8);
    cases.checkDigest(file);
  }

  @Test
  void coverageNamesTheSchemesWithTooFewCasesAndTheDirectoriesOfNoScheme() throws IOException {
    write(ART9, "01-holds.json", "{\"outcome\": \"UNDETERMINED\"}");
    SchemeCases cases = SchemeCases.in(dir);
    SchemeCatalog catalog = SchemeCatalog.standard();
    cases.checkCoverage(List.of(catalog.find(ART9).orElseThrow()), 1);
    assertEquals(
        ART9 + " has 1 case files, at least 2 expected",
        fails(() -> cases.checkCoverage(List.of(catalog.find(ART9).orElseThrow()), 2))
            .getMessage());
    assertEquals(
        ART1 + " has 0 case files, at least 6 expected",
        fails(
                () ->
                    cases.checkCoverage(
                        List.of(catalog.find(ART1).orElseThrow(), catalog.find(ART9).orElseThrow()),
                        Map.of(ART9, 1),
                        6))
            .getMessage());
    Files.createDirectories(dir.resolve("org.example.unknown"));
    assertEquals(
        "case directory for an unknown scheme: org.example.unknown",
        fails(() -> cases.checkCoverage(List.of(), 0)).getMessage());
  }

  @Test
  void aRunnerNeedsADirectoryAndTestsNeedCases() {
    assertThrows(IllegalArgumentException.class, () -> SchemeCases.in(dir.resolve("nowhere")));
    assertTrue(
        fails(() -> SchemeCases.in(dir).tests()).getMessage().startsWith("no case file under "));
  }
}

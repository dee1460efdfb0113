package io.github.ptce.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.testing.BadInputs;
import io.github.ptce.core.testing.BadInputs.Case;
import io.github.ptce.core.testing.BadInputs.Expected;
import io.github.ptce.examples.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every bad input of ptce-core's corpus ({@link BadInputs}, {@code
 * bad-input/core/expectations.tsv}) through {@code ptce validate} (text in English and in French,
 * and JSON) and {@code ptce check}: exit code 3 with exactly the expected violations (0 for an
 * accepted input, whose check gives a report), every expected path and code in the output, and
 * never a stack trace. The test JVM has its default heap; the 20 MB and 10,000-deep inputs are
 * among the cases.
 */
class BadInputCliTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path dir;

  static Stream<Arguments> cases() {
    return BadInputs.all().stream().map(c -> Arguments.of(c.name(), c));
  }

  private static Path file(Case c) throws IOException {
    Path file =
        dir.resolve(
            c.name().replace(BadInputs.GENERATED, "generated-")
                + (c.name().endsWith(".json") ? "" : ".json"));
    if (!Files.exists(file)) {
      Files.write(file, c.input());
    }
    return file;
  }

  /** Neither a Java stack trace nor an exception's name, in any stream. */
  static void assertNoStackTrace(String name, Run run) {
    for (String text : List.of(run.out, run.err)) {
      assertFalse(text.contains("\tat "), () -> name + ": stack trace in\n" + excerpt(run));
      assertFalse(text.contains("Exception"), () -> name + ": exception in\n" + excerpt(run));
      assertFalse(
          text.contains("Error:") && text.contains("java."),
          () -> name + ": JVM error in\n" + excerpt(run));
    }
  }

  private static String excerpt(Run run) {
    String text = run.toString();
    return text.length() > 4000 ? text.substring(0, 4000) + "…" : text;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void validateGivesTheExpectedViolationsInBothLanguages(String name, Case c) throws IOException {
    String file = file(c).toString();
    int expectedCode = c.accepted() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;

    Run json = Run.of("validate", file, "--format", "json");
    assertEquals(expectedCode, json.code, () -> name + "\n" + excerpt(json));
    assertNoStackTrace(name, json);
    JsonNode result = JSON.readTree(json.out);
    assertEquals(c.accepted(), result.get("valid").asBoolean(), name);
    List<String> paths = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (JsonNode violation : result.get("violations")) {
      paths.add(violation.get("path").asString());
      codes.add(violation.get("code").asString());
      assertFalse(violation.get("message").asString().isBlank(), name);
    }
    c.mismatch(paths, codes)
        .ifPresent(
            problem -> {
              throw new AssertionError(problem);
            });

    for (String lang : List.of("en", "fr")) {
      Run text = Run.of("validate", file, "--lang", lang);
      assertEquals(expectedCode, text.code, () -> name + " --lang " + lang + "\n" + excerpt(text));
      assertNoStackTrace(name, text);
      // Syntax errors are told in the chosen language, never in the parser's words or with its
      // settings' names.
      assertFalse(
          text.out.contains("Jackson") || text.out.contains("ReadFeature"),
          () -> name + "\n" + excerpt(text));
      if (c.accepted()) {
        assertTrue(
            text.out.contains(lang.equals("fr") ? "est valide" : "is valid"), () -> excerpt(text));
      } else {
        assertTrue(
            text.out.contains(lang.equals("fr") ? "n'est pas valide" : "is not valid"),
            () -> excerpt(text));
        for (Expected expected : c.expected()) {
          // One line per violation: "  PATH: message [CODE]".
          assertTrue(
              text.out.contains("  " + expected.pathPrefix()),
              () -> name + " --lang " + lang + ": no " + expected.path() + " in\n" + excerpt(text));
          assertTrue(
              text.out.contains("[" + expected.code() + "]"),
              () -> name + " --lang " + lang + ": no " + expected.code() + " in\n" + excerpt(text));
        }
        assertEquals(
            c.violationCount() + 1,
            text.out.lines().count(),
            () -> name + ": one line per violation\n" + excerpt(text));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void checkRejectsWhatValidateRejects(String name, Case c) throws IOException {
    Run run =
        Run.of(
            "check",
            file(c).toString(),
            "--as-of",
            "2026-01-15",
            "--scheme",
            "fr.law.2014-856.art9",
            "--format",
            "json");
    assertNoStackTrace(name, run);
    if (c.accepted()) {
      assertTrue(
          run.code == ExitCodes.OK
              || run.code == ExitCodes.NOT_ELIGIBLE
              || run.code == ExitCodes.UNDETERMINED,
          () -> name + "\n" + excerpt(run));
      assertTrue(run.out.contains("\"ptce-report/1\""), name);
      return;
    }
    assertEquals(ExitCodes.INVALID_INPUT, run.code, () -> name + "\n" + excerpt(run));
    assertEquals("", run.out, name);
    for (Expected expected : c.expected()) {
      assertTrue(
          run.err.contains(expected.pathPrefix()) && run.err.contains("[" + expected.code() + "]"),
          () -> name + ": no " + expected + " in\n" + excerpt(run));
    }
  }

  /**
   * The whole corpus through {@code ptce batch}, as a directory and as JSON lines: one run each,
   * every case evaluated (accepted) or skipped with its first violation (rejected), none ending the
   * run, the summary listing them all. A case becomes a line with its line breaks turned into
   * spaces, blanks in JSON; its result is then the one of the same bytes read as a file.
   */
  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void batchEvaluatesOrSkipsEveryCaseAndNeverStops() throws IOException {
    Path in = Files.createDirectories(dir.resolve("batch-in"));
    Path lines = dir.resolve("batch-corpus.ndjson");
    // Not the accepted 5,000 members: its report is 150 MB, and validate and check already read it.
    List<Case> cases =
        BadInputs.all().stream()
            .filter(c -> !(c.accepted() && c.name().startsWith(BadInputs.GENERATED)))
            .toList();
    List<String> names = new ArrayList<>();
    try (var ndjson = Files.newOutputStream(lines)) {
      for (int i = 0; i < cases.size(); i++) {
        Case c = cases.get(i);
        String name = String.format("%03d", i);
        names.add(name);
        byte[] input = c.input();
        Files.write(in.resolve(name + ".json"), input);
        ndjson.write(oneLine(input));
        ndjson.write('\n');
      }
    }
    Path out = dir.resolve("batch-out");
    Run run = Run.of("batch", in.toString(), "--out", out.toString(), "--as-of", "2026-01-15");
    assertEquals(ExitCodes.INVALID_INPUT, run.code, () -> excerpt(run));
    assertNoStackTrace("batch", run);
    JsonNode items = JSON.readTree(out.resolve(BatchCommand.SUMMARY).toFile()).get("items");
    assertEquals(cases.size(), items.size());
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      JsonNode item = items.get(i);
      assertEquals(names.get(i), item.get("name").asString());
      assertEquals(c.accepted() ? "EVALUATED" : "SKIPPED", item.get("status").asString(), c.name());
      if (!c.accepted()) {
        assertTrue(
            c.expected().stream()
                .anyMatch(e -> item.get("reason").asString().contains(e.pathPrefix())),
            () -> c.name() + ": " + item);
      }
    }

    Path outLines = dir.resolve("batch-out-lines");
    Run ndjson =
        Run.of("batch", lines.toString(), "--out", outLines.toString(), "--as-of", "2026-01-15");
    assertNoStackTrace("batch ndjson", ndjson);
    JsonNode lineItems =
        JSON.readTree(outLines.resolve(BatchCommand.SUMMARY).toFile()).get("items");
    int item = 0;
    for (Case c : cases) {
      byte[] line = oneLine(c.input());
      boolean blank = true;
      for (byte b : line) {
        blank &= b == ' ' || b == '\t';
      }
      if (blank) {
        continue; // a blank line is no item
      }
      boolean valid = io.github.ptce.examples.Services.requests().readRequest(line).isValid();
      assertEquals(
          valid ? "EVALUATED" : "SKIPPED",
          lineItems.get(item++).get("status").asString(),
          () -> c.name() + " as a line");
    }
    assertEquals(item, lineItems.size(), "an item per line that is not blank, none lost");
  }

  /** The input with its line breaks made spaces (in place). */
  private static byte[] oneLine(byte[] input) {
    for (int b = 0; b < input.length; b++) {
      if (input[b] == '\n' || input[b] == '\r') {
        input[b] = ' ';
      }
    }
    return input;
  }

  @Test
  void theCorpusHasHostileInputsOfEveryKind() {
    List<String> names = BadInputs.all().stream().map(Case::name).toList();
    assertTrue(names.size() >= 60, "cases: " + names.size());
    for (String kind :
        List.of(
            "syntax-depth",
            "truncated",
            "duplicate-key",
            "huge-exponent",
            "too-many-decimals",
            "date-",
            "whitespace",
            "unknown-commune",
            "ends-before-start",
            "generated:members-10000",
            "generated:nesting-10000",
            "generated:string-20-mb",
            "invalid-utf8",
            "bom-accepted",
            "injection")) {
      assertTrue(names.stream().anyMatch(n -> n.contains(kind)), kind);
    }
  }
}

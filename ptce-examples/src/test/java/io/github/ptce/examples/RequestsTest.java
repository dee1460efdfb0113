package io.github.ptce.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.Validated;
import io.github.ptce.core.Violation;
import io.github.ptce.examples.Requests.Request;
import io.github.ptce.examples.samples.Sample;
import io.github.ptce.rules.Assessment;
import io.github.ptce.rules.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Reading a bare cluster or a request with assessments, and every problem with its path. */
class RequestsTest {
  private static final String CLUSTER = new String(Sample.TETRIS.cluster(), StandardCharsets.UTF_8);

  private static Validated<Request> read(String json) {
    return Services.requests().read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> paths(Validated<?> result) {
    return result.violations().stream().map(v -> v.path() + " " + v.code()).toList();
  }

  @Test
  void aBareCluster() {
    Validated<Request> read = read(CLUSTER);
    assertTrue(read.isValid(), read::toString);
    assertTrue(read.orElseThrow().assessments().isEmpty());
  }

  @Test
  void aRequestWithAssessments() {
    Validated<Request> read = read("{\"assessments\": [{\"criterionId\": \"c\", \"member\": \"apese\", \"outcome\": "
        + "\"NOT_MET\", \"assessor\": \"CRESS\", \"date\": \"2025-02-03\", \"note\": \"why\"}], \"cluster\": " + CLUSTER
        + "}");
    assertTrue(read.isValid(), read::toString);
    Assessment assessment = read.orElseThrow().assessments().get(0);
    assertEquals("c", assessment.criterionId());
    assertEquals(Outcome.NOT_MET, assessment.outcome());
    assertEquals("apese", assessment.member().orElseThrow());
    assertEquals("why", assessment.note().orElseThrow());
    assertEquals("SCIC TETRIS (Transition Écologique Territoriale par la Recherche et l'Innovation Sociale)",
        read.orElseThrow().cluster().name());
  }

  @Test
  void everyProblemOfARequestHasItsPath() {
    Validated<Request> read = read("{\"cluster\": {\"name\": \"\", \"stage\": \"SOON\"}, \"other\": true, "
        + "\"assessments\": [{\"criterionId\": 3, \"outcome\": \"UNKNOWN\", \"assessor\": \" \", \"date\": "
        + "\"2025-02-30\", \"member\": \"no way\", \"extra\": 1}, 7]}");
    assertFalse(read.isValid());
    List<String> paths = paths(read);
    for (String expected : List.of("$.assessments[0].assessor assessment.blank",
        "$.assessments[0].criterionId assessment.notString", "$.assessments[0].date assessment.date",
        "$.assessments[0].extra assessment.unknownProperty", "$.assessments[0].member assessment.member",
        "$.assessments[0].outcome assessment.outcome", "$.assessments[1] assessment.notObject",
        "$.cluster.stage json.invalidEnum", "$.other request.unknownProperty")) {
      assertTrue(paths.stream().anyMatch(p -> p.startsWith(expected.substring(0, expected.indexOf(' ')))),
          () -> expected + " in " + paths);
    }
    for (Violation violation : read.violations()) {
      assertFalse(violation.message(Locale.ENGLISH).isBlank());
      assertFalse(violation.message(Locale.FRENCH).isBlank());
      assertFalse(violation.message(Locale.FRENCH).contains("{"), violation::toString);
    }
  }

  @Test
  void syntaxErrorsAndLimitsAreTheLibrarysOwn() {
    assertEquals(List.of("$ json.truncated"), paths(read("{\"cluster\": {")).stream()
        .map(p -> p.replaceAll("^\\$[^ ]* ", "\\$ ")).toList());
    Validated<Request> deep = read("[".repeat(10_000));
    assertTrue(paths(deep).get(0).contains("json.limit.depth"), paths(deep)::toString);
    Validated<Request> duplicate = read("{\"cluster\": {}, \"cluster\": {}}");
    assertTrue(paths(duplicate).get(0).contains("json.duplicateKey"), paths(duplicate)::toString);
    assertFalse(read("").isValid());
    assertFalse(read("null").isValid());
    assertFalse(read("{\"cluster\": 3}").isValid());
  }

  @Test
  void aSeparateAssessmentsDocument() {
    String one = "{\"criterionId\": \"c\", \"outcome\": \"MET\", \"assessor\": \"a\", \"date\": \"2025-01-01\"}";
    assertEquals(1, Services.requests().readAssessments(("[" + one + "]").getBytes(StandardCharsets.UTF_8))
        .orElseThrow().size());
    assertEquals(1, Services.requests().readAssessments(("{\"assessments\": [" + one + "]}")
        .getBytes(StandardCharsets.UTF_8)).orElseThrow().size());
    Validated<List<Assessment>> bad = Services.requests().readAssessments("{\"x\": 1}".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("$ assessments.notArray"), paths(bad));
    Validated<List<Assessment>> syntax = Services.requests().readAssessments("[".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("$ assessments.syntax"), paths(syntax));
    Validated<List<Assessment>> comma = Services.requests().readAssessments(("[\n" + one + "\n" + one + "]")
        .getBytes(StandardCharsets.UTF_8));
    String french = comma.violations().get(0).message(Locale.FRENCH);
    assertTrue(french.contains("ligne 3"), french);
    for (String english : List.of("expect", "token", "Unexpected", "Jackson", "Feature")) {
      assertFalse(french.contains(english), "no parser text in the French message: " + french);
      assertFalse(comma.violations().get(0).message(Locale.ENGLISH).contains(english.equals("expect") ? "was expecting" : english));
    }
  }

  @Test
  void languagesOfHttpAndCommandLine() {
    assertEquals(Locale.FRENCH, Languages.fromAcceptLanguage("fr-CA,fr;q=0.9"));
    assertEquals(Locale.ENGLISH, Languages.fromAcceptLanguage("de-DE, en;q=0.5, fr;q=0.4"));
    assertEquals(Locale.FRENCH, Languages.fromAcceptLanguage("de-DE, en;q=0.3, fr;q=0.4"));
    assertEquals(Locale.ENGLISH, Languages.fromAcceptLanguage("*"));
    assertEquals(Locale.ENGLISH, Languages.fromAcceptLanguage("fr;q=0"));
    assertEquals(Locale.ENGLISH, Languages.fromAcceptLanguage(";;;=="));
    assertEquals(Locale.ENGLISH, Languages.fromAcceptLanguage(null));
    assertEquals(Locale.FRENCH, Languages.parse("FR_fr").orElseThrow());
    assertTrue(Languages.parse("de").isEmpty());
    assertEquals(Locale.FRENCH, Languages.follow(Locale.CANADA_FRENCH));
    assertEquals(Locale.ENGLISH, Languages.follow(new Locale("tr", "TR")));
  }

  @Test
  void everyMessageExistsInBothLanguages() {
    assertEquals(Messages.bundle().keys(Locale.ENGLISH), Messages.bundle().keys(Locale.FRENCH));
  }

  @Test
  void theWarmUpClusterIsValidAndEvaluates() {
    assertEquals(List.of(), Services.validator().validate(Warmup.cluster()));
    Warmup.run();
  }
}

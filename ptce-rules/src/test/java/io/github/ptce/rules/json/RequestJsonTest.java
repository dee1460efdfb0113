package io.github.ptce.rules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ptce.core.Validated;
import io.github.ptce.core.Violation;
import io.github.ptce.core.json.JsonLimits;
import io.github.ptce.core.json.PtceJson;
import io.github.ptce.rules.Assessment;
import io.github.ptce.rules.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The request and assessments formats: reading every problem with its path, writing, and the
 * schemas.
 */
class RequestJsonTest {
  private static final RequestJson JSON = RequestJson.standard();
  private static final String CLUSTER =
      """
      {"name": "Pôle", "perimeter": {"communes": ["06069"]},
       "members": [{"stakeholder": {"id": "apese", "name": "APESE", "kind": "ENTERPRISE"}}]}""";
  private static final String ONE =
      "{\"criterionId\": \"c\", \"outcome\": \"MET\", \"assessor\": \"a\", \"date\": \"2025-01-01\"}";
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemas(
                  Map.of(
                      "urn:io.github.ptce:schema:" + PtceJson.CLUSTER_FORMAT,
                      PtceJson.clusterSchema())));

  private static List<String> codes(Validated<?> result) {
    return result.violations().stream().map(v -> v.path() + " " + v.code()).toList();
  }

  @Test
  void aBareClusterIsARequestWithoutAssessments() {
    Validated<EvaluationRequest> read = JSON.readRequest(CLUSTER);
    assertTrue(read.isValid(), read::toString);
    assertEquals(List.of(), read.orElseThrow().assessments());
    assertEquals(
        PtceJson.standard().readCluster(CLUSTER).orElseThrow(), read.orElseThrow().cluster());
  }

  @Test
  void aRequestWithAssessments() {
    Validated<EvaluationRequest> read =
        JSON.readRequest(
            "{\"format\": \"ptce-request/1\", \"assessments\": "
                + "[{\"criterionId\": \"c\", \"member\": \"apese\", \"outcome\": \"NOT_MET\", \"assessor\": \"CRESS\", "
                + "\"date\": \"2025-02-03\", \"note\": \"why\"}], \"cluster\": "
                + CLUSTER
                + "}");
    assertTrue(read.isValid(), read::toString);
    Assessment assessment = read.orElseThrow().assessments().get(0);
    assertEquals("c", assessment.criterionId());
    assertEquals(Outcome.NOT_MET, assessment.outcome());
    assertEquals("apese", assessment.member().orElseThrow());
    assertEquals("why", assessment.note().orElseThrow());
    assertEquals(LocalDate.of(2025, 2, 3), assessment.date());
    assertEquals("Pôle", read.orElseThrow().cluster().name());
  }

  @Test
  void everyProblemOfARequestHasItsPathAndBothLanguages() {
    Validated<EvaluationRequest> read =
        JSON.readRequest(
            "{\"cluster\": {\"name\": \"\", \"stage\": \"SOON\", "
                + "\"perimeter\": {\"communes\": [\"06999\"]}}, \"other\": true, \"format\": \"ptce-request/9\", "
                + "\"assessments\": [{\"criterionId\": 3, \"outcome\": \"UNKNOWN\", \"assessor\": \"A\", \"date\": "
                + "\"2025-02-30\", \"member\": \"m\", \"extra\": 1}, 7, {\"criterionId\": \"c\", \"outcome\": \"MET\", "
                + "\"assessor\": \" \", \"date\": \"1800-01-01\", \"member\": \"no way\", \"note\": \""
                + "n".repeat(4001)
                + "\"}]}");
    assertEquals(
        List.of(
            "$.assessments[0].criterionId assessment.notString",
            "$.assessments[0].date assessment.date",
            "$.assessments[0].extra assessment.unknownProperty",
            "$.assessments[0].outcome assessment.outcome",
            "$.assessments[1] assessment.notObject",
            "$.assessments[2].assessor constraint.notBlank",
            "$.assessments[2].date constraint.plausibleDate",
            "$.assessments[2].member constraint.localId",
            "$.assessments[2].note constraint.size",
            "$.cluster.perimeter.communes commune.unknown.hint",
            "$.cluster.stage json.enum",
            "$.format request.format",
            "$.other request.unknownProperty"),
        codes(read),
        "the cluster is validated, not only read");
    for (Violation violation : read.violations()) {
      assertFalse(violation.message(Locale.ENGLISH).isBlank());
      assertFalse(violation.message(Locale.FRENCH).contains("{"), violation::toString);
      assertFalse(
          violation.message(Locale.ENGLISH).equals(violation.message(Locale.FRENCH)),
          violation::toString);
    }
  }

  @Test
  void syntaxErrorsAndLimitsAreTheClusterReadersOwn() {
    assertEquals(
        List.of("$ json.truncated"),
        JSON.readRequest("{\"cluster\": {").violations().stream()
            .map(v -> "$ " + v.code())
            .toList());
    assertTrue(codes(JSON.readRequest("[".repeat(10_000))).get(0).contains("json.limit.depth"));
    assertTrue(
        codes(JSON.readRequest("{\"cluster\": {}, \"cluster\": {}}"))
            .get(0)
            .contains("json.duplicateKey"));
    assertFalse(JSON.readRequest("").isValid());
    assertFalse(JSON.readRequest("null").isValid());
    assertEquals(
        List.of("$.cluster request.clusterNotObject"), codes(JSON.readRequest("{\"cluster\": 3}")));
    RequestJson small =
        RequestJson.of(PtceJson.standard().withLimits(JsonLimits.DEFAULT.withMaxViolations(2)));
    List<String> cut =
        codes(small.readRequest("{\"cluster\": " + CLUSTER + ", \"a\": 1, \"b\": 2, \"c\": 3}"));
    assertEquals(
        List.of(
            "$ json.limit.violations",
            "$.a request.unknownProperty",
            "$.b request.unknownProperty"),
        cut,
        "cut at the limit of the cluster reader, the first ones in path order");
  }

  @Test
  void anAssessmentsDocumentIsAnArrayOrAnObject() {
    assertEquals(1, JSON.readAssessments("[" + ONE + "]").orElseThrow().size());
    assertEquals(
        1,
        JSON.readAssessments("{\"format\": \"ptce-assessments/1\", \"assessments\": [" + ONE + "]}")
            .orElseThrow()
            .size());
    assertEquals(List.of("$ assessments.notArray"), codes(JSON.readAssessments("{\"x\": 1}")));
    assertEquals(
        List.of("$.format assessments.format", "$.x assessments.unknownProperty"),
        codes(JSON.readAssessments("{\"format\": 1, \"x\": 1, \"assessments\": []}")));
    assertEquals(List.of("$ assessments.syntax"), codes(JSON.readAssessments("[")));
    Validated<List<Assessment>> comma = JSON.readAssessments("[\n" + ONE + "\n" + ONE + "]");
    String french = comma.violations().get(0).message(Locale.FRENCH);
    assertTrue(french.contains("ligne 3"), french);
    for (String english : List.of("token", "Unexpected", "Jackson", "Feature")) {
      assertFalse(french.contains(english), "no parser text in the French message: " + french);
      assertFalse(comma.violations().get(0).message(Locale.ENGLISH).contains(english));
    }
    assertEquals(
        List.of("$[0].number json.numberRange"),
        codes(JSON.readAssessments("[{\"number\": 1e2147483648}]")));
    JsonLimits d = JsonLimits.DEFAULT;
    RequestJson tiny =
        RequestJson.of(
            PtceJson.standard()
                .withLimits(
                    new JsonLimits(
                        400,
                        d.maxNestingDepth(),
                        d.maxStringLength(),
                        d.maxNumberLength(),
                        d.maxMembers(),
                        1,
                        d.maxViolations())));
    assertEquals(
        List.of("$ assessments.tooMany"),
        codes(tiny.readAssessments("[" + ONE + ", " + ONE + "]")));
    assertEquals(
        List.of("$ assessments.tooLarge"),
        codes(tiny.readAssessments("[" + (ONE + ",").repeat(6) + ONE + "]")));
  }

  private static Gen<Assessment> assessments() {
    // Printable, never blank: a blank assessor or criterion is refused, as the reading tests show.
    Gen<String> words = SourceDSL.strings().betweenCodePoints(0x21, 0x7E).ofLengthBetween(1, 40);
    Gen<LocalDate> dates =
        SourceDSL.integers()
            .between(0, 70_000)
            .map(days -> LocalDate.of(1900, 1, 1).plusDays(days));
    Gen<java.util.Optional<String>> members =
        Generate.pick(List.of("m1", "apese", "x-2.y_3")).toOptionals(50);
    return words
        .zip(
            words,
            dates,
            (id, assessor, date) ->
                Assessment.builder()
                    .criterionId(id)
                    .assessor(assessor)
                    .date(date)
                    .outcome(date.getDayOfMonth() % 2 == 0 ? Outcome.MET : Outcome.NOT_MET))
        .zip(
            members,
            words.toOptionals(50),
            (builder, member, note) -> {
              member.ifPresent(builder::member);
              note.ifPresent(builder::note);
              return builder.build();
            });
  }

  @Test
  void whatIsWrittenIsReadBackEqual() {
    EvaluationRequest bare =
        EvaluationRequest.of(PtceJson.standard().readCluster(CLUSTER).orElseThrow());
    qt().withExamples(100)
        .withFixedSeed(15L)
        .forAll(SourceDSL.lists().of(assessments()).ofSizeBetween(0, 5))
        .checkAssert(
            list -> {
              EvaluationRequest request = new EvaluationRequest(bare.cluster(), list);
              String written = JSON.writeRequest(request);
              assertEquals(request, JSON.readRequest(written).orElseThrow());
              assertEquals(
                  written,
                  JSON.writeRequest(JSON.readRequest(written).orElseThrow()),
                  "deterministic");
              assertEquals(list, JSON.readAssessments(JSON.writeAssessments(list)).orElseThrow());
            });
    assertTrue(
        JSON.writeRequest(bare)
            .startsWith("{\n  \"format\": \"ptce-request/1\",\n  \"cluster\": {\n"),
        JSON.writeRequest(bare));
    assertFalse(JSON.writeRequest(bare).contains("assessments"), "no empty list is written");
  }

  @Test
  void theSchemasAreValidAndAgreeWithTheReader() {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    assertEquals(List.of(), meta.validate(RequestJson.requestSchema(), InputFormat.JSON));
    assertEquals(List.of(), meta.validate(RequestJson.assessmentsSchema(), InputFormat.JSON));
    Schema request = REGISTRY.getSchema(RequestJson.requestSchema(), InputFormat.JSON);
    Schema assessments = REGISTRY.getSchema(RequestJson.assessmentsSchema(), InputFormat.JSON);
    EvaluationRequest read =
        JSON.readRequest("{\"cluster\": " + CLUSTER + ", \"assessments\": [" + ONE + "]}")
            .orElseThrow();
    assertEquals(List.of(), messages(request.validate(JSON.writeRequest(read), InputFormat.JSON)));
    assertEquals(
        List.of(),
        messages(
            assessments.validate(JSON.writeAssessments(read.assessments()), InputFormat.JSON)));
    assertEquals(List.of(), messages(assessments.validate("[" + ONE + "]", InputFormat.JSON)));
    List<String> bad =
        List.of(
            "{\"cluster\": " + CLUSTER + ", \"other\": 1}",
            "{\"cluster\": {\"name\": 3}}",
            "{\"cluster\": "
                + CLUSTER
                + ", \"assessments\": [{\"criterionId\": \"c\", \"outcome\": \"MAYBE\", "
                + "\"assessor\": \"a\", \"date\": \"2025-01-01\"}]}",
            "{\"cluster\": "
                + CLUSTER
                + ", \"assessments\": [{\"criterionId\": \"c\", \"outcome\": \"MET\", "
                + "\"assessor\": \"a\"}]}",
            "{\"cluster\": " + CLUSTER + ", \"format\": \"ptce-request/2\"}");
    for (String document : bad) {
      assertFalse(request.validate(document, InputFormat.JSON).isEmpty(), document);
      assertFalse(JSON.readRequest(document).isValid(), document);
    }
  }

  private static List<String> messages(List<Error> errors) {
    List<String> messages = new ArrayList<>();
    errors.forEach(e -> messages.add(e.toString()));
    return messages;
  }

  @Test
  void theStandardInstanceIsSharedAndNullIsRefused() {
    assertSame(JSON, RequestJson.standard());
    assertThrows(NullPointerException.class, () -> RequestJson.of(null));
    assertThrows(NullPointerException.class, () -> JSON.readRequest((byte[]) null));
    assertThrows(NullPointerException.class, () -> JSON.writeRequest(null));
    assertThrows(NullPointerException.class, () -> new EvaluationRequest(null, List.of()));
    byte[] bytes = CLUSTER.getBytes(StandardCharsets.UTF_8);
    assertEquals(JSON.readRequest(CLUSTER).orElseThrow(), JSON.readRequest(bytes).orElseThrow());
  }

  @Test
  void everyMessageExistsInBothLanguages() {
    assertEquals(
        RequestJson.MESSAGES.keys(Locale.ENGLISH), RequestJson.MESSAGES.keys(Locale.FRENCH));
  }
}

package io.github.ptce.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.Validated;
import io.github.ptce.core.Violation;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.resources.Amount;
import io.github.ptce.core.stakeholder.SseStatus;
import io.github.ptce.core.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PtceJsonTest {
  private static final PtceJson JSON = PtceJson.standard();

  @Test
  void writesTheFormatFirstWithTwoSpacesAndAFinalLineEnd() {
    assertEquals(
        "{\n  \"format\": \"ptce-cluster/2\",\n  \"name\": \"PTCE minimal\"\n}\n",
        JSON.writeCluster(Fixtures.minimal()));
    assertEquals("ptce-cluster/2", PtceJson.CLUSTER_FORMAT);
    assertEquals(List.of("ptce-cluster/1", "ptce-cluster/2"), PtceJson.READABLE_FORMATS);
  }

  @Test
  void theFormatPropertyIsOptionalOnInput() {
    assertEquals(
        Fixtures.minimal(), JSON.readCluster("{\"name\": \"PTCE minimal\"}").orElseThrow());
    assertEquals(
        Fixtures.minimal(),
        JSON.readCluster("{\"name\": \"PTCE minimal\", \"format\": \"ptce-cluster/1\"}")
            .orElseThrow());
    assertEquals(
        List.of("$.format json.format"),
        codes(JSON.readCluster("{\"name\": \"P\", \"format\": 1}")));
  }

  @Test
  void defaultsAreNotWrittenAndAreReadBack() {
    Cluster cluster =
        Cluster.builder()
            .name("P")
            .addMember(
                Membership.builder()
                    .stakeholder(Fixtures.stakeholder("a").withSseStatus(SseStatus.unknown()))
                    .build())
            .build();
    String json = JSON.writeCluster(cluster);
    assertFalse(json.contains("\"role\""), json);
    assertFalse(json.contains("\"sseStatus\""), json);
    assertEquals(cluster, JSON.readCluster(json).orElseThrow());
  }

  @Test
  void numbersAreReadExactly() {
    Cluster cluster =
        JSON.readCluster(
                """
        {"name": "P", "coordination": {"staffFte": 0.10},
         "resources": [{"year": 2022.0, "sales": 1E+3, "inKind": 0.1, "reciprocity": 0.2}]}
        """)
            .orElseThrow();
    assertEquals(
        new BigDecimal("0.10"), cluster.coordination().orElseThrow().staffFte().orElseThrow());
    assertEquals(2022, cluster.resources().get(0).year());
    assertEquals(Amount.parse("1000"), cluster.resources().get(0).sales());
    assertEquals(
        Amount.parse("0.30"),
        cluster.resources().get(0).inKind().plus(cluster.resources().get(0).reciprocity()));
    assertEquals(
        List.of("$.resources[0].year json.expected.integer"),
        codes(JSON.readCluster("{\"name\": \"P\", \"resources\": [{\"year\": 2022.5}]}")));
  }

  @Test
  void readsEveryProblemOfTheDocumentInOnePass() {
    Validated<Cluster> result =
        JSON.readCluster(
            """
        {"nme": "P", "stage": "GROWTH", "members": [{"stakeholder": {"id": "a", "name": "A", "kind": "ENTREPRISE"},
         "role": "CARIER"}]}
        """);
    assertEquals(
        List.of(
            "$.members[0].role json.enum.hint",
            "$.members[0].stakeholder.kind json.enum.hint",
            "$.name json.missingProperty",
            "$.nme json.unknownProperty.hint",
            "$.stage json.enum"),
        codes(result));
    Violation hint = result.violations().get(1);
    assertEquals("ENTERPRISE", hint.arguments().get("hint"));
    assertTrue(hint.arguments().get("allowed").startsWith("ENTERPRISE, ENTERPRISE_GROUPING, "));
  }

  @Test
  void readingValidatesTheClusterAndTheFormatOnlyReadSaysSo() {
    // Well formed, but blank and naming a commune that does not exist: what an integrator's user
    // would send.
    String json = "{\"name\": \" \", \"perimeter\": {\"communes\": [\"06999\"]}}";
    assertEquals(
        List.of("$.name constraint.notBlank", "$.perimeter.communes commune.unknown.hint"),
        codes(JSON.readCluster(json)));
    assertEquals(
        codes(JSON.readCluster(json)),
        codes(JSON.readCluster(json.getBytes(StandardCharsets.UTF_8))));
    assertEquals(
        codes(JSON.readCluster(json)),
        codes(JSON.readCluster(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))));
    assertTrue(JSON.readClusterFormatOnly(json).result().isValid(), "the format alone is right");
    assertTrue(
        JSON.readClusterFormatOnly(json.getBytes(StandardCharsets.UTF_8)).result().isValid());
  }

  @Test
  void theFormatErrorsAndTheConstraintViolationsOfTheValidPartsComeInOneAnswer() {
    Validated<Cluster> result =
        JSON.readCluster(
            """
        {"name": "P", "stage": "?", "members": [{"stakeholder": {"id": "a", "name": " ", "kind": "ENTERPRISE"}}]}
        """);
    assertEquals(
        List.of("$.members[0].stakeholder.name constraint.notBlank", "$.stage json.enum"),
        codes(result));
  }

  @Test
  void theValidPartsOfAnInvalidDocumentAreKeptWithTheirPaths() {
    ParsedCluster parsed =
        JSON.readClusterFormatOnly(
            """
        {"name": "P", "stage": "?", "perimeter": {"communes": ["06069"]},
         "members": [{"stakeholder": {"id": "a", "name": "A", "kind": "ENTERPRISE"}},
                     {"stakeholder": {"id": "b", "name": "B", "kind": "?"}}]}
        """);
    assertFalse(parsed.result().isValid());
    assertEquals(
        List.of("$.perimeter", "$.members[0]"),
        parsed.validParts().stream().map(ParsedCluster.Part::path).toList());
    assertTrue(parsed.validParts().get(1).value() instanceof Membership);
    assertEquals(List.of(), JSON.readClusterFormatOnly("{\"name\": \"P\"}").validParts());
  }

  @Test
  void theDocumentSizeLimitAppliesToTextBytesAndStreams() {
    PtceJson small = PtceJson.standard().withLimits(JsonLimits.DEFAULT.withMaxDocumentBytes(30));
    String json = "{\"name\": \"" + "n".repeat(40) + "\"}";
    Violation expected = Violation.of("$", "json.limit.documentSize", Map.of("limit", "30"));
    assertEquals(List.of(expected), small.readCluster(json).violations());
    assertEquals(
        List.of(expected), small.readCluster(json.getBytes(StandardCharsets.UTF_8)).violations());
    assertEquals(
        List.of(expected),
        small
            .readCluster(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
            .violations());
    assertTrue(small.readCluster("{\"name\": \"P\"}").isValid());
    assertEquals(30, small.limits().maxDocumentBytes());
  }

  @Test
  void theStandardInstanceIsSharedAndLimitsAreRequired() {
    assertSame(JSON, PtceJson.standard());
    assertEquals(JsonLimits.DEFAULT, JSON.limits());
    assertThrows(NullPointerException.class, () -> PtceJson.standard().withLimits(null));
    assertThrows(NullPointerException.class, () -> JSON.readCluster((String) null));
  }

  @Test
  void limitsArePositiveAndNamed() {
    assertEquals(8L * 1024 * 1024, JsonLimits.DEFAULT.maxDocumentBytes());
    assertEquals(32, JsonLimits.DEFAULT.maxNestingDepth());
    assertEquals(10_000, JsonLimits.DEFAULT.maxStringLength());
    assertEquals(40, JsonLimits.DEFAULT.maxNumberLength());
    assertEquals(5_000, JsonLimits.DEFAULT.maxMembers());
    assertEquals(1_000, JsonLimits.DEFAULT.maxItems());
    assertEquals(3, JsonLimits.DEFAULT.withMaxMembers(3).maxMembers());
    assertEquals(JsonLimits.DEFAULT.maxItems(), JsonLimits.DEFAULT.withMaxMembers(3).maxItems());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> JsonLimits.DEFAULT.withMaxMembers(0));
    assertTrue(e.getMessage().contains("maxMembers"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new JsonLimits(1, 1, 1, 1, 1, -1));
    assertEquals(1_000, JsonLimits.DEFAULT.maxViolations());
    assertEquals(
        JsonLimits.DEFAULT_MAX_VIOLATIONS, new JsonLimits(1, 1, 1, 1, 1, 1).maxViolations());
    assertEquals(7, JsonLimits.DEFAULT.withMaxViolations(7).maxViolations());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> JsonLimits.DEFAULT.withMaxViolations(0))
            .getMessage()
            .contains("maxViolations"));
    assertEquals(1_000, JsonLimits.DEFAULT.maxNameLength());
    assertEquals(5, new JsonLimits(1, 1, 5, 1, 1, 1).maxNameLength());
  }

  private static List<String> codes(Validated<?> result) {
    return result.violations().stream().map(v -> v.path() + " " + v.code()).toList();
  }
}

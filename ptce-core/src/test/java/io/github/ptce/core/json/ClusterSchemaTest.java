package io.github.ptce.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ptce.core.testing.Fixtures;
import io.github.ptce.core.testing.PtceGenerators;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published JSON Schema is a valid 2020-12 schema and agrees with the reader and the writer.
 */
class ClusterSchemaTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema SCHEMA =
      REGISTRY.getSchema(PtceJson.clusterSchema(), InputFormat.JSON);

  static String completeExample() throws IOException {
    try (InputStream in =
        ClusterSchemaTest.class.getResourceAsStream("/examples/complete-cluster.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream()
        .map(Error::toString)
        .collect(Collectors.toList());
  }

  @Test
  void isJsonOfDraft202012() {
    JsonNode schema = JsonMapper.shared().readTree(PtceJson.clusterSchema());
    assertEquals(
        "https://json-schema.org/draft/2020-12/schema", schema.get("$schema").stringValue());
    assertEquals("#/$defs/Cluster", schema.get("$ref").stringValue());
    assertTrue(schema.get("$defs").has("Cluster") && schema.get("$defs").has("EsusAgreement"));
    assertTrue(PtceJson.clusterSchema().endsWith("}\n"));
  }

  @Test
  void isValidAgainstTheMetaSchema() {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    List<Error> errors = meta.validate(PtceJson.clusterSchema(), InputFormat.JSON);
    assertEquals(List.of(), errors);
    // The meta-schema really validates: a schema with a wrong keyword type is rejected.
    assertFalse(meta.validate("{\"type\": 12}", InputFormat.JSON).isEmpty());
  }

  @Test
  void theCompleteExampleIsValid() throws IOException {
    assertEquals(List.of(), errors(completeExample()));
    assertEquals(List.of(), errors("{\"name\": \"PTCE minimal\"}"));
  }

  @Test
  void writtenClustersAreValid() {
    qt().withFixedSeed(51L)
        .withExamples(100)
        .forAll(PtceGenerators.clusters())
        .checkAssert(
            cluster -> {
              String json = PtceJson.standard().writeCluster(cluster);
              assertEquals(List.of(), errors(json), json);
            });
    assertEquals(List.of(), errors(PtceJson.standard().writeCluster(Fixtures.complete())));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"name\": \"\"}",
        "{\"name\": \" \"}",
        "{\"name\": \"P\", \"colour\": \"green\"}",
        "{\"name\": \"P\", \"format\": \"ptce-cluster/3\"}",
        "{\"name\": \"P\", \"stage\": \"EMERGENC\"}",
        "{\"name\": \"P\", \"id\": \"-bad\"}",
        "{\"name\": \"P\", \"foundedOn\": \"15/03/2016\"}",
        "{\"name\": \"P\", \"perimeter\": {\"communes\": [\"2C001\"]}}",
        "{\"name\": \"P\", \"perimeter\": {\"communes\": [\"06069\", \"06069\"]}}",
        "{\"name\": \"P\", \"perimeter\": []}",
        "{\"name\": \"P\", \"members\": [{\"stakeholder\": {\"id\": \"a\", \"name\": \"A\"}}]}",
        "{\"name\": \"P\", \"members\": [{\"stakeholder\": {\"id\": \"a\", \"name\": \"A\", \"kind\": \"ENTERPRISE\", "
            + "\"employees\": -1}}]}",
        "{\"name\": \"P\", \"members\": [{\"stakeholder\": {\"id\": \"a\", \"name\": \"A\", \"kind\": \"ENTERPRISE\", "
            + "\"employees\": \"12\"}}]}",
        "{\"name\": \"P\", \"resources\": [{\"year\": 2022, \"sales\": -5}]}",
        "{\"name\": \"P\", \"resources\": [{\"year\": 1800}]}",
        "{\"name\": \"P\", \"projects\": [{\"title\": \"T\", \"localDevelopmentAims\": [\"\"]}]}"
      })
  void badDocumentsAreRejectedByTheSchemaToo(String json) {
    assertFalse(errors(json).isEmpty(), json);
    assertFalse(
        PtceJson.standard().readCluster(json).isValid(),
        "the reader must reject it as well: " + json);
  }
}

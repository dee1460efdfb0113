package io.github.ptce.rules.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.Overview;
import io.github.ptce.rules.SchemeCatalog;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas shipped with the renderers are valid draft 2020-12 schemas, every document the
 * renderers write in these tests validates against its schema, and documents that break the format
 * do not.
 */
class JsonSchemaTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH);

  private static Schema schema(String format) {
    return REGISTRY.getSchema(JsonFormats.schema(format), InputFormat.JSON);
  }

  private static void assertValid(Schema schema, String document, String what) {
    List<Error> errors = schema.validate(document, InputFormat.JSON);
    assertTrue(errors.isEmpty(), () -> what + " does not validate: " + errors);
  }

  private static void assertInvalid(Schema schema, JsonNode document, String what) {
    List<Error> errors = schema.validate(document);
    assertFalse(errors.isEmpty(), () -> what + " should not validate");
  }

  @Test
  void schemasAreValidDraft202012Schemas() {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (String format : JsonFormats.all()) {
      String schema = JsonFormats.schema(format);
      assertValid(meta, schema, "the schema of " + format);
      JsonNode node = MAPPER.readTree(schema);
      assertEquals("https://json-schema.org/draft/2020-12/schema", node.get("$schema").asString());
      assertEquals("urn:io.github.ptce:schema:" + format, node.get("$id").asString());
      assertEquals(format, node.get("properties").get("format").get("const").asString());
    }
  }

  /**
   * The definitions the three schemas share are written once in the report schema and copied as
   * they are.
   */
  @Test
  void sharedDefinitionsAreIdentical() {
    JsonNode report = MAPPER.readTree(JsonFormats.schema(JsonFormats.REPORT)).get("$defs");
    int shared = 0;
    for (String format : List.of(JsonFormats.OVERVIEW, JsonFormats.CATALOG)) {
      JsonNode defs = MAPPER.readTree(JsonFormats.schema(format)).get("$defs");
      for (Map.Entry<String, JsonNode> def : defs.properties()) {
        if (report.has(def.getKey())) {
          assertEquals(report.get(def.getKey()), def.getValue(), format + " $defs/" + def.getKey());
          shared++;
        }
      }
    }
    assertTrue(shared > 20, "shared definitions: " + shared);
  }

  @Test
  void everyReportValidates() {
    Schema schema = schema(JsonFormats.REPORT);
    Map<String, EligibilityReport> reports = Fixtures.reports();
    assertTrue(reports.size() >= 8);
    for (Map.Entry<String, EligibilityReport> report : reports.entrySet()) {
      for (Locale locale : LOCALES) {
        assertValid(
            schema,
            ReportRenderer.json().render(report.getValue(), locale),
            report.getKey() + " " + locale);
      }
    }
  }

  @Test
  void everyOverviewValidates() {
    Schema schema = schema(JsonFormats.OVERVIEW);
    for (Map.Entry<String, Overview> overview : Fixtures.overviews().entrySet()) {
      for (Locale locale : LOCALES) {
        assertValid(
            schema,
            ReportRenderer.json().render(overview.getValue(), locale),
            "overview " + overview.getKey() + " " + locale);
      }
    }
  }

  @Test
  void catalogueValidates() {
    Schema schema = schema(JsonFormats.CATALOG);
    for (SchemeCatalog catalog :
        List.of(SchemeCatalog.standard(), Fixtures.catalog(), SchemeCatalog.of(List.of()))) {
      for (Locale locale : LOCALES) {
        StringWriter out = new StringWriter();
        CatalogJson.write(catalog, locale, out);
        assertValid(schema, out.toString(), "catalogue of " + catalog.all().size() + " " + locale);
      }
    }
  }

  // ------------------------------------------------------------------------------------- mutations

  private static ObjectNode report() {
    return (ObjectNode)
        MAPPER.readTree(
            ReportRenderer.json().render(Fixtures.reports().get("tetris-assessed"), Locale.FRENCH));
  }

  private static ObjectNode firstScheme(ObjectNode report) {
    return (ObjectNode) report.get("schemes").get(0);
  }

  /** The first single criterion of the first scheme. */
  private static ObjectNode firstCriterion(ObjectNode report) {
    return (ObjectNode) firstScheme(report).get("criteria").get("all").get(0);
  }

  @Test
  void mutatedReportsDoNotValidate() {
    Schema schema = schema(JsonFormats.REPORT);
    assertValid(schema, report().toString(), "the unmutated report");
    Map<String, Consumer<ObjectNode>> mutations = new java.util.LinkedHashMap<>();
    mutations.put("without format", r -> r.remove("format"));
    mutations.put("another format", r -> r.put("format", "ptce-report/2"));
    mutations.put("a language that is not fr or en", r -> r.put("language", "de"));
    mutations.put("an unknown property", r -> r.put("score", 42));
    mutations.put("a date that is not ISO", r -> r.put("asOf", "15/01/2026"));
    mutations.put("a null cluster name", r -> ((ObjectNode) r.get("cluster")).putNull("name"));
    mutations.put(
        "a scheme outcome that does not exist", r -> firstScheme(r).put("outcome", "MAYBE"));
    mutations.put(
        "a scheme without legal bases",
        r -> firstScheme(r).set("legalBases", MAPPER.createArrayNode()));
    mutations.put(
        "a message without its text",
        r -> ((ObjectNode) firstScheme(r).get("reason")).remove("text"));
    mutations.put("a message given as a string", r -> firstScheme(r).put("reason", "Eligible."));
    mutations.put(
        "message arguments",
        r -> ((ObjectNode) firstScheme(r).get("reason")).putObject("arguments").put("count", "2"));
    mutations.put(
        "a group with both all and any",
        r -> ((ObjectNode) firstScheme(r).get("criteria")).set("any", MAPPER.createArrayNode()));
    mutations.put(
        "a group without parts", r -> ((ObjectNode) firstScheme(r).get("criteria")).remove("all"));
    mutations.put("a criterion without legal basis", r -> firstCriterion(r).remove("legalBasis"));
    mutations.put(
        "a criterion outcome of a scheme", r -> firstCriterion(r).put("outcome", "ELIGIBLE"));
    mutations.put(
        "a legal basis that is not a web address",
        r -> ((ObjectNode) r.get("legalTexts").get(0)).put("url", "javascript:alert(1)"));
    mutations.put(
        "a legal status that does not exist",
        r -> ((ObjectNode) r.get("legalTexts").get(0)).put("status", "RUMOUR"));
    mutations.put(
        "a legal text without its id", r -> ((ObjectNode) r.get("legalTexts").get(0)).remove("id"));
    mutations.put(
        "a criterion citing a text that is not an id",
        r -> firstCriterion(r).put("legalBasis", "Art. 9"));
    mutations.put(
        "a percentage above 100",
        r -> ((ObjectNode) r.get("decisionShares").get("percent")).put("automated", 101));
    mutations.put("a negative count", r -> ((ObjectNode) r.get("decisionShares")).put("total", -1));
    mutations.put(
        "a missing fact path that is not a JSON path",
        r -> ((ObjectNode) r.get("missingFacts").get(0)).put("path", "members[2]"));
    mutations.put(
        "an undecided assessment",
        r -> ((ObjectNode) r.get("assessments").get(0)).put("outcome", "UNKNOWN"));
    mutations.put("schemes as an object", r -> r.putObject("schemes"));
    for (Map.Entry<String, Consumer<ObjectNode>> mutation : mutations.entrySet()) {
      ObjectNode document = report();
      mutation.getValue().accept(document);
      assertInvalid(schema, document, "a report with " + mutation.getKey());
    }
  }

  @Test
  void mutatedOverviewsAndCataloguesDoNotValidate() {
    Schema overviewSchema = schema(JsonFormats.OVERVIEW);
    ObjectNode overview =
        (ObjectNode)
            MAPPER.readTree(
                ReportRenderer.json().render(Fixtures.overviews().get("tetris"), Locale.ENGLISH));
    assertValid(overviewSchema, overview.toString(), "the unmutated overview");
    assertInvalid(
        overviewSchema,
        overview.deepCopy().put("format", JsonFormats.REPORT),
        "an overview as a report");
    ObjectNode noWindow = overview.deepCopy();
    ((ObjectNode) noWindow.get("closed").get(0)).remove("validity");
    assertInvalid(overviewSchema, noWindow, "a closed scheme without its window");
    ObjectNode badRegion = overview.deepCopy();
    ((ArrayNode) badRegion.get("elsewhere").get(0).get("territory").get("regions"))
        .add("Hauts-de-France");
    assertInvalid(overviewSchema, badRegion, "a région given by name");

    Schema catalogSchema = schema(JsonFormats.CATALOG);
    StringWriter out = new StringWriter();
    CatalogJson.write(SchemeCatalog.standard(), Locale.ENGLISH, out);
    ObjectNode catalog = (ObjectNode) MAPPER.readTree(out.toString());
    ObjectNode noSubject = catalog.deepCopy();
    ((ObjectNode) noSubject.get("schemes").get(0)).remove("subject");
    assertInvalid(catalogSchema, noSubject, "a scheme without subject");
    ObjectNode withOutcome = catalog.deepCopy();
    ((ObjectNode) withOutcome.get("schemes").get(0).get("criteria")).put("outcome", "MET");
    assertInvalid(catalogSchema, withOutcome, "a catalogue criteria tree with an outcome");
    ObjectNode noBasis = catalog.deepCopy();
    ArrayNode parts = (ArrayNode) noBasis.get("schemes").get(0).get("criteria").get("all");
    ((ObjectNode) parts.get(0)).set("legalBases", MAPPER.createArrayNode());
    assertInvalid(catalogSchema, noBasis, "a criterion without any legal basis");
  }

  @Test
  void noDocumentHasNullValues() {
    List<String> documents = new ArrayList<>();
    for (EligibilityReport report : Fixtures.reports().values()) {
      documents.add(ReportRenderer.json().render(report, Locale.ENGLISH));
    }
    for (Overview overview : Fixtures.overviews().values()) {
      documents.add(ReportRenderer.json().render(overview, Locale.FRENCH));
    }
    StringWriter catalog = new StringWriter();
    CatalogJson.write(Fixtures.catalog(), Locale.ENGLISH, catalog);
    documents.add(catalog.toString());
    for (String document : documents) {
      assertNoNull(MAPPER.readTree(document), "$");
    }
  }

  private static void assertNoNull(JsonNode node, String path) {
    assertFalse(node.isNull(), path + " is null");
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        assertNoNull(property.getValue(), path + "." + property.getKey());
      }
    } else if (node.isArray()) {
      Iterator<JsonNode> items = node.iterator();
      for (int i = 0; items.hasNext(); i++) {
        assertNoNull(items.next(), path + "[" + i + "]");
      }
    }
  }

  @Test
  void schemaOfAnUnknownFormatIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> JsonFormats.schema("ptce-report/9"));
    assertTrue(
        e.getMessage().contains("ptce-report/1, ptce-overview/1, ptce-schemes/1"), e.getMessage());
    assertEquals(
        "io/github/ptce/rules/render/ptce-schemes-1.schema.json",
        JsonFormats.schemaResource("ptce-schemes/1"));
    assertEquals(EligibilityReport.FORMAT, JsonFormats.REPORT);
  }
}

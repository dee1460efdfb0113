package io.github.ptce.registers.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.stakeholder.LegalForm;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.registers.RegisterLookup;
import io.github.ptce.registers.SyntheticSirene;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The enrichment report as text and as JSON ({@code ptce-enrichment/1}): the JSON validates against
 * its schema in both languages, the same report gives the same bytes, and a document that breaks
 * the format does not validate.
 */
class EnrichmentFormatsTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir static Path temp;

  static EnrichmentReport report;

  @BeforeAll
  static void enrich() throws Exception {
    Path dir = Files.createDirectory(temp.resolve("sirene"));
    SyntheticSirene.writeParquet(dir, true);
    try (RegisterLookup sirene =
        RegisterLookup.sireneStock(dir).extractDate(LocalDate.of(2026, 10, 31)).threads(1).open()) {
      Cluster cluster =
          Cluster.builder()
              .from(EnricherTest.bare())
              .addMembers(
                  Membership.builder()
                      .stakeholder(
                          EnricherTest.member("scic-sarl", StakeholderKind.ENTERPRISE, null)
                              .siret(
                                  io.github.ptce.core.id.Siret.parse(
                                      SyntheticSirene.siret(SyntheticSirene.SCIC, "0001")))
                              .legalForm(LegalForm.parse("SARL"))
                              .build())
                      .build())
              .build();
      report = Enricher.of(sirene).enrich(cluster).report();
    }
  }

  @AfterAll
  static void forget() {
    report = null;
  }

  static String json(Locale locale) {
    StringWriter out = new StringWriter();
    EnrichmentFormats.json(report, locale, out);
    return out.toString();
  }

  @Test
  void theSchemaIsAValidDraft202012SchemaOfTheFormat() {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    List<Error> errors = meta.validate(EnrichmentFormats.schema(), InputFormat.JSON);
    assertEquals(List.of(), errors);
    JsonNode schema = MAPPER.readTree(EnrichmentFormats.schema());
    assertEquals(
        "urn:io.github.ptce:schema:" + EnrichmentFormats.FORMAT, schema.get("$id").asString());
    assertEquals(
        EnrichmentFormats.FORMAT, schema.get("properties").get("format").get("const").asString());
  }

  @Test
  void theJsonValidatesInBothLanguagesAndIsTheSameEveryTime() {
    Schema schema = REGISTRY.getSchema(EnrichmentFormats.schema(), InputFormat.JSON);
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      String document = json(locale);
      assertEquals(List.of(), schema.validate(document, InputFormat.JSON), document);
      assertEquals(document, json(locale));
      JsonNode root = MAPPER.readTree(document);
      assertEquals(locale.getLanguage(), root.get("language").asString());
      assertEquals(report.entries().size(), root.get("entries").size());
      assertEquals(report.sources().size(), root.get("sources").size());
    }
    JsonNode root = MAPPER.readTree(json(Locale.ENGLISH));
    JsonNode first = root.get("entries").get(0);
    assertEquals("FILLED", first.get("status").asString());
    assertEquals("1", first.get("source").asString());
    assertEquals("2026-10-31", first.get("date").asString());
    assertEquals("SIRENE_STOCK", root.get("sources").get(0).get("kind").asString());
    assertEquals("DECLARED", root.get("sources").get(0).get("dateBasis").asString());
    boolean refusal = false;
    for (JsonNode entry : root.get("entries")) {
      refusal |=
          entry.has("refusal")
              && entry
                  .get("refusal")
                  .get("code")
                  .asString()
                  .equals("stakeholder.legalFormMismatch");
    }
    assertTrue(
        refusal, "the SARL declared against the register's SCIC category is a refused value");
  }

  @Test
  void aDocumentThatBreaksTheFormatDoesNotValidate() {
    Schema schema = REGISTRY.getSchema(EnrichmentFormats.schema(), InputFormat.JSON);
    ObjectNode wrongStatus = (ObjectNode) MAPPER.readTree(json(Locale.ENGLISH));
    ((ObjectNode) wrongStatus.get("entries").get(0)).put("status", "GUESSED");
    assertFalse(schema.validate(wrongStatus).isEmpty());
    ObjectNode noMessage = (ObjectNode) MAPPER.readTree(json(Locale.ENGLISH));
    ((ObjectNode) noMessage.get("entries").get(0)).remove("message");
    assertFalse(schema.validate(noMessage).isEmpty());
    ObjectNode extra = (ObjectNode) MAPPER.readTree(json(Locale.ENGLISH));
    extra.put("guess", true);
    assertFalse(schema.validate(extra).isEmpty());
  }

  @Test
  void theTextIsATableWithTheSourcesAndASentenceForWhatIsNotFilled() {
    StringWriter en = new StringWriter();
    EnrichmentFormats.text(report, Locale.ENGLISH, en);
    String text = en.toString();
    assertTrue(text.startsWith("Facts from the registers\n"), text);
    assertTrue(
        text.contains(
            "[1] INSEE, Sirene register, file StockUniteLegale_utf8.parquet, extract of 2026-10-31"),
        text);
    assertTrue(
        text.matches(
            "(?s).*\\nasso +filled +legalCategory +9220 +categorieJuridiqueUniteLegale +\\[1]\\n.*"),
        text);
    assertTrue(
        text.contains("ABSENTE (synthétique): " + SyntheticSirene.ABSENT + " is not in INSEE"),
        text);
    assertTrue(text.contains("ceasedBy"), text);
    StringWriter fr = new StringWriter();
    EnrichmentFormats.text(report, Locale.FRENCH, fr);
    assertTrue(fr.toString().startsWith("Faits repris des registres\n"), fr.toString());
    assertTrue(fr.toString().contains(" repris "), fr.toString());
    assertTrue(fr.toString().contains("Remarques :"), fr.toString());
    assertFalse(text.contains("{"), "every placeholder is replaced: " + text);
    assertFalse(fr.toString().contains("{"), "every placeholder is replaced: " + fr);
  }
}

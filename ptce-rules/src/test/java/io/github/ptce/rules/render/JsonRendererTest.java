package io.github.ptce.rules.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.internal.JsonOutput;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.SchemeCatalog;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/** The content of the JSON formats, beyond what the schemas check. */
class JsonRendererTest {
  /** Reads numbers as written: 30000.00 stays 30000.00. */
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private static JsonNode json(String name, Locale locale) {
    return MAPPER.readTree(ReportRenderer.json().render(Fixtures.reports().get(name), locale));
  }

  private static JsonNode scheme(JsonNode report, String id, String member) {
    for (JsonNode scheme : report.get("schemes")) {
      if (scheme.get("id").asString().equals(id)
          && (member == null
              ? !scheme.has("subject")
              : scheme.path("subject").path("id").asString().equals(member))) {
        return scheme;
      }
    }
    throw new AssertionError("no " + id + " " + member);
  }

  @Test
  void header() {
    EligibilityReport report = Fixtures.reports().get("tetris-strict-2014");
    JsonNode json = MAPPER.readTree(ReportRenderer.json().render(report, Locale.FRANCE));
    List<String> names = new ArrayList<>();
    json.propertyNames().forEach(names::add);
    assertEquals(
        List.of(
            "format",
            "language",
            "cluster",
            "asOf",
            "rulesVersion",
            "geographyVersion",
            "options",
            "schemes",
            "missingFacts",
            "assessments",
            "assumptions",
            "legalTexts",
            "decisionShares"),
        names);
    assertEquals("ptce-report/1", json.get("format").asString());
    assertEquals("fr", json.get("language").asString());
    assertEquals("tetris", json.get("cluster").get("id").asString());
    assertEquals("Pôle TETRIS", json.get("cluster").get("name").asString());
    assertEquals("2014-09-01", json.get("asOf").asString());
    assertEquals(report.rulesVersion(), json.get("rulesVersion").asString());
    assertEquals(report.geographyVersion(), json.get("geographyVersion").asString());
    assertEquals(2, json.get("options").get("minimumSseEnterprises").asInt());
    assertFalse(
        json("minimal", Locale.ENGLISH).get("cluster").has("id"), "an absent id is left out");
  }

  @Test
  void messagesAreCodeAndTextInTheLanguageAskedFor() {
    JsonNode english = json("tetris", Locale.ENGLISH);
    JsonNode french = json("tetris", Locale.FRENCH);
    JsonNode reasonEn = scheme(english, "fr.law.2014-856.art9", null).get("reason");
    JsonNode reasonFr = scheme(french, "fr.law.2014-856.art9", null).get("reason");
    assertEquals("scheme.undetermined", reasonEn.get("code").asString());
    assertEquals(reasonEn.get("code"), reasonFr.get("code"));
    assertEquals(
        "Undetermined: no criterion fails, but criteria still to decide: 2 (see the missing facts).",
        reasonEn.get("text").asString());
    assertTrue(
        reasonFr.get("text").asString().startsWith("Indéterminé : aucun critère n'échoue"),
        reasonFr.toString());
    List<String> names = new ArrayList<>();
    reasonEn.propertyNames().forEach(names::add);
    assertEquals(List.of("code", "text"), names, "arguments are not written");
  }

  @Test
  void criteriaTreeAndPerMemberSubjects() {
    JsonNode report = json("tetris-assessed", Locale.ENGLISH);
    JsonNode art1 = scheme(report, "fr.law.2014-856.art1", "sas");
    assertEquals("Une SAS", art1.get("subject").get("name").asString());
    assertEquals("$.members[2]", art1.get("subject").get("path").asString());
    JsonNode tree = art1.get("criteria");
    assertEquals(List.of("outcome", "all"), names(tree));
    JsonNode any = tree.get("all").get(1);
    assertEquals(List.of("outcome", "any"), names(any));
    JsonNode company = any.get("any").get(1).get("all").get(0);
    assertEquals("fr.law.2014-856.art1.ii-2.commercial-company", company.get("id").asString());
    assertEquals("NOT_MET", company.get("outcome").asString());
    assertEquals("ASSESSED", company.get("decidedBy").asString());
    assertEquals("Expert-comptable", company.get("assessment").get("assessor").asString());
    assertEquals("sas", company.get("assessment").get("member").asString());
    assertEquals(
        List.of(
            "id",
            "kind",
            "title",
            "counts",
            "outcome",
            "decidedBy",
            "reason",
            "members",
            "missingFacts",
            "assumptions",
            "assessment",
            "legalBasis"),
        names(company));

    JsonNode art9 = scheme(report, "fr.law.2014-856.art9", null);
    assertFalse(art9.has("subject"));
    JsonNode partners = art9.get("criteria").get("all").get(3);
    assertEquals("fr.law.2014-856.art9.i.partners", partners.get("id").asString());
    assertFalse(partners.get("counts").asBoolean(), "informative");
    JsonNode territory = art9.get("criteria").get("all").get(0);
    assertTrue(territory.has("observed"));
    assertFalse(territory.has("remediation"), "absent optional values are left out");
    assertTrue(territory.get("missingFacts").isArray(), "lists are always written");
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }

  @Test
  void missingFactsGrantsAndShares() {
    EligibilityReport report = Fixtures.reports().get("tetris");
    JsonNode json = json("tetris", Locale.ENGLISH);
    assertEquals(report.missingFacts().size(), json.get("missingFacts").size());
    JsonNode first = json.get("missingFacts").get(0);
    assertEquals(report.missingFacts().get(0).fact().path(), first.get("path").asString());
    assertEquals(report.missingFacts().get(0).outcomes(), first.get("outcomes").asInt());
    assertEquals(report.missingFacts().get(0).criteria().size(), first.get("criteria").size());

    JsonNode support = scheme(json, "test.region93.support", null);
    assertEquals(
        List.of("amount", "durationMonths", "financial", "description"),
        names(support.get("grant")));
    assertEquals("30000.00", support.get("grant").get("amount").decimalValue().toPlainString());
    assertEquals(24, support.get("grant").get("durationMonths").asInt());
    assertTrue(support.get("grant").get("financial").asBoolean());

    JsonNode shares = json.get("decisionShares");
    int sum = 0;
    for (String kind : List.of("automated", "declared", "assessed", "undetermined")) {
      sum += shares.get("percent").get(kind).asInt();
    }
    assertEquals(100, sum);
    assertEquals(report.decisionShares().total(), shares.get("total").asInt());
    JsonNode none = json("nothing", Locale.ENGLISH).get("decisionShares");
    assertEquals(0, none.get("total").asInt());
    assertEquals(0, none.get("percent").get("automated").asInt());

    JsonNode notApplicable =
        scheme(json("large-not-applicable", Locale.ENGLISH), "test.closed.call", null);
    assertEquals("NOT_APPLICABLE", notApplicable.get("outcome").asString());
    assertFalse(notApplicable.has("criteria"), "no criteria when the scheme did not apply at all");
  }

  @Test
  void theHouseStyle() {
    String json = ReportRenderer.json().render(Fixtures.reports().get("minimal"), Locale.ENGLISH);
    assertTrue(
        json.startsWith("{\n  \"format\": \"ptce-report/1\",\n  \"language\": \"en\",\n"), json);
    assertTrue(json.contains("\"assessments\": [],"), json);
    // The same pretty printer as the rest of ptce: a tree written with JsonOutput gives the same
    // bytes.
    StringWriter again = new StringWriter();
    try (JsonGenerator generator = JsonOutput.pretty(again)) {
      MAPPER.writeTree(generator, MAPPER.readTree(json));
    }
    assertEquals(json, again + "\n");
  }

  @Test
  void theCompactFormIsTheSameDocumentOnOneLine() {
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      for (Map.Entry<String, EligibilityReport> report : Fixtures.reports().entrySet()) {
        assertSameDocumentOnOneLine(
            ReportRenderer.json().render(report.getValue(), locale),
            ReportRenderer.compactJson().render(report.getValue(), locale),
            report.getKey() + " " + locale);
      }
      for (Map.Entry<String, io.github.ptce.rules.Overview> overview :
          Fixtures.overviews().entrySet()) {
        assertSameDocumentOnOneLine(
            ReportRenderer.json().render(overview.getValue(), locale),
            ReportRenderer.compactJson().render(overview.getValue(), locale),
            overview.getKey() + " " + locale);
      }
    }
    assertEquals("json", ReportRenderer.compactJson().format());
    assertEquals(ReportRenderer.json().mediaType(), ReportRenderer.compactJson().mediaType());
    assertFalse(
        ReportRenderer.all().contains(ReportRenderer.compactJson()),
        "all() has one renderer per format");
  }

  private static void assertSameDocumentOnOneLine(String pretty, String compact, String where) {
    assertEquals(MAPPER.readTree(pretty), MAPPER.readTree(compact), where);
    assertEquals(
        compact.length() - 1, compact.indexOf('\n'), where + ": one line, then a line end");
    // Messages have their own spaces and quotes ("entreprises": …); only the text between tokens
    // counts.
    String tokens = emptyStrings(compact.strip());
    assertFalse(
        tokens.chars().anyMatch(Character::isWhitespace),
        where + ": no white space between tokens");
    assertEquals(
        emptyStrings(pretty.strip()).replaceAll("\\s", ""),
        tokens,
        where + ": the same tokens in the same order");
  }

  /**
   * The JSON text with every string literal emptied, so that only the text between tokens is left.
   */
  private static String emptyStrings(String json) {
    return json.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
  }

  @Test
  void catalogue() {
    StringWriter out = new StringWriter();
    CatalogJson.write(SchemeCatalog.standard(), Locale.FRENCH, out);
    JsonNode catalog = MAPPER.readTree(out.toString());
    assertEquals("ptce-schemes/1", catalog.get("format").asString());
    assertEquals("fr", catalog.get("language").asString());
    assertEquals(SchemeCatalog.standard().all().size(), catalog.get("schemes").size());
    JsonNode art1 = null;
    for (JsonNode scheme : catalog.get("schemes")) {
      if (scheme.get("id").asString().equals("fr.law.2014-856.art1")) {
        art1 = scheme;
      }
    }
    assertTrue(art1 != null, "the catalogue lists fr.law.2014-856.art1");
    assertEquals("MEMBER", art1.get("subject").asString());
    assertTrue(art1.get("territory").get("national").asBoolean());
    assertEquals("2014-08-02", art1.get("validity").get("from").asString());
    assertFalse(art1.get("validity").has("to"));
    JsonNode any = art1.get("criteria").get("all").get(1).get("any");
    JsonNode socialUtility = any.get(1).get("all").get(1);
    assertEquals("fr.law.2014-856.art2.social-utility", socialUtility.get("id").asString());
    assertEquals(List.of("2014-08-02", "2019-05-24"), versions(socialUtility));
    JsonNode esus = any.get(2);
    assertEquals(List.of("2014-08-02", "2025-01-01"), versions(esus));
    assertEquals(List.of("2014-08-02"), versions(any.get(0)));

    StringWriter fixtures = new StringWriter();
    CatalogJson.write(Fixtures.catalog(), Locale.ENGLISH, fixtures);
    JsonNode support = null;
    for (JsonNode scheme : MAPPER.readTree(fixtures.toString()).get("schemes")) {
      if (scheme.get("id").asString().equals("test.region93.support")) {
        support = scheme;
      }
    }
    assertEquals("[\"93\"]", support.get("territory").get("regions").toString());
    assertEquals("2026-12-31", support.get("validity").get("to").asString());
    assertEquals("SECONDARY", support.get("legalBasis").get("status").asString());
    assertEquals(
        "Read in one secondary source only.",
        support.get("legalBasis").get("note").get("text").asString());
  }

  private static List<String> versions(JsonNode criterion) {
    List<String> dates = new ArrayList<>();
    criterion.get("legalBases").forEach(b -> dates.add(b.get("versionDate").asString()));
    return dates;
  }

  @Test
  void everyLegalTextIsWrittenOnceAndEveryReferenceResolves() {
    for (Map.Entry<String, EligibilityReport> entry : Fixtures.reports().entrySet()) {
      JsonNode report =
          MAPPER.readTree(ReportRenderer.json().render(entry.getValue(), Locale.ENGLISH));
      java.util.Set<String> ids = new java.util.LinkedHashSet<>();
      java.util.Set<String> citations = new java.util.HashSet<>();
      int n = 0;
      for (JsonNode text : report.get("legalTexts")) {
        assertEquals(
            "L" + ++n, text.get("id").asString(), entry.getKey() + ": ids in order of first use");
        ids.add(text.get("id").asString());
        citations.add(text.toString().replace(text.get("id").toString(), ""));
      }
      assertEquals(ids.size(), citations.size(), entry.getKey() + ": a text is written once");
      java.util.List<String> references = new java.util.ArrayList<>();
      report
          .get("schemes")
          .forEach(
              scheme -> {
                scheme.get("legalBases").forEach(id -> references.add(id.asString()));
                if (scheme.has("criteria")) {
                  collectReferences(scheme.get("criteria"), references);
                }
              });
      for (String reference : references) {
        assertTrue(
            ids.contains(reference),
            entry.getKey() + ": " + reference + " is not one of the legal texts");
      }
    }
  }

  private static void collectReferences(JsonNode node, java.util.List<String> out) {
    for (String group : List.of("all", "any")) {
      if (node.has(group)) {
        node.get(group).forEach(part -> collectReferences(part, out));
        return;
      }
    }
    out.add(node.get("legalBasis").asString());
  }

  @Test
  void aLargeReportStaysSmall() {
    EligibilityReport large = Fixtures.engine().evaluate(Fixtures.large(), Fixtures.AS_OF);
    int members = Fixtures.large().members().size();
    int bytes =
        ReportRenderer.json()
            .render(large, Locale.ENGLISH)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8)
            .length;
    // Each legal text is written once, with its source: what grows with the members is their own
    // results, not
    // citations.
    assertTrue(bytes / members < 13_000, bytes + " bytes for " + members + " members");
  }

  @Test
  void anOverviewWithoutPerimeterListsTheTerritorialSchemesApart() {
    // Issue 13, item 5: without a perimeter, the regional and departmental schemes are undetermined
    // on territory.
    JsonNode minimal =
        JsonMapper.shared()
            .readTree(
                ReportRenderer.json().render(Fixtures.overviews().get("minimal"), Locale.ENGLISH));
    List<String> unknown = new ArrayList<>();
    minimal.get("territoryUnknown").forEach(s -> unknown.add(s.get("id").stringValue()));
    assertTrue(unknown.contains("fr.region.hauts-de-france.cote"), unknown::toString);
    minimal
        .get("applicable")
        .forEach(s -> assertFalse(unknown.contains(s.get("id").stringValue()), s::toString));
    JsonNode tetris =
        JsonMapper.shared()
            .readTree(
                ReportRenderer.json().render(Fixtures.overviews().get("tetris"), Locale.ENGLISH));
    assertEquals(0, tetris.get("territoryUnknown").size(), "the cluster has a perimeter");
  }
}

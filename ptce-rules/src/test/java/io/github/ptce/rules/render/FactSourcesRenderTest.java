package io.github.ptce.rules.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.json.PtceJson;
import io.github.ptce.rules.Assessment;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.Outcome;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports name where the facts that decided a criterion come from: the sources the members it names
 * list (here a Sirene stock file, as {@code ptce enrich} records it), in every format and language;
 * none for a criterion still unknown or decided by an assessment.
 */
class FactSourcesRenderTest {
  static final String REGISTER = "INSEE, Sirene: StockUniteLegale_utf8.zip, 2026-10-31 (synthetic)";
  static final String SIRENE =
      "https://www.data.gouv.fr/fr/datasets/"
          + "base-sirene-des-entreprises-et-de-leurs-etablissements-siren-siret/";

  /**
   * Two member enterprises in Antibes: an association whose facts come from the register, and a SAS
   * without.
   */
  static Cluster sourced() {
    return sourced("");
  }

  /** The same, the SAS with more properties (its sources, say). */
  static Cluster sourced(String sas) {
    return PtceJson.standard()
        .readCluster(
            """
        {
          "name": "Pôle (synthétique)",
          "perimeter": {"communes": ["06004"]},
          "members": [
            {"stakeholder": {"id": "asso", "name": "Association (synthétique)", "kind": "ENTERPRISE",
              "legalCategory": "9220", "location": "06004", "sources": [
                {"kind": "REGISTER", "title": "%s", "url": "%s", "readOn": "2026-10-31",
                 "facts": ["legalCategory", "location"]},
                {"kind": "PUBLISHED", "url": "https://example.org/synthetique", "readOn": "2026-03"}]}},
            {"stakeholder": {"id": "sas", "name": "SAS (synthétique)", "kind": "ENTERPRISE", "legalCategory": "5710",
              "location": "06004"%s}}
          ]
        }
        """
                .formatted(REGISTER, SIRENE, sas))
        .orElseThrow();
  }

  static EligibilityReport report(List<Assessment> assessments) {
    return Fixtures.engine()
        .evaluate(
            sourced(), LocalDate.of(2026, 11, 15), List.of("fr.law.2014-856.art9"), assessments);
  }

  static String render(ReportRenderer renderer, EligibilityReport report, Locale locale) {
    StringWriter out = new StringWriter();
    renderer.render(report, locale, out);
    return out.toString();
  }

  @Test
  void theTextReportNamesTheRegisterBesideTheCriteriaItDecided() {
    String en = render(ReportRenderer.text(), report(List.of()), Locale.ENGLISH);
    // The SSE enterprises are decided from the association's facts, and name it: its sources are
    // cited.
    String line =
        "Facts from: "
            + REGISTER
            + " (official register, read on 2026-10-31); https://example.org/"
            + "synthetique (published, read in March 2026)";
    assertEquals(1, count(en.replaceAll("\\s+", " "), line), en);
    String fr = render(ReportRenderer.text(), report(List.of()), Locale.FRENCH);
    assertTrue(
        fr.replaceAll("\\s+", " ")
            .contains(
                "Faits tirés de\u00a0: " + REGISTER + " (registre officiel, lu le 2026-10-31)"),
        fr);
  }

  @Test
  void markdownAndHtmlLinkTheSource() {
    String markdown = render(ReportRenderer.markdown(), report(List.of()), Locale.ENGLISH);
    // The title escaped for Markdown (its underscores), the address as the link's target.
    assertTrue(
        markdown.contains(
            "Facts from: [INSEE, Sirene: StockUniteLegale\\_utf8.zip, 2026-10-31 (synthetic)]("
                + SIRENE
                + ")"),
        markdown);
    String html = render(ReportRenderer.html(), report(List.of()), Locale.ENGLISH);
    assertTrue(
        html.contains("<a href=\"" + SIRENE + "\" class=\"cite\">" + REGISTER + "</a>"), html);
  }

  @Test
  void jsonGivesEachSourceOnceWithTheMembersThatCiteIt() {
    JsonNode criteria =
        JsonMapper.builder()
            .build()
            .readTree(render(ReportRenderer.json(), report(List.of()), Locale.ENGLISH))
            .get("schemes")
            .get(0)
            .get("criteria")
            .get("all");
    JsonNode sse = find(criteria, "fr.law.2014-856.art9.i.sse-enterprises");
    assertEquals("MET", sse.get("outcome").asString());
    JsonNode sources = sse.get("factSources");
    assertEquals(2, sources.size(), sources::toString);
    assertEquals("REGISTER", sources.get(0).get("kind").asString());
    assertEquals(REGISTER, sources.get(0).get("title").asString());
    assertEquals(SIRENE, sources.get(0).get("url").asString());
    assertEquals("2026-10-31", sources.get(0).get("readOn").asString());
    assertEquals("[\"asso\"]", sources.get(0).get("members").toString());
    assertEquals("2026-03", sources.get(1).get("readOn").asString());
    assertFalse(sources.get(1).has("title"));
    // Unknown: no fact decided it.
    assertFalse(find(criteria, "fr.law.2014-856.art9.i.common-strategy").has("factSources"));
  }

  @Test
  void anAssessedCriterionRestsOnItsAssessorNotOnTheMembersSources() {
    // Art. 1 per member: the SAS is a private-law person by its category (from its source), and a
    // person
    // assessed whether it pursues a social utility.
    Cluster cluster =
        sourced(", \"sources\": [{\"kind\": \"REGISTER\", \"title\": \"" + REGISTER + "\"}]");
    Assessment assessed =
        Assessment.builder()
            .criterionId("fr.law.2014-856.art1.ii-2.commercial-company")
            .member("sas")
            .outcome(Outcome.NOT_MET)
            .assessor("Expert-comptable (synthétique)")
            .date(LocalDate.of(2026, 11, 1))
            .build();
    EligibilityReport report =
        Fixtures.engine()
            .evaluate(
                cluster,
                LocalDate.of(2026, 11, 15),
                List.of("fr.law.2014-856.art1"),
                List.of(assessed));
    String json = render(ReportRenderer.json(), report, Locale.ENGLISH);
    JsonNode schemes = JsonMapper.builder().build().readTree(json).get("schemes");
    JsonNode sas = null;
    for (JsonNode scheme : schemes) {
      if (scheme.has("subject") && scheme.get("subject").get("id").asString().equals("sas")) {
        sas = scheme.get("criteria").get("all");
      }
    }
    assertTrue(sas != null, json);
    JsonNode commercial = find(sas, "fr.law.2014-856.art1.ii-2.commercial-company");
    assertEquals("ASSESSED", commercial.get("decidedBy").asString(), commercial::toString);
    assertFalse(commercial.has("factSources"), commercial::toString);
    JsonNode privateLaw = find(sas, "fr.law.2014-856.art1.i.private-law-person");
    assertEquals("MET", privateLaw.get("outcome").asString(), privateLaw::toString);
    assertEquals("[\"sas\"]", privateLaw.get("factSources").get(0).get("members").toString(), json);
  }

  private static JsonNode find(JsonNode criteria, String id) {
    for (JsonNode node : criteria) {
      if (node.has("id") && node.get("id").asString().equals(id)) {
        return node;
      }
      if (node.has("all") || node.has("any")) {
        JsonNode found = find(node.has("all") ? node.get("all") : node.get("any"), id);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}

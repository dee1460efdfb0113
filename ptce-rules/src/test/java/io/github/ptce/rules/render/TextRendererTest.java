package io.github.ptce.rules.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.RankedMissingFact;
import io.github.ptce.rules.SchemeReport;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The text and Markdown reports say everything in the language asked for, and nothing is left
 * unreplaced.
 */
class TextRendererTest {
  private static final List<ReportRenderer> HUMAN =
      List.of(ReportRenderer.text(), ReportRenderer.markdown());

  /** The reports whose input has no braces: nothing in their output may look like a placeholder. */
  private static Map<String, EligibilityReport> plainReports() {
    Map<String, EligibilityReport> reports = new java.util.LinkedHashMap<>(Fixtures.reports());
    reports.remove("hostile");
    return reports;
  }

  @Test
  void outcomeWordsInTheLanguageAskedFor() {
    EligibilityReport report = Fixtures.reports().get("tetris");
    for (ReportRenderer renderer : HUMAN) {
      String english = renderer.render(report, Locale.ENGLISH);
      String french = renderer.render(report, Locale.FRENCH);
      for (String word :
          List.of(
              "✔ ELIGIBLE",
              "✘ NOT ELIGIBLE",
              "? UNDETERMINED",
              "✔ met",
              "? unknown",
              "Missing facts",
              "What to do",
              "Legal texts applied")) {
        assertTrue(english.contains(word), renderer.format() + " English: " + word);
      }
      for (String word :
          List.of(
              "✔ ÉLIGIBLE",
              "✘ NON ÉLIGIBLE",
              "? INDÉTERMINÉ",
              "✔ rempli",
              "? indéterminé",
              "Faits manquants",
              "Que faire",
              "Textes appliqués",
              "SOURCE SECONDAIRE")) {
        assertTrue(french.contains(word), renderer.format() + " French: " + word);
      }
      assertFalse(
          french.contains("Missing facts") || french.contains("UNDETERMINED"), renderer.format());
      assertFalse(
          english.contains("ÉLIGIBLE") || english.contains("Faits manquants"), renderer.format());
    }
    String notApplicable =
        ReportRenderer.text().render(Fixtures.reports().get("large-not-applicable"), Locale.FRENCH);
    assertTrue(notApplicable.contains("– SANS OBJET"), notApplicable);
  }

  @Test
  void everyMissingFactPathIsShown() {
    for (Map.Entry<String, EligibilityReport> report : Fixtures.reports().entrySet()) {
      for (ReportRenderer renderer : HUMAN) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
          String out = renderer.render(report.getValue(), locale);
          for (RankedMissingFact fact : report.getValue().missingFacts()) {
            assertTrue(
                out.contains(fact.fact().path()),
                report.getKey() + " " + renderer.format() + " " + fact.fact().path());
          }
          for (SchemeReport scheme : report.getValue().schemes()) {
            for (RankedMissingFact fact : scheme.missingFacts()) {
              assertTrue(out.contains(fact.fact().path()), fact.fact().path());
            }
          }
        }
      }
    }
    assertFalse(Fixtures.reports().get("tetris").missingFacts().isEmpty());
  }

  @Test
  void noPlaceholderLeft() {
    for (Map.Entry<String, EligibilityReport> report : plainReports().entrySet()) {
      for (ReportRenderer renderer : ReportRenderer.all()) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
          String out = renderer.render(report.getValue(), locale);
          String text =
              renderer == ReportRenderer.html()
                  ? out.substring(out.indexOf("</style>"))
                  : renderer == ReportRenderer.json()
                      ? strings(JsonMapper.builder().build().readTree(out))
                      : out;
          assertFalse(
              text.contains("{"),
              report.getKey()
                  + " "
                  + renderer.format()
                  + " "
                  + locale
                  + ": "
                  + excerpt(text, text.indexOf('{')));
        }
      }
    }
  }

  /** Every string value of a JSON document, one per line. */
  private static String strings(JsonNode node) {
    StringBuilder out = new StringBuilder();
    if (node.isString()) {
      out.append(node.asString()).append('\n');
    }
    for (JsonNode child : node) {
      out.append(strings(child));
    }
    return out.toString();
  }

  private static String excerpt(String text, int at) {
    return at < 0 ? "" : text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60));
  }

  @Test
  void argumentsFromTheInputAreNotInterpreted() {
    String out = ReportRenderer.text().render(Fixtures.reports().get("hostile"), Locale.ENGLISH);
    assertTrue(out.contains("{name} ${x} #{y} <b>bold</b>"), out);
    assertTrue(out.contains("{count} & <i>aims</i>"), out);
  }

  @Test
  void linesFitInAHundredColumnsButForAPathWithoutControlCharacters() {
    for (Map.Entry<String, EligibilityReport> report : Fixtures.reports().entrySet()) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
        String out = ReportRenderer.text().render(report.getValue(), locale);
        for (String line : out.split("\n", -1)) {
          // A JSON path is never cut, so that it can be copied: only a line made of one path may be
          // wider.
          assertTrue(
              line.codePointCount(0, line.length()) <= 100
                  || line.strip().matches("(- |[0-9]+\\. )?\\$\\.assessments\\[\\S+\\]"),
              report.getKey() + ": " + line);
          assertFalse(line.endsWith(" "), "trailing space: " + line);
          for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            assertFalse(
                Character.isISOControl(c), report.getKey() + " control character in " + line);
          }
        }
      }
    }
  }

  @Test
  void hostileNamesAreShortenedAndCleaned() {
    String out = ReportRenderer.text().render(Fixtures.reports().get("hostile"), Locale.ENGLISH);
    assertFalse(out.contains("\u001b"));
    // The heading shows the name cut at 60 characters by Texts.quoteInput.
    String first = out.substring(0, out.indexOf('\n'));
    assertTrue(first.endsWith("…"), first);
    // Its line break did not start a new line of the report.
    assertFalse(out.contains("\nnext"), out);
  }

  @Test
  void perMemberSchemesAreOneTable() {
    EligibilityReport report = Fixtures.reports().get("large");
    long members = report.schemes().stream().filter(s -> s.subject().isPresent()).count();
    assertTrue(members >= 10, "members: " + members);
    String text = ReportRenderer.text().render(report, Locale.ENGLISH);
    assertEquals(
        1,
        count(text, "Enterprise of the social and solidarity economy (Art. 1 of the 2014 law)\n"));
    assertTrue(text.contains("evaluated per member (" + members + ")"), text);
    for (SchemeReport scheme : report.schemes()) {
      scheme.subject().ifPresent(s -> assertTrue(text.contains(s.name()), s.name()));
    }
    String markdown = ReportRenderer.markdown().render(report, Locale.FRENCH);
    assertTrue(markdown.contains("| Membre | Résultat | Motif |\n| --- | --- | --- |\n"), markdown);
    assertTrue(markdown.contains("| Coopérative n° 1 | **✔ ÉLIGIBLE** |"), markdown);
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  @Test
  void markdownEscapesUserText() {
    String md = ReportRenderer.markdown().render(Fixtures.reports().get("hostile"), Locale.ENGLISH);
    assertFalse(md.replace("\\<", "").contains("<"), "raw markup");
    assertTrue(
        md.contains(
            "\\<script\\>alert('x')\\</script\\> \\& \"Co\" \\| \\*bold\\* \\_it\\_ \\[a\\](b)"),
        md);
    assertTrue(md.contains("A \\& B \\<SAS\\>"), md);
    // Each row of the member table has exactly four unescaped pipes.
    for (String line : md.split("\n")) {
      if (line.startsWith("| ") && !line.startsWith("| ---")) {
        assertEquals(4, line.replace("\\|", "").chars().filter(c -> c == '|').count(), line);
      }
    }
  }

  @Test
  void markdownStructure() {
    String md = ReportRenderer.markdown().render(Fixtures.reports().get("tetris"), Locale.ENGLISH);
    assertTrue(md.startsWith("# PTCE eligibility report — Pôle TETRIS\n\n"), md);
    assertTrue(
        md.contains(
            "\n## Territorial cluster for economic cooperation (Art. 9 I of the 2014 law)\n"),
        md);
    assertTrue(
        md.contains(
            "\n### Criteria\n\n- ? unknown — all of:\n  - ✔ met — **On one and the same territory** · "
                + "`fr.law.2014-856.art9.i.same-territory`\\\n"),
        md);
    assertTrue(md.contains("\n1. `$.members[2].stakeholder.sseStatus`\\\n"), md);
    assertTrue(
        md.contains(
            "[https://www.legifrance.gouv.fr/loda/id/JORFTEXT000029313296]"
                + "(https://www.legifrance.gouv.fr/loda/id/JORFTEXT000029313296)"),
        md);
    assertTrue(md.contains("**Resource mix 2024**"), md);
  }

  @Test
  void textStructure() {
    String text =
        ReportRenderer.text().render(Fixtures.reports().get("tetris-assessed"), Locale.FRENCH);
    assertTrue(text.startsWith("Rapport d'éligibilité PTCE — Pôle TETRIS\n═══"), text);
    assertTrue(text.contains("\nDate d'évaluation         2026-01-15\n"), text);
    assertTrue(text.contains("\nÉvaluations fournies\n"), text);
    String flat = text.replaceAll("\\s+", " ");
    assertTrue(flat.contains("✔ rempli — Porteurs d'un développement local durable"), flat);
    assertTrue(
        flat.contains(
            "Jugé rempli par CRESS Sud, chargée de mission <b>&</b> le 2025-12-01. "
                + "Projets ancrés localement ; emplois non délocalisables."),
        flat);
  }
}

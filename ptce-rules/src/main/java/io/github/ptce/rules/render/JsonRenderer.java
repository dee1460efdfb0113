package io.github.ptce.rules.render;

import io.github.ptce.core.internal.JsonOutput;
import io.github.ptce.rules.Assessment;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.EvaluationOptions;
import io.github.ptce.rules.Overview;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeReport;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * The versioned JSON formats {@code ptce-report/1} and {@code ptce-overview/1}, in the house output
 * style ({@link JsonOutput}) or compact, on one line; see {@link JsonFormats} for the conventions
 * and the schemas.
 */
final class JsonRenderer implements ReportRenderer {
  static final JsonRenderer INSTANCE = new JsonRenderer(false);
  static final JsonRenderer COMPACT = new JsonRenderer(true);

  private final boolean compact;

  private JsonRenderer(boolean compact) {
    this.compact = compact;
  }

  private static JsonGenerator generator(Writer out, boolean compact) {
    return compact ? JsonOutput.compact(out) : JsonOutput.pretty(out);
  }

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public String fileExtension() {
    return "json";
  }

  @Override
  public void render(EligibilityReport report, Locale locale, Writer out) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    Words w = Words.of(locale);
    JsonParts.writing(
        out,
        () -> {
          try (JsonGenerator g = generator(out, compact)) {
            g.writeStartObject();
            JsonParts.head(g, JsonFormats.REPORT, w);
            JsonParts.cluster(g, report.cluster());
            JsonParts.date(g, "asOf", report.asOf());
            versions(g, report.rulesVersion(), report.geographyVersion(), report.options());
            LegalTexts texts = LegalTexts.of(report.schemes());
            schemeReports(
                g, "schemes", report.schemes(), w, texts, FactSources.of(report.cluster()));
            JsonParts.rankedFacts(g, "missingFacts", report.missingFacts(), w);
            g.writeArrayPropertyStart("assessments");
            for (Assessment assessment : report.assessments()) {
              JsonParts.assessment(g, assessment);
            }
            g.writeEndArray();
            JsonParts.messages(g, "assumptions", report.assumptions(), w);
            JsonParts.legalTexts(g, texts, w);
            JsonParts.decisionShares(g, report.decisionShares());
            g.writeEndObject();
          }
        });
  }

  @Override
  public void render(Overview overview, Locale locale, Writer out) {
    Objects.requireNonNull(overview, "overview");
    Objects.requireNonNull(out, "out");
    Words w = Words.of(locale);
    JsonParts.writing(
        out,
        () -> {
          try (JsonGenerator g = generator(out, compact)) {
            g.writeStartObject();
            JsonParts.head(g, JsonFormats.OVERVIEW, w);
            JsonParts.cluster(g, overview.cluster());
            JsonParts.date(g, "asOf", overview.asOf());
            versions(g, overview.rulesVersion(), overview.geographyVersion(), overview.options());
            List<SchemeReport> reported = new java.util.ArrayList<>(overview.definitions());
            reported.addAll(overview.applicable());
            LegalTexts texts = LegalTexts.of(reported);
            FactSources sources = FactSources.of(overview.cluster());
            schemeReports(g, "definitions", overview.definitions(), w, texts, sources);
            schemeReports(g, "applicable", overview.applicable(), w, texts, sources);
            listings(g, "closed", overview.closed(), w);
            listings(g, "upcoming", overview.upcoming(), w);
            listings(g, "elsewhere", overview.elsewhere(), w);
            listings(g, "territoryUnknown", overview.territoryUnknown(), w);
            JsonParts.legalTexts(g, texts, w);
            g.writeEndObject();
          }
        });
  }

  /** What produced the document: the rules, the geography and the reading of Art. 9 I. */
  private static void versions(
      JsonGenerator g, String rulesVersion, String geographyVersion, EvaluationOptions options) {
    g.writeStringProperty("rulesVersion", rulesVersion);
    g.writeStringProperty("geographyVersion", geographyVersion);
    g.writeObjectPropertyStart("options");
    g.writeNumberProperty("minimumSseEnterprises", options.minimumSseEnterprises());
    g.writeEndObject();
  }

  private static void schemeReports(
      JsonGenerator g,
      String name,
      List<SchemeReport> reports,
      Words w,
      LegalTexts texts,
      FactSources sources) {
    g.writeArrayPropertyStart(name);
    for (SchemeReport report : reports) {
      JsonParts.schemeReport(g, report, w, texts, sources);
    }
    g.writeEndArray();
  }

  private static void listings(JsonGenerator g, String name, List<Scheme> schemes, Words w) {
    g.writeArrayPropertyStart(name);
    for (Scheme scheme : schemes) {
      JsonParts.schemeListing(g, scheme, w);
    }
    g.writeEndArray();
  }
}

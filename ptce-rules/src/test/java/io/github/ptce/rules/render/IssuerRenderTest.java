package io.github.ptce.rules.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.rules.CriterionNode;
import io.github.ptce.rules.EligibilityEngine;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.EvaluationOptions;
import io.github.ptce.rules.Issuer;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeCatalog;
import io.github.ptce.rules.SchemeKind;
import io.github.ptce.rules.Validity;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scheme of an issuer the bundled schemes do not have (a foundation, with its name) is reported
 * with its kind and name, in text and in the JSON formats, which their schemas accept.
 */
class IssuerRenderTest {
  static final String ID = "test.foundation.grant";
  static final Message NAME = Message.of(Fixtures.TEST_BUNDLE, "test.foundation.issuer", Map.of());
  static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  static void assertValid(String format, String document) {
    List<Error> errors =
        SCHEMAS
            .getSchema(JsonFormats.schema(format), InputFormat.JSON)
            .validate(document, InputFormat.JSON);
    assertTrue(errors.isEmpty(), () -> format + ": " + errors);
  }

  static Scheme scheme() {
    return Scheme.builder()
        .id(ID)
        .version("0.1.0")
        .title(Message.of(Fixtures.TEST_BUNDLE, "test.region93.support.title", Map.of()))
        .summary(Message.of(Fixtures.TEST_BUNDLE, "test.region93.support.summary", Map.of()))
        .kind(SchemeKind.SUPPORT)
        .issuer(Issuer.of(Issuer.Kind.FOUNDATION, NAME))
        .validity(Validity.from(LocalDate.of(2025, 1, 1)))
        .criteria(CriterionNode.allOf(CriterionNode.of(new Fixtures.Carrier())))
        .legalBasis(Fixtures.testSchemes().get(0).legalBasis())
        .build();
  }

  static EligibilityReport report() {
    EligibilityEngine engine =
        EligibilityEngine.of(
            SchemeCatalog.of(List.of(scheme())), Geography.bundled(), EvaluationOptions.LITERAL);
    return engine.evaluate(Fixtures.tetris(), Fixtures.AS_OF, ID);
  }

  @Test
  void theJsonReportGivesTheKindAndTheName() {
    String json = ReportRenderer.json().render(report(), Locale.FRENCH);
    assertValid(JsonFormats.REPORT, json);
    JsonNode scheme = JsonMapper.shared().readTree(json).get("schemes").get(0);
    assertEquals("FOUNDATION", scheme.get("issuer").stringValue());
    assertEquals("test.foundation.issuer", scheme.get("issuerName").get("code").stringValue());
    assertEquals("Fondation Exemple (test)", scheme.get("issuerName").get("text").stringValue());
  }

  @Test
  void aSchemeWithoutANameHasNoIssuerName() {
    String json =
        ReportRenderer.json().render(Fixtures.reports().get("tetris-assessed"), Locale.ENGLISH);
    JsonNode scheme = JsonMapper.shared().readTree(json).get("schemes").get(0);
    assertTrue(scheme.has("issuer"));
    assertFalse(scheme.has("issuerName"));
  }

  @Test
  void theCatalogueGivesTheKindAndTheName() {
    StringWriter out = new StringWriter();
    CatalogJson.write(SchemeCatalog.of(List.of(scheme())), Locale.ENGLISH, out);
    assertValid(JsonFormats.CATALOG, out.toString());
    JsonNode scheme = JsonMapper.shared().readTree(out.toString()).get("schemes").get(0);
    assertEquals("FOUNDATION", scheme.get("issuer").stringValue());
    assertEquals("Example Foundation (test)", scheme.get("issuerName").get("text").stringValue());
  }

  @Test
  void theTextReportsNameTheKindThenTheIssuer() {
    assertTrue(
        ReportRenderer.text()
            .render(report(), Locale.ENGLISH)
            .contains(
                ID + " · version 0.1.0 · support scheme · foundation: Example Foundation (test)"));
    assertTrue(
        ReportRenderer.text()
            .render(report(), Locale.FRENCH)
            .contains("fondation\u00a0: Fondation Exemple (test)"));
    assertTrue(
        ReportRenderer.markdown()
            .render(report(), Locale.ENGLISH)
            .contains("foundation: Example Foundation"));
  }
}

package io.github.ptce.rules.render;

import io.github.ptce.core.internal.JsonOutput;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeCatalog;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a scheme catalogue as JSON, format {@value JsonFormats#CATALOG}: every scheme with its id,
 * version, title, summary, kind, issuer, subject, territory, validity, grant, legal basis, and its
 * criteria tree with each criterion's id, kind, whether an assessment may decide it, title,
 * validity and every version of its legal basis.
 *
 * <pre>{@code
 * {
 *   "format": "ptce-schemes/1",
 *   "language": "en",
 *   "schemes": [
 *     {
 *       "id": "fr.law.2014-856.art9",
 *       "version": "1.0.0",
 *       "title": {"code": "fr.law.2014-856.art9.title", "text": "Territorial cluster …"},
 *       …
 *       "criteria": {"all": [{"id": "fr.law.2014-856.art9.i.same-territory", "kind": "AUTOMATED",
 *           "acceptsAssessment": false, …}]}
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>A catalogue has no evaluation date, so a criterion whose text changed lists each version in
 * {@code "legalBases"}, oldest first. See {@link JsonFormats} for the conventions and the schema.
 * Stateless and thread-safe.
 */
public final class CatalogJson {
  private CatalogJson() {}

  /**
   * Writes the catalogue.
   *
   * @param catalog the schemes
   * @param locale French for a French locale, English otherwise
   * @param out where to write; flushed, not closed
   * @throws java.io.UncheckedIOException if the writer fails
   */
  public static void write(SchemeCatalog catalog, Locale locale, Writer out) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(out, "out");
    Words w = Words.of(locale);
    JsonParts.writing(
        out,
        () -> {
          try (JsonGenerator g = JsonOutput.pretty(out)) {
            g.writeStartObject();
            JsonParts.head(g, JsonFormats.CATALOG, w);
            g.writeArrayPropertyStart("schemes");
            for (Scheme scheme : catalog.all()) {
              JsonParts.catalogScheme(g, scheme, w);
            }
            g.writeEndArray();
            g.writeEndObject();
          }
        });
  }
}

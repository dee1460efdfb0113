package io.github.ptce.examples;

import io.github.ptce.registers.enrich.EnrichmentFormats;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.Overview;
import io.github.ptce.rules.SchemeCatalog;
import io.github.ptce.rules.render.CatalogJson;
import io.github.ptce.rules.render.JsonFormats;
import io.github.ptce.rules.render.ReportRenderer;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where the tool and the service call the library's renderers ({@code
 * io.github.ptce.rules.render}): reports, overviews, the scheme catalogue, and the JSON Schemas of
 * the report formats. Nothing here renders anything itself.
 */
public final class Rendering {
  /** The formats of reports, as {@code --format} and {@code ?format=} name them. */
  public static final List<String> FORMATS = List.of("text", "md", "html", "json");

  /** The JSON formats by the short name the HTTP service serves their schema under. */
  private static final Map<String, String> SCHEMAS =
      Map.of(
          "report", JsonFormats.REPORT,
          "overview", JsonFormats.OVERVIEW,
          "schemes", JsonFormats.CATALOG);

  private Rendering() {}

  /**
   * Returns whether a format is known.
   *
   * @param format a format name
   * @return true for {@code text}, {@code md}, {@code html} and {@code json}
   */
  public static boolean isFormat(String format) {
    return FORMATS.contains(format);
  }

  private static ReportRenderer renderer(String format) {
    return ReportRenderer.forFormat(format);
  }

  /**
   * Returns the media type of a format, for an HTTP response.
   *
   * @param format a known format
   * @return the media type with its charset, which is always UTF-8
   */
  public static String mediaType(String format) {
    String type = renderer(format).mediaType();
    // The library's JSON type names no charset (RFC 8259 defines none: JSON is UTF-8), but every
    // other
    // answer of the service declares one, and clients that decode text by the header need it.
    return type.contains("charset=") ? type : type + "; charset=utf-8";
  }

  /**
   * Returns the usual file extension of a format.
   *
   * @param format a known format
   * @return the extension, without the dot
   */
  public static String fileExtension(String format) {
    return renderer(format).fileExtension();
  }

  /**
   * Writes a report.
   *
   * @param report the report
   * @param format a known format
   * @param locale the language
   * @param out where to write
   */
  public static void render(EligibilityReport report, String format, Locale locale, Writer out) {
    renderer(format).render(report, locale, out);
  }

  /**
   * Writes an overview.
   *
   * @param overview the overview
   * @param format a known format
   * @param locale the language
   * @param out where to write
   */
  public static void render(Overview overview, String format, Locale locale, Writer out) {
    renderer(format).render(overview, locale, out);
  }

  /**
   * Writes a catalogue of schemes as JSON ({@code ptce-schemes/1}).
   *
   * @param catalog the schemes
   * @param locale the language
   * @param out where to write
   */
  public static void catalogJson(SchemeCatalog catalog, Locale locale, Writer out) {
    CatalogJson.write(catalog, locale, out);
  }

  /**
   * Returns the JSON Schema of a format of the renderers.
   *
   * @param name {@code report}, {@code overview}, {@code schemes}, or {@code enrichment} (the
   *     report of {@code ptce enrich} and {@code POST /v1/enrich}, {@code ptce-enrichment/1})
   * @return the schema document, empty if unknown
   */
  public static Optional<String> schema(String name) {
    if (name.equals("enrichment")) {
      return Optional.of(EnrichmentFormats.schema());
    }
    String format = SCHEMAS.get(name);
    return format == null ? Optional.empty() : Optional.of(JsonFormats.schema(format));
  }
}

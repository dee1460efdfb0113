package io.github.ptce.rules.render;

import io.github.ptce.core.internal.Texts;
import io.github.ptce.rules.EligibilityReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The versioned JSON formats written by {@link ReportRenderer#json()} and {@link CatalogJson}, and
 * their JSON Schemas (draft 2020-12), shipped as resources next to this class.
 *
 * <table>
 *   <caption>Formats</caption>
 *   <tr><th scope="col">format</th><th scope="col">written by</th><th scope="col">schema resource</th></tr>
 *   <tr><td>{@value #REPORT}</td><td>{@code ReportRenderer.json().render(EligibilityReport, …)}</td>
 *       <td>{@code io/github/ptce/rules/render/ptce-report-1.schema.json}</td></tr>
 *   <tr><td>{@value #OVERVIEW}</td><td>{@code ReportRenderer.json().render(Overview, …)}</td>
 *       <td>{@code io/github/ptce/rules/render/ptce-overview-1.schema.json}</td></tr>
 *   <tr><td>{@value #CATALOG}</td><td>{@link CatalogJson#write}</td>
 *       <td>{@code io/github/ptce/rules/render/ptce-schemes-1.schema.json}</td></tr>
 * </table>
 *
 * <p>Conventions shared by the three formats:
 *
 * <ul>
 *   <li>The document is an object whose first properties are {@code "format"} (one of the ids
 *       above) and {@code "language"} ({@code "fr"} or {@code "en"}, the language of every {@code
 *       "text"}).
 *   <li>The same input gives the same bytes: properties in a fixed order, lists in the order of the
 *       report, two-space indentation, {@code \n} line ends, a final line end; nothing depends on
 *       the default locale, the time zone or the clock.
 *   <li>An absent optional value is left out, never written as {@code null}; a list is always
 *       written, possibly empty.
 *   <li>Enums are written by name ({@code "ELIGIBLE"}, {@code "MET"}, {@code "AUTOMATED"}, …);
 *       dates as {@code yyyy-MM-dd}; amounts as numbers of euros with two decimals.
 *   <li>Every text a person reads is a message {@code {"code": "scheme.undetermined", "text":
 *       "…"}}: the {@code code} is the stable message key (for a criterion's reason, its reason
 *       code), the {@code text} is rendered in the document's language. The placeholder values are
 *       <em>not</em> written: they are already in the text, their names are not part of any
 *       contract, and a client who needs the other language asks for the document in that language.
 *   <li>A criteria tree is a group {@code {"outcome": …, "all": [ … ]}} or {@code {"outcome": …,
 *       "any": [ … ]}} or a single criterion {@code {"id": …, "kind": …, "title": …, "counts": …,
 *       "outcome": …, …}}; {@code "counts": false} marks an informative criterion, which does not
 *       count in the outcome.
 *   <li>A JSON path in {@code "path"} points into the cluster document ({@code
 *       $.members[2].stakeholder}), or is {@code $.assessments[?(@.criterionId=='<criterion id>')]}
 *       for a judgement only a person can give.
 * </ul>
 *
 * <p>A compatible change (a new optional property, a new enum constant) keeps the format id; any
 * other change gives a new one ({@code ptce-report/2}).
 */
public final class JsonFormats {
  /** The format of an {@link EligibilityReport}: {@value}. */
  public static final String REPORT = EligibilityReport.FORMAT;

  /** The format of an {@link io.github.ptce.rules.Overview}: {@value}. */
  public static final String OVERVIEW = "ptce-overview/1";

  /** The format of a scheme catalogue: {@value}. */
  public static final String CATALOG = "ptce-schemes/1";

  private static final List<String> ALL = List.of(REPORT, OVERVIEW, CATALOG);

  private JsonFormats() {}

  /**
   * Returns the format ids.
   *
   * @return {@value #REPORT}, {@value #OVERVIEW} and {@value #CATALOG}
   */
  public static List<String> all() {
    return ALL;
  }

  /**
   * Returns the resource path of the JSON Schema of a format.
   *
   * @param format a format id, e.g. {@value #REPORT}
   * @return e.g. {@code io/github/ptce/rules/render/ptce-report-1.schema.json}
   * @throws IllegalArgumentException if the format is not one of {@link #all()}
   */
  public static String schemaResource(String format) {
    Objects.requireNonNull(format, "format");
    if (!ALL.contains(format)) {
      throw new IllegalArgumentException(
          "unknown JSON format \""
              + Texts.quoteInput(format)
              + "\"; the formats are "
              + String.join(", ", ALL));
    }
    return "io/github/ptce/rules/render/" + format.replace('/', '-') + ".schema.json";
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of a format.
   *
   * @param format a format id, e.g. {@value #REPORT}
   * @return the schema document
   * @throws IllegalArgumentException if the format is not one of {@link #all()}
   */
  public static String schema(String format) {
    String resource = schemaResource(format);
    // Through the class, not its class loader: in the named module io.github.ptce.rules a class
    // loader finds nothing
    // in a package that is not opened, while the module's own classes read its resources.
    try (InputStream in = JsonFormats.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}

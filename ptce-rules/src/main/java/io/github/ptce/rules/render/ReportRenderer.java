package io.github.ptce.rules.render;

import io.github.ptce.core.internal.Texts;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.Overview;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes an {@link EligibilityReport} or an {@link Overview} for people or programs, in French or
 * English.
 *
 * <ul>
 *   <li>{@link #text()}: plain UTF-8 text for terminals, at most 100 columns, no colour codes;
 *   <li>{@link #markdown()}: GitHub-flavoured Markdown;
 *   <li>{@link #html()}: one self-contained, accessible, printable HTML file;
 *   <li>{@link #json()}: the versioned formats {@value JsonFormats#REPORT} and {@value
 *       JsonFormats#OVERVIEW} (see {@link JsonFormats}).
 * </ul>
 *
 * <pre>{@code
 * EligibilityReport report = EligibilityEngine.standard().evaluate(cluster, LocalDate.of(2026, 1, 15));
 * String text = ReportRenderer.text().render(report, Locale.FRENCH);
 * ReportRenderer.forFormat("html").render(report, Locale.ENGLISH, writer);
 * }</pre>
 *
 * <p>The language is French for a French locale ({@code fr}, {@code fr_FR}, {@code fr_CA}, …) and
 * English for any other; nothing reads the JVM's default locale, time zone or clock, dates are
 * written {@code yyyy-MM-dd} and lines end with {@code \n}, so the same report gives the same bytes
 * anywhere. Every text that comes from the user or from a message is escaped for the format.
 *
 * <p>Implementations are immutable, stateless and thread-safe.
 */
public interface ReportRenderer {

  /**
   * Returns the renderer of plain text for terminals.
   *
   * @return the text renderer, format {@code text}
   */
  static ReportRenderer text() {
    return TextRenderer.INSTANCE;
  }

  /**
   * Returns the renderer of GitHub-flavoured Markdown.
   *
   * @return the Markdown renderer, format {@code md}
   */
  static ReportRenderer markdown() {
    return MarkdownRenderer.INSTANCE;
  }

  /**
   * Returns the renderer of self-contained HTML.
   *
   * @return the HTML renderer, format {@code html}
   */
  static ReportRenderer html() {
    return HtmlRenderer.INSTANCE;
  }

  /**
   * Returns the renderer of the versioned JSON formats.
   *
   * @return the JSON renderer, format {@code json}
   */
  static ReportRenderer json() {
    return JsonRenderer.INSTANCE;
  }

  /**
   * Returns a renderer of the same JSON documents as {@link #json()}, with no indentation or line
   * end inside a document and one line end after it: a sequence of reports written with it is a
   * JSON Lines file. About a third smaller and a quarter faster to write than the indented form,
   * for batches and services whose reader is a program. Its format name is {@code json} too, and it
   * is not one of {@link #all()}.
   *
   * @return the compact JSON renderer, format {@code json}
   */
  static ReportRenderer compactJson() {
    return JsonRenderer.COMPACT;
  }

  /**
   * Returns the renderers, in the order text, Markdown, HTML, JSON.
   *
   * @return the four renderers
   */
  static List<ReportRenderer> all() {
    return List.of(text(), markdown(), html(), json());
  }

  /**
   * Returns the renderer of a format.
   *
   * @param format {@code text}, {@code md}, {@code html} or {@code json}
   * @return the renderer
   * @throws IllegalArgumentException for any other value, naming the allowed ones
   */
  static ReportRenderer forFormat(String format) {
    Objects.requireNonNull(format, "format");
    for (ReportRenderer renderer : all()) {
      if (renderer.format().equals(format)) {
        return renderer;
      }
    }
    throw new IllegalArgumentException(
        "unknown report format \""
            + Texts.quoteInput(format)
            + "\"; the formats are text, md, html, json");
  }

  /**
   * Returns the name of the format.
   *
   * @return {@code text}, {@code md}, {@code html} or {@code json}
   */
  String format();

  /**
   * Returns the media type of what the renderer writes, for an HTTP {@code Content-Type}.
   *
   * @return e.g. {@code text/html; charset=utf-8}
   */
  String mediaType();

  /**
   * Returns the usual file name extension, without the dot.
   *
   * @return {@code txt}, {@code md}, {@code html} or {@code json}
   */
  String fileExtension();

  /**
   * Writes a report.
   *
   * @param report the report
   * @param locale French for a French locale, English otherwise
   * @param out where to write; flushed, not closed
   * @throws java.io.UncheckedIOException if the writer fails
   */
  void render(EligibilityReport report, Locale locale, Writer out);

  /**
   * Returns a report as a string.
   *
   * @param report the report
   * @param locale French for a French locale, English otherwise
   * @return the document
   */
  default String render(EligibilityReport report, Locale locale) {
    StringWriter out = new StringWriter(8192);
    render(report, locale, out);
    return out.toString();
  }

  /**
   * Writes an overview: the schemes open now for the cluster's territory with their outcome, grant
   * and first missing facts; the legal definitions' outcomes; the schemes closed, upcoming or for
   * another territory; and, for a cluster without a perimeter, apart, the regional and departmental
   * schemes, undetermined on territory.
   *
   * @param overview the overview
   * @param locale French for a French locale, English otherwise
   * @param out where to write; flushed, not closed
   * @throws java.io.UncheckedIOException if the writer fails
   */
  void render(Overview overview, Locale locale, Writer out);

  /**
   * Returns an overview as a string.
   *
   * @param overview the overview
   * @param locale French for a French locale, English otherwise
   * @return the document
   */
  default String render(Overview overview, Locale locale) {
    StringWriter out = new StringWriter(4096);
    render(overview, locale, out);
    return out.toString();
  }
}

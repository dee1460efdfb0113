package io.github.ptce.registers.enrich;

import io.github.ptce.core.internal.JsonOutput;
import io.github.ptce.registers.RegisterSource;
import io.github.ptce.registers.internal.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * Writes an {@link EnrichmentReport} as a text table or as JSON ({@value #FORMAT}), in French or
 * English, and gives the JSON Schema of that format.
 *
 * <p>The JSON follows the conventions of ptce's other formats ({@code ptce-report/1}): an object
 * whose first properties are {@code "format"} and {@code "language"}; properties in a fixed order,
 * two-space indentation, {@code \n} line ends; an absent value left out, a list always written;
 * enums by name, dates as {@code yyyy-MM-dd}; every text a person reads as {@code {"code": …,
 * "text": …}}. The sources consulted are listed once, by id, and each entry names its own. A
 * compatible change (a new optional property, a new status) keeps the format id; any other gives a
 * new one.
 *
 * <p>Stateless and thread-safe.
 */
public final class EnrichmentFormats {
  /** The format of the JSON: {@value}. */
  public static final String FORMAT = "ptce-enrichment/1";

  /** The resource of its JSON Schema (draft 2020-12). */
  public static final String SCHEMA_RESOURCE =
      "io/github/ptce/registers/enrich/ptce-enrichment-1.schema.json";

  private EnrichmentFormats() {}

  /**
   * Returns the JSON Schema of {@value #FORMAT}.
   *
   * @return the schema document
   */
  public static String schema() {
    // Through the class, not a class loader: on the module path only this module may read its
    // package.
    try (InputStream in = EnrichmentFormats.class.getResourceAsStream("/" + SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
    }
  }

  /**
   * Writes the report as JSON ({@value #FORMAT}).
   *
   * @param report the report
   * @param locale the language of the texts: French, or English for any other
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void json(EnrichmentReport report, Locale locale, Writer out) {
    Objects.requireNonNull(report, "report");
    Locale language = language(locale);
    Map<RegisterSource, String> ids = ids(report);
    try (JsonGenerator g = JsonOutput.pretty(Objects.requireNonNull(out, "out"))) {
      g.writeStartObject();
      g.writeStringProperty("format", FORMAT);
      g.writeStringProperty("language", language.getLanguage());
      g.writeBooleanProperty("complete", report.complete());
      g.writeObjectPropertyStart("counts");
      report.counts().forEach((status, count) -> g.writeNumberProperty(status.name(), count));
      g.writeEndObject();
      g.writeArrayPropertyStart("sources");
      for (Map.Entry<RegisterSource, String> source : ids.entrySet()) {
        source(g, source.getValue(), source.getKey(), language);
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("entries");
      for (EnrichmentEntry entry : report.entries()) {
        entry(g, entry, ids, language);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    try {
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void source(JsonGenerator g, String id, RegisterSource source, Locale locale) {
    g.writeStartObject();
    g.writeStringProperty("id", id);
    g.writeStringProperty("kind", source.kind().name());
    g.writeStringProperty("name", source.name());
    g.writeStringProperty("date", source.date().toString());
    source.extractDateBasis().ifPresent(b -> g.writeStringProperty("dateBasis", b.name()));
    source.retrievedAt().ifPresent(t -> g.writeStringProperty("retrievedAt", t.toString()));
    g.writeBooleanProperty("fromCache", source.fromCache());
    g.writeStringProperty("citation", source.citation(locale));
    g.writeEndObject();
  }

  private static void entry(
      JsonGenerator g, EnrichmentEntry entry, Map<RegisterSource, String> ids, Locale locale) {
    g.writeStartObject();
    g.writeStringProperty("status", entry.status().name());
    g.writeStringProperty("member", entry.member());
    g.writeStringProperty("memberName", entry.memberName());
    entry.identifier().ifPresent(v -> g.writeStringProperty("identifier", v));
    entry.fact().ifPresent(v -> g.writeStringProperty("fact", v));
    entry.value().ifPresent(v -> g.writeStringProperty("value", v));
    entry.declared().ifPresent(v -> g.writeStringProperty("declared", v));
    entry.field().ifPresent(v -> g.writeStringProperty("field", v));
    entry.raw().ifPresent(v -> g.writeStringProperty("raw", v));
    entry
        .source()
        .ifPresent(
            s -> {
              g.writeStringProperty("source", ids.get(s));
              g.writeStringProperty("date", s.date().toString());
            });
    g.writeArrayPropertyStart("masked");
    entry.masked().forEach(g::writeString);
    g.writeEndArray();
    entry
        .refusal()
        .ifPresent(
            v -> {
              g.writeObjectPropertyStart("refusal");
              g.writeStringProperty("path", v.path());
              g.writeStringProperty("code", v.code());
              g.writeStringProperty("text", v.message(locale));
              g.writeEndObject();
            });
    entry
        .failure()
        .ifPresent(
            f -> {
              g.writeObjectPropertyStart("failure");
              g.writeStringProperty("code", f.code());
              g.writeStringProperty("text", f.message(locale));
              g.writeEndObject();
            });
    g.writeObjectPropertyStart("message");
    g.writeStringProperty("code", entry.code());
    g.writeStringProperty("text", entry.message(locale));
    g.writeEndObject();
    g.writeEndObject();
  }

  /** The sources, numbered from 1 in the order of first use. */
  private static Map<RegisterSource, String> ids(EnrichmentReport report) {
    Map<RegisterSource, String> ids = new LinkedHashMap<>();
    for (RegisterSource source : report.sources()) {
      ids.put(source, Integer.toString(ids.size() + 1));
    }
    return ids;
  }

  private static Locale language(Locale locale) {
    return Locale.FRENCH
            .getLanguage()
            .equals(Objects.requireNonNull(locale, "locale").getLanguage())
        ? Locale.FRENCH
        : Locale.ENGLISH;
  }

  /**
   * Writes the report as text: a summary, the sources, a table of the entries (member, status,
   * fact, value, register field, source) and one sentence for each entry that is not a fact filled.
   *
   * @param report the report
   * @param locale the language: French, or English for any other
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void text(EnrichmentReport report, Locale locale, Writer out) {
    Objects.requireNonNull(report, "report");
    Locale language = language(locale);
    PrintWriter w =
        out instanceof PrintWriter p ? p : new PrintWriter(Objects.requireNonNull(out, "out"));
    Map<RegisterSource, String> ids = ids(report);
    Map<String, String> counts = new LinkedHashMap<>();
    report.counts().forEach((status, count) -> counts.put(status.name(), Integer.toString(count)));
    counts.put(
        "members",
        Long.toString(report.entries().stream().map(EnrichmentEntry::member).distinct().count()));
    w.print(Messages.format(language, "register.enrich.text.title", Map.of()) + "\n");
    w.print(Messages.format(language, "register.enrich.text.summary", counts) + "\n");
    if (!ids.isEmpty()) {
      w.print("\n" + Messages.format(language, "register.enrich.text.sources", Map.of()) + "\n");
      ids.forEach((source, id) -> w.print("  [" + id + "] " + source.citation(language) + "\n"));
    }
    if (!report.entries().isEmpty()) {
      List<String[]> rows = new ArrayList<>();
      rows.add(
          new String[] {
            header(language, "member"),
            header(language, "status"),
            header(language, "fact"),
            header(language, "value"),
            header(language, "field"),
            header(language, "source")
          });
      for (EnrichmentEntry e : report.entries()) {
        rows.add(
            new String[] {
              e.member(),
              Messages.format(language, "register.enrich.status." + e.status().name(), Map.of()),
              e.fact().orElse(""),
              e.value()
                  .map(v -> e.declared().map(d -> v + " ≠ " + d).orElse(v))
                  .orElse(e.masked().isEmpty() ? "" : String.join(", ", e.masked())),
              e.field().orElse(""),
              e.source().map(s -> "[" + ids.get(s) + "]").orElse("")
            });
      }
      w.print("\n");
      table(w, rows);
    }
    List<EnrichmentEntry> notes =
        report.entries().stream().filter(e -> e.status() != EnrichmentStatus.FILLED).toList();
    if (!notes.isEmpty()) {
      w.print("\n" + Messages.format(language, "register.enrich.text.notes", Map.of()) + "\n");
      for (EnrichmentEntry e : notes) {
        w.print("  - " + e.message(language) + "\n");
      }
    }
    w.flush();
    if (w.checkError()) {
      throw new UncheckedIOException(new IOException("writing the enrichment report failed"));
    }
  }

  private static String header(Locale locale, String column) {
    return Messages.format(locale, "register.enrich.text.column." + column, Map.of());
  }

  /** Columns padded to their widest cell, at most 40 characters (longer cells end with "…"). */
  private static void table(PrintWriter w, List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.min(40, Math.max(widths[c], row[c].length()));
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = rows.get(r)[c];
        if (cell.length() > widths[c]) {
          cell = cell.substring(0, widths[c] - 1) + "…";
        }
        line.append(c == 0 ? "" : "  ").append(c == columns - 1 ? cell : pad(cell, widths[c]));
      }
      w.print(line.toString().stripTrailing() + "\n");
      if (r == 0) {
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < columns; c++) {
          rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        }
        w.print(rule + "\n");
      }
    }
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}

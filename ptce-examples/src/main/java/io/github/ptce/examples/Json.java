package io.github.ptce.examples;

import io.github.ptce.core.Violation;
import io.github.ptce.core.internal.JsonOutput;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;

/**
 * Small JSON documents of the tool and the service that are not reports (validation results,
 * errors, listings), written in the library's house style: two-space indentation, {@code \n} line
 * ends.
 */
public final class Json {
  private Json() {}

  /**
   * Writes a document with a generator.
   *
   * @param out where to write
   * @param body what to write
   */
  public static void write(Writer out, Consumer<JsonGenerator> body) {
    try (JsonGenerator generator = JsonOutput.pretty(out)) {
      body.accept(generator);
    }
    try {
      out.write('\n');
      out.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Returns a document written with a generator.
   *
   * @param body what to write
   * @return the document, with a final line end
   */
  public static String toString(Consumer<JsonGenerator> body) {
    StringWriter out = new StringWriter(256);
    write(out, body);
    return out.toString();
  }

  /**
   * Writes the property {@code violations}: an array of {@code {path, code, message}}.
   *
   * @param generator the generator, inside an object
   * @param violations the violations
   * @param locale the language of the messages
   */
  public static void violations(
      JsonGenerator generator, List<Violation> violations, Locale locale) {
    generator.writeArrayPropertyStart("violations");
    for (Violation violation : violations) {
      generator.writeStartObject();
      generator.writeStringProperty("path", violation.path());
      generator.writeStringProperty("code", violation.code());
      generator.writeStringProperty("message", violation.message(locale));
      generator.writeEndObject();
    }
    generator.writeEndArray();
  }

  /**
   * Returns the result of a validation: {@code {"valid": …, "violations": […]}}.
   *
   * @param violations the violations, empty when valid
   * @param locale the language of the messages
   * @return the document
   */
  public static String validation(List<Violation> violations, Locale locale) {
    return toString(
        g -> {
          g.writeStartObject();
          g.writeBooleanProperty("valid", violations.isEmpty());
          violations(g, violations, locale);
          g.writeEndObject();
        });
  }
}

package io.github.ptce.core.json;

import io.github.ptce.core.internal.Texts;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How one type of the cluster format is read, written and described: the single definition from
 * which the reader, the writer and the JSON Schema all come, so that they cannot disagree.
 *
 * @param <T> the Java type
 */
abstract class Codec<T> {

  /**
   * Reads a value, recording every problem in {@code reading} under the current path.
   *
   * @return the value, or null when a problem was recorded
   */
  abstract @Nullable T read(JsonNode node, Reading reading);

  /** Writes a value. */
  abstract void write(T value, JsonGenerator out);

  /** Returns the JSON Schema of the values, registering named definitions in {@code context}. */
  abstract ObjectNode schema(SchemaContext context);

  /** Records that a node of the wrong JSON type was found. */
  static void wrongType(String expected, JsonNode node, Reading reading) {
    reading.problem("json.expected." + expected, Map.of("actual", excerpt(node)));
  }

  /**
   * Returns a short, language-neutral picture of a JSON node for messages: the literal, or {…} /
   * […].
   */
  static String excerpt(JsonNode node) {
    if (node.isObject()) {
      return "{…}";
    }
    if (node.isArray()) {
      return "[…]";
    }
    return Texts.quoteInput(node.toString());
  }

  /** Collects the named definitions ({@code $defs}) of a schema. */
  static final class SchemaContext {
    final JsonNodeFactory nodes = JsonNodeFactory.instance;
    final ObjectNode definitions = nodes.objectNode();

    ObjectNode object() {
      return nodes.objectNode();
    }
  }
}

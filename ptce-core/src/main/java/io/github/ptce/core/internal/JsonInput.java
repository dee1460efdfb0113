package io.github.ptce.core.internal;

import io.github.ptce.core.json.JsonLimits;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way ptce reads JSON: the limits of a {@link JsonLimits} enforced by the parser, duplicate
 * keys rejected, numbers kept exact, nothing after the document. The cluster reader and the example
 * service's request reader both use it, so that they can never accept different documents.
 */
public final class JsonInput {
  private JsonInput() {}

  /**
   * Returns a mapper that reads trees under the given limits.
   *
   * @param limits the limits to enforce while parsing
   * @return a new mapper; build one per set of limits and share it (it is thread-safe)
   */
  public static JsonMapper mapper(JsonLimits limits) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxStringLength(limits.maxStringLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxNameLength(limits.maxNameLength())
                    .maxDocumentLength(limits.maxDocumentBytes())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /**
   * Reads a tree with a mapper of {@link #mapper(JsonLimits)}. Numbers are read as {@code
   * BigDecimal}, whose scale is an {@code int}: a number such as {@code 1e2147483648} or {@code
   * 9.99e-2147483647}, short enough for every limit, has an exponent no {@code BigDecimal} holds,
   * and Jackson then throws a {@link NumberFormatException}, which is not one of its own
   * exceptions. It is turned here into a {@link NumberRangeException} at the number's place, so
   * that every reader reports it as a violation with its path instead of failing.
   *
   * @param mapper the mapper
   * @param parser a parser of that mapper, positioned before the document
   * @return the tree, or null for an empty document
   * @throws tools.jackson.core.JacksonException on a syntax error, a limit exceeded or a number out
   *     of range
   */
  public static JsonNode readTree(JsonMapper mapper, JsonParser parser) {
    try {
      return mapper.readTree(parser);
    } catch (NumberFormatException e) {
      throw new NumberRangeException(parser);
    }
  }

  /**
   * Reads a tree from UTF-8 bytes (see {@link #readTree(JsonMapper, JsonParser)}).
   *
   * @param mapper the mapper
   * @param document the bytes
   * @return the tree, or null for an empty document
   * @throws tools.jackson.core.JacksonException on a syntax error, a limit exceeded or a number out
   *     of range
   */
  public static JsonNode readTree(JsonMapper mapper, byte[] document) {
    try (JsonParser parser = mapper.createParser(document)) {
      return readTree(mapper, parser);
    }
  }

  /**
   * A number whose exponent is beyond what an exact decimal holds, with its JSON path and its text.
   */
  public static final class NumberRangeException extends StreamReadException {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final String text;

    NumberRangeException(JsonParser parser) {
      super(parser, "Number value out of range");
      this.path = pathOf(parser);
      String current;
      try {
        current = parser.getString();
      } catch (RuntimeException e) {
        current = null;
      }
      this.text = current == null ? "?" : current;
    }

    /**
     * Returns the JSON path of the number.
     *
     * @return such as {@code $.resources[0].sales}
     */
    public String path() {
      return path;
    }

    /**
     * Returns the number as written.
     *
     * @return the text
     */
    public String text() {
      return text;
    }
  }

  /**
   * Returns the JSON path at which a parser stands, from its context: {@code $}, then {@code .name}
   * and {@code [index]} steps.
   *
   * @param parser the parser
   * @return the path
   */
  public static String pathOf(JsonParser parser) {
    StringBuilder path = new StringBuilder("$");
    JsonPointer pointer = parser.streamReadContext().pathAsPointer();
    while (!pointer.matches()) {
      int index = pointer.getMatchingIndex();
      if (index >= 0) {
        path.append('[').append(index).append(']');
      } else {
        path.append('.').append(pointer.getMatchingProperty());
      }
      pointer = pointer.tail();
    }
    return path.toString();
  }
}

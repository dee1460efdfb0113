package io.github.ptce.core.internal;

import io.github.ptce.core.json.JsonLimits;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way ptce reads JSON: the limits of a {@link JsonLimits} enforced by the parser, duplicate keys
 * rejected, numbers kept exact, nothing after the document. The cluster reader and the example service's
 * request reader both use it, so that they can never accept different documents.
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
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
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
}

package io.github.ptce.core.json;

import io.github.ptce.core.Validated;
import io.github.ptce.core.Violation;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.internal.JsonInput;
import io.github.ptce.core.internal.JsonOutput;
import io.github.ptce.core.internal.Texts;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.core.validation.ClusterValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes clusters in the JSON format {@value #CLUSTER_FORMAT} (documented in {@code
 * docs/cluster-format.md}; JSON Schema from {@link #clusterSchema()}).
 *
 * <p>{@link #readCluster(String) readCluster} is the front door: it gives a cluster only when the
 * document is well formed <em>and</em> the cluster valid — the format, the model's constraints (a
 * name that shows something, codes of communes that exist in the geography, dates in range, …) — so
 * that what it returns can be evaluated as it is. It never throws on bad input: it returns every
 * problem of the document at once — syntax errors, limits exceeded, unknown or missing properties,
 * values of the wrong type or malformed, structural violations of the model, constraint violations,
 * also of the parts of an invalid document that could be built — each with its JSON path and a
 * message in French and English. Numbers are read exactly (no binary floating point), duplicate
 * keys are rejected, a UTF-8 byte-order mark is accepted. Nothing is read from files or the network
 * and no type is chosen from the input. {@link #readClusterFormatOnly(String)
 * readClusterFormatOnly} checks the format alone, for tools that handle clusters not yet complete
 * (an editor, a converter).
 *
 * <p>Writing is deterministic: the same cluster always gives the same bytes.
 *
 * <p>Immutable and thread-safe; create one and share it.
 */
public final class PtceJson {
  /** The identifier and version of the cluster format. */
  public static final String CLUSTER_FORMAT = "ptce-cluster/2";

  /**
   * The formats the reader accepts: {@value #CLUSTER_FORMAT}, and {@code ptce-cluster/1}, whose
   * documents are all valid {@value #CLUSTER_FORMAT} documents with the same meaning (version 2
   * added dates known to the month or year, legal forms as published, undated evidence, unnamed
   * members, the completeness of lists and sources).
   */
  public static final List<String> READABLE_FORMATS = List.of("ptce-cluster/1", CLUSTER_FORMAT);

  /** The optional property at the root of a document that names its format. */
  static final String FORMAT_PROPERTY = "format";

  private static final PtceJson STANDARD = new PtceJson(JsonLimits.DEFAULT, null);

  /** The code of the violation that says the list of violations was cut. */
  static final String TOO_MANY_VIOLATIONS = "json.limit.violations";

  private final JsonLimits limits;
  private final JsonMapper mapper;

  /** The validator of another geography than the bundled one; null for the standard validator. */
  private final @Nullable ClusterValidator validator;

  private PtceJson(JsonLimits limits, @Nullable ClusterValidator validator) {
    this.limits = limits;
    this.mapper = JsonInput.mapper(limits);
    this.validator = validator;
  }

  /**
   * Returns the reader and writer with the default limits.
   *
   * @return the shared instance
   */
  public static PtceJson standard() {
    return STANDARD;
  }

  /**
   * Returns a reader and writer with other limits, validating against the same geography.
   *
   * @param limits the limits to enforce while reading
   * @return a new instance
   */
  public PtceJson withLimits(JsonLimits limits) {
    return new PtceJson(Objects.requireNonNull(limits, "limits"), validator);
  }

  /**
   * Returns a reader and writer that validates the codes of communes, EPCIs, départements and
   * régions against another geography than the bundled one (a newer vintage read with {@link
   * Geography#read(InputStream)}, or a test fixture), with the same limits.
   *
   * @param geography the reference geography
   * @return a new instance
   */
  public PtceJson withGeography(Geography geography) {
    return new PtceJson(
        limits, ClusterValidator.withGeography(Objects.requireNonNull(geography, "geography")));
  }

  /**
   * The validator, bootstrapped on first use: a reader that only writes, or checks the format,
   * never pays.
   */
  private ClusterValidator validator() {
    return validator == null ? ClusterValidator.standard() : validator;
  }

  /**
   * Returns the limits enforced while reading.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Reads and validates a cluster from JSON text.
   *
   * @param json the document
   * @return the valid cluster, or every violation of the format and of the model's constraints, cut
   *     at {@link JsonLimits#maxViolations()}
   */
  public Validated<Cluster> readCluster(String json) {
    return validate(readClusterFormatOnly(json));
  }

  /**
   * Reads and validates a cluster from UTF-8 bytes.
   *
   * @param json the document
   * @return the valid cluster, or every violation of the format and of the model's constraints, cut
   *     at {@link JsonLimits#maxViolations()}
   */
  public Validated<Cluster> readCluster(byte[] json) {
    return validate(readClusterFormatOnly(json));
  }

  /**
   * Reads and validates a cluster from a stream of UTF-8 bytes, reading at most the document size
   * limit (plus one byte to tell that it is exceeded). The stream is not closed.
   *
   * @param json the document
   * @return the valid cluster, or every violation of the format and of the model's constraints, cut
   *     at {@link JsonLimits#maxViolations()}
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Validated<Cluster> readCluster(InputStream json) {
    return validate(readClusterFormatOnly(json));
  }

  /**
   * Adds the constraint violations of the cluster, or, for a document with format errors, of the
   * parts that could be built, so that one answer lists everything; the list is cut at the limit
   * and then ends with {@code json.limit.violations}.
   */
  private Validated<Cluster> validate(ParsedCluster parsed) {
    Validated<Cluster> result = parsed.result();
    int max = limits.maxViolations();
    if (result.isValid()) {
      List<Violation> violations = validator().validate(result.orElseThrow());
      return violations.isEmpty() ? result : Validated.invalid(cut(violations, max));
    }
    if (result.violations().stream().anyMatch(v -> v.code().equals(TOO_MANY_VIOLATIONS))) {
      return result; // cut by the reader already
    }
    List<Violation> all = new ArrayList<>(result.violations());
    for (ParsedCluster.Part part : parsed.validParts()) {
      if (all.size() > max) {
        break;
      }
      all.addAll(validator().validatePart(part.value(), part.path()));
    }
    return Validated.invalid(cut(all, max));
  }

  private List<Violation> cut(List<Violation> violations, int max) {
    if (violations.size() <= max) {
      return violations;
    }
    // In path order: the first ones are kept.
    List<Violation> kept = new ArrayList<>(violations.subList(0, max));
    kept.add(tooManyViolations(limits));
    return kept;
  }

  /**
   * Reads a cluster from JSON text, checking the format only — not the constraints that {@link
   * #readCluster(String)} checks as well — and keeping the valid parts of an invalid document. For
   * tools that handle clusters still being written; a cluster read this way may be invalid and must
   * be validated ({@link ClusterValidator}) before it is evaluated.
   *
   * @param json the document
   * @return the outcome
   */
  public ParsedCluster readClusterFormatOnly(String json) {
    Objects.requireNonNull(json, "json");
    if (json.length() > limits.maxDocumentBytes()) {
      return tooLarge();
    }
    // A byte-order mark has no meaning in a Java string; accept it as the byte reader does.
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    try (JsonParser parser = mapper.createParser(text)) {
      return bind(parser);
    }
  }

  /**
   * Reads a cluster from UTF-8 bytes, checking the format only; see {@link
   * #readClusterFormatOnly(String)}.
   *
   * @param json the document
   * @return the outcome
   */
  public ParsedCluster readClusterFormatOnly(byte[] json) {
    Objects.requireNonNull(json, "json");
    if (json.length > limits.maxDocumentBytes()) {
      return tooLarge();
    }
    if (!looksLikeUtf8(json)) {
      return invalid(Violation.of("$", "json.encoding", Map.of("line", "1", "column", "1")));
    }
    // A UTF-8 byte-order mark is skipped here, not by the parser, which also needs it for a
    // document that
    // holds nothing else.
    int start = hasUtf8Bom(json) ? UTF8_BOM.length : 0;
    try (JsonParser parser = mapper.createParser(json, start, json.length - start)) {
      return bind(parser);
    }
  }

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static boolean hasUtf8Bom(byte[] json) {
    return json.length >= 3
        && json[0] == UTF8_BOM[0]
        && json[1] == UTF8_BOM[1]
        && json[2] == UTF8_BOM[2];
  }

  /**
   * Whether the document may be UTF-8, as the format requires: not UTF-16 or UTF-32, which the
   * parser would otherwise detect and read (from a byte-order mark {@code FE FF} or {@code FF FE},
   * or from NUL bytes among the first four, which UTF-8 JSON never has: a NUL character is written
   * {@code \u0000}).
   */
  private static boolean looksLikeUtf8(byte[] json) {
    if (json.length >= 2
        && ((json[0] == (byte) 0xFE && json[1] == (byte) 0xFF)
            || (json[0] == (byte) 0xFF && json[1] == (byte) 0xFE))) {
      return false;
    }
    for (int i = 0; i < Math.min(4, json.length); i++) {
      if (json[i] == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads a cluster from a stream of UTF-8 bytes, checking the format only; see {@link
   * #readClusterFormatOnly(String)}.
   *
   * @param json the document; not closed
   * @return the outcome
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ParsedCluster readClusterFormatOnly(InputStream json) {
    Objects.requireNonNull(json, "json");
    byte[] bytes;
    try {
      bytes = json.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the cluster document", e);
    }
    return readClusterFormatOnly(bytes);
  }

  private ParsedCluster tooLarge() {
    return invalid(
        Violation.of(
            "$",
            "json.limit.documentSize",
            Map.of("limit", Long.toString(limits.maxDocumentBytes()))));
  }

  private ParsedCluster bind(JsonParser parser) {
    JsonNode root;
    try {
      root = JsonInput.readTree(mapper, parser);
    } catch (JacksonException e) {
      return invalid(syntaxViolation(e));
    }
    if (root == null || root.isMissingNode()) {
      return invalid(Violation.of("$", "json.empty"));
    }
    Reading reading = new Reading(limits);
    if (root.isObject()) {
      JsonNode format = root.get(FORMAT_PROPERTY);
      if (format != null
          && !(format.isString() && READABLE_FORMATS.contains(format.stringValue()))) {
        reading.enterField(FORMAT_PROPERTY);
        reading.problem(
            "json.format",
            Map.of("value", Codec.excerpt(format), "format", String.join(", ", READABLE_FORMATS)));
        reading.leave();
      }
      if (format != null) {
        // The tree was parsed for this read only: no copy is needed to take the envelope property
        // out.
        ((ObjectNode) root).remove(FORMAT_PROPERTY);
      }
    }
    Cluster cluster = ClusterFormat.CLUSTER.read(root, reading);
    if (cluster != null && reading.problems().isEmpty()) {
      return new ParsedCluster(Validated.valid(cluster), List.of());
    }
    List<Violation> problems = reading.problems();
    List<ParsedCluster.Part> parts = new ArrayList<>();
    if (reading.overflowed()) {
      // The list is cut: the parts are not validated, their violations would be cut too.
      problems = new ArrayList<>(problems);
      problems.add(tooManyViolations(limits));
    } else {
      for (Reading.Fragment fragment : reading.orphans()) {
        parts.add(new ParsedCluster.Part(fragment.path(), fragment.value()));
      }
    }
    return new ParsedCluster(Validated.invalid(problems), parts);
  }

  /**
   * The violation that ends a list cut at {@link JsonLimits#maxViolations()}.
   *
   * @param limits the limits applied
   * @return the violation {@code json.limit.violations} at {@code $}
   */
  static Violation tooManyViolations(JsonLimits limits) {
    return Violation.of(
        "$", TOO_MANY_VIOLATIONS, Map.of("limit", Integer.toString(limits.maxViolations())));
  }

  private static ParsedCluster invalid(Violation violation) {
    return new ParsedCluster(Validated.invalid(List.of(violation)), List.of());
  }

  /** Turns a parser error into a violation that names the limit, the key or the place. */
  private Violation syntaxViolation(JacksonException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      if (message.contains("nesting depth")) {
        return Violation.of(
            "$", "json.limit.depth", Map.of("limit", Integer.toString(limits.maxNestingDepth())));
      }
      if (message.contains("String value length")) {
        return Violation.of(
            "$",
            "json.limit.stringLength",
            Map.of("limit", Integer.toString(limits.maxStringLength())));
      }
      if (message.contains("Number value length")) {
        return Violation.of(
            "$",
            "json.limit.numberLength",
            Map.of("limit", Integer.toString(limits.maxNumberLength())));
      }
      if (message.contains("Name length")) {
        return Violation.of(
            "$",
            "json.limit.nameLength",
            Map.of("limit", Integer.toString(limits.maxNameLength())));
      }
      return Violation.of(
          "$",
          "json.limit.documentSize",
          Map.of("limit", Long.toString(limits.maxDocumentBytes())));
    }
    String path = pathOf(e);
    TokenStreamLocation location = e.getLocation();
    String line = location == null ? "?" : Integer.toString(location.getLineNr());
    String column = location == null ? "?" : Integer.toString(location.getColumnNr());
    if (e instanceof JsonInput.NumberRangeException range) {
      return Violation.of(
          range.path(),
          "json.numberRange",
          Map.of("value", Texts.quoteInput(range.text()), "line", line, "column", column));
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return Violation.of(path, "json.truncated", Map.of("line", line, "column", column));
    }
    if (message.startsWith("Duplicate Object property")) {
      String name =
          message.substring(
              message.indexOf('"') + 1,
              Math.max(message.indexOf('"') + 1, message.lastIndexOf('"')));
      return Violation.of(
          path,
          "json.duplicateKey",
          Map.of("name", Texts.quoteInput(name), "line", line, "column", column));
    }
    if (message.contains("Invalid UTF-8") || message.contains("Invalid UTF8")) {
      return Violation.of(path, "json.encoding", Map.of("line", line, "column", column));
    }
    if (message.contains("Trailing token")) {
      return Violation.of("$", "json.trailingContent", Map.of("line", line, "column", column));
    }
    // The parser's English message, which names its settings, is read and not passed on: the kind
    // of
    // mistake and the little the text needs (a character, a word) are.
    Map<String, String> arguments = new LinkedHashMap<>(SyntaxErrors.describe(message, inArray(e)));
    arguments.put("line", line);
    arguments.put("column", column);
    return Violation.of(path, SyntaxErrors.CODE, arguments);
  }

  /** Whether the parser stopped inside an array. */
  private static boolean inArray(JacksonException e) {
    return e.processor() instanceof JsonParser parser && parser.streamReadContext().inArray();
  }

  /** The JSON path at which the parser stopped, from its context. */
  private static String pathOf(JacksonException e) {
    return e.processor() instanceof JsonParser parser ? JsonInput.pathOf(parser) : "$";
  }

  /**
   * Writes a cluster as pretty-printed JSON, starting with the {@code format} property.
   *
   * @param cluster the cluster
   * @return the document, with {@code \n} line ends and a final line end
   */
  public String writeCluster(Cluster cluster) {
    StringWriter out = new StringWriter(1024);
    write(cluster, out);
    return out.toString();
  }

  /**
   * Writes a cluster as pretty-printed UTF-8 JSON to a stream, which is flushed and not closed.
   *
   * @param cluster the cluster
   * @param out where to write
   */
  public void writeCluster(Cluster cluster, OutputStream out) {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(cluster, writer);
    try {
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Cluster cluster, Writer out) {
    Objects.requireNonNull(cluster, "cluster");
    try (JsonGenerator generator = JsonOutput.pretty(out)) {
      generator.writeStartObject();
      generator.writeStringProperty(FORMAT_PROPERTY, CLUSTER_FORMAT);
      // The cluster's own properties follow inside the same object.
      ClusterFormat.CLUSTER.writeProperties(cluster, generator);
      generator.writeEndObject();
    }
    try {
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the cluster format, generated from the same
   * definitions as the reader and from the model's Bean Validation constraints.
   *
   * @return the schema document
   */
  public static String clusterSchema() {
    return Schema.CLUSTER;
  }
}

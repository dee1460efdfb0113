package io.github.ptce.rules.json;

import io.github.ptce.core.Validated;
import io.github.ptce.core.Violation;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.constraints.PlausibleDate;
import io.github.ptce.core.internal.JsonInput;
import io.github.ptce.core.internal.JsonOutput;
import io.github.ptce.core.internal.Texts;
import io.github.ptce.core.json.JsonLimits;
import io.github.ptce.core.json.PtceJson;
import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.core.validation.ClusterValidator;
import io.github.ptce.rules.Assessment;
import io.github.ptce.rules.Outcome;
import java.io.StringWriter;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes what is evaluated: an evaluation request and an assessments document (documented
 * in {@code docs/request-format.md}; JSON Schemas from {@link #requestSchema()} and {@link
 * #assessmentsSchema()}).
 *
 * <p>A request is a bare cluster document ({@value PtceJson#CLUSTER_FORMAT}), or an object {@code
 * {"format": "ptce-request/1", "cluster": {…}, "assessments": [{…}, …]}} ({@code format} and {@code
 * assessments} optional) whose violations have paths under {@code $.cluster} and {@code
 * $.assessments}; the cluster format has no {@code cluster} property, so the two cannot be
 * confused. An assessment is {@code {"criterionId": "…", "member": "…", "outcome": "MET"|"NOT_MET",
 * "assessor": "…", "date": "yyyy-MM-dd", "note": "…"}} ({@code member} only for a criterion
 * evaluated per member, {@code note} optional). An assessments document (the command line's {@code
 * --assessments FILE}) is an array of assessments, or an object {@code {"format":
 * "ptce-assessments/1", "assessments": […]}}.
 *
 * <p>Like {@link PtceJson#readCluster(byte[])}, reading never throws on bad input and gives a
 * request only when everything in it is valid: the cluster (format, constraints, geography of the
 * cluster reader) and every assessment (format and constraints); otherwise every violation with its
 * JSON path, in French and English, cut at {@link JsonLimits#maxViolations()}. The limits of the
 * cluster reader apply to the whole document. Whether an assessment names a criterion, a member and
 * a date that fit the evaluation is the engine's to say, since it depends on the catalogue and the
 * evaluation date.
 *
 * <p>Immutable and thread-safe; create one and share it.
 */
public final class RequestJson {
  /** The identifier and version of the request format. */
  public static final String REQUEST_FORMAT = "ptce-request/1";

  /** The identifier and version of the assessments format. */
  public static final String ASSESSMENTS_FORMAT = "ptce-assessments/1";

  static final MessageBundle MESSAGES = MessageBundle.load(MethodHandles.lookup(), "messages");

  private static final String FORMAT = "format";
  private static final String CLUSTER = "cluster";
  private static final String ASSESSMENTS = "assessments";
  private static final List<String> REQUEST_PROPERTIES = List.of(FORMAT, CLUSTER, ASSESSMENTS);
  private static final List<String> ASSESSMENTS_PROPERTIES = List.of(FORMAT, ASSESSMENTS);
  static final List<String> ASSESSMENT_PROPERTIES =
      List.of("criterionId", "member", "outcome", "assessor", "date", "note");

  /** The code of the violation that ends a list cut at {@link JsonLimits#maxViolations()}. */
  private static final String TOO_MANY_VIOLATIONS = "json.limit.violations";

  private static final RequestJson STANDARD = new RequestJson(PtceJson.standard());

  private final PtceJson clusters;
  private final JsonMapper mapper;

  private RequestJson(PtceJson clusters) {
    this.clusters = clusters;
    this.mapper = JsonInput.mapper(clusters.limits());
  }

  /**
   * Returns the reader and writer that reads clusters with {@link PtceJson#standard()}.
   *
   * @return the shared instance
   */
  public static RequestJson standard() {
    return STANDARD;
  }

  /**
   * Returns a reader and writer that reads clusters with the given reader: its limits apply to the
   * whole document, and its geography to the cluster.
   *
   * @param clusters the cluster reader
   * @return a new instance
   */
  public static RequestJson of(PtceJson clusters) {
    return new RequestJson(Objects.requireNonNull(clusters, "clusters"));
  }

  /**
   * Reads a bare cluster or a request with assessments, from JSON text.
   *
   * @param document the document
   * @return the request, or every violation
   */
  public Validated<EvaluationRequest> readRequest(String document) {
    Objects.requireNonNull(document, "document");
    return readRequest(document.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a bare cluster or a request with assessments, from UTF-8 bytes.
   *
   * @param document the document
   * @return the request, or every violation
   */
  public Validated<EvaluationRequest> readRequest(byte[] document) {
    Objects.requireNonNull(document, "document");
    if (document.length > clusters.limits().maxDocumentBytes() || !isRequest(document)) {
      return readBare(document);
    }
    JsonNode root;
    try {
      root = JsonInput.readTree(mapper, document);
    } catch (JacksonException e) {
      // The cluster reader names the syntax error, the limit, the encoding problem or the number
      // out of range
      // precisely.
      return readBare(document);
    }
    List<Violation> problems = new ArrayList<>();
    unknownProperties(root, "$", REQUEST_PROPERTIES, "request.unknownProperty", problems);
    format(root, REQUEST_FORMAT, "request.format", problems);
    Cluster cluster = null;
    JsonNode clusterNode = root.get(CLUSTER);
    if (clusterNode == null || !clusterNode.isObject()) {
      problems.add(Violation.of(MESSAGES, "$.cluster", "request.clusterNotObject", Map.of()));
    } else {
      Validated<Cluster> read = clusters.readCluster(mapper.writeValueAsBytes(clusterNode));
      if (read.isValid()) {
        cluster = read.orElseThrow();
      } else {
        read.violations().forEach(v -> problems.add(v.under("$.cluster")));
      }
    }
    List<Assessment> assessments = List.of();
    JsonNode assessmentsNode = root.get(ASSESSMENTS);
    if (assessmentsNode != null && !assessmentsNode.isNull()) {
      assessments = assessments(assessmentsNode, "$.assessments", problems);
    }
    if (!problems.isEmpty() || cluster == null) {
      return Validated.invalid(cut(problems));
    }
    return Validated.valid(new EvaluationRequest(cluster, assessments));
  }

  /**
   * A bare cluster: read and validated by the cluster reader, whose answer already has the right
   * paths.
   */
  private Validated<EvaluationRequest> readBare(byte[] document) {
    Validated<Cluster> read = clusters.readCluster(document);
    return read.isValid()
        ? Validated.valid(EvaluationRequest.of(read.orElseThrow()))
        : Validated.invalid(read.violations());
  }

  /**
   * Tells a request from a bare cluster by its top-level properties, without building a tree. A
   * document that is not UTF-8 (UTF-16 or UTF-32, which the parser would detect and read) is left
   * to the cluster reader, which rejects it.
   */
  private boolean isRequest(byte[] document) {
    if (!mayBeUtf8(document)) {
      return false;
    }
    try (JsonParser parser = mapper.createParser(document)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        if (parser.currentName().equals(CLUSTER)) {
          return true;
        }
        parser.nextToken();
        parser.skipChildren();
      }
      return false;
    } catch (JacksonException e) {
      return false;
    }
  }

  /**
   * Whether the first bytes are not those of UTF-16 or UTF-32: a byte-order mark FE FF or FF FE, or
   * a NUL.
   */
  private static boolean mayBeUtf8(byte[] document) {
    if (document.length >= 2
        && ((document[0] == (byte) 0xFE && document[1] == (byte) 0xFF)
            || (document[0] == (byte) 0xFF && document[1] == (byte) 0xFE))) {
      return false;
    }
    for (int i = 0; i < Math.min(4, document.length); i++) {
      if (document[i] == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads an assessments document from JSON text; see {@link #readAssessments(byte[])}.
   *
   * @param document the document
   * @return the assessments, or every violation
   */
  public Validated<List<Assessment>> readAssessments(String document) {
    Objects.requireNonNull(document, "document");
    return readAssessments(document.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads an assessments document from UTF-8 bytes: an array of assessments, or an object {@code
   * {"format": "ptce-assessments/1", "assessments": […]}}.
   *
   * @param document the document
   * @return the assessments, or every violation
   */
  public Validated<List<Assessment>> readAssessments(byte[] document) {
    Objects.requireNonNull(document, "document");
    JsonNode root;
    try {
      if (document.length > clusters.limits().maxDocumentBytes()) {
        return Validated.invalid(
            List.of(
                Violation.of(
                    MESSAGES,
                    "$",
                    "assessments.tooLarge",
                    Map.of("limit", Long.toString(clusters.limits().maxDocumentBytes())))));
      }
      root = JsonInput.readTree(mapper, document);
    } catch (JsonInput.NumberRangeException e) {
      return Validated.invalid(
          List.of(
              Violation.of(
                  e.path(),
                  "json.numberRange",
                  place(e.getLocation(), Map.of("value", Texts.quoteInput(e.text()))))));
    } catch (JacksonException e) {
      // The place, not the parser's English text: the message must be in the reader's language.
      return Validated.invalid(
          List.of(
              Violation.of(MESSAGES, "$", "assessments.syntax", place(e.getLocation(), Map.of()))));
    }
    List<Violation> problems = new ArrayList<>();
    List<Assessment> result;
    if (root != null && root.isObject() && root.has(ASSESSMENTS)) {
      unknownProperties(root, "$", ASSESSMENTS_PROPERTIES, "assessments.unknownProperty", problems);
      format(root, ASSESSMENTS_FORMAT, "assessments.format", problems);
      result = assessments(root.get(ASSESSMENTS), "$.assessments", problems);
    } else {
      result = assessments(root, "$", problems);
    }
    return problems.isEmpty() ? Validated.valid(result) : Validated.invalid(cut(problems));
  }

  private static Map<String, String> place(
      @Nullable TokenStreamLocation location, Map<String, String> others) {
    Map<String, String> arguments = new java.util.LinkedHashMap<>(others);
    arguments.put("line", location == null ? "?" : Integer.toString(location.getLineNr()));
    arguments.put("column", location == null ? "?" : Integer.toString(location.getColumnNr()));
    return arguments;
  }

  private void unknownProperties(
      JsonNode object, String path, List<String> known, String code, List<Violation> problems) {
    for (String name : object.propertyNames()) {
      if (!known.contains(name) && !full(problems)) {
        problems.add(
            Violation.of(
                MESSAGES,
                path + "." + Texts.quoteInput(name),
                code,
                Map.of("name", Texts.quoteInput(name), "known", String.join(", ", known))));
      }
    }
  }

  private static void format(
      JsonNode object, String expected, String code, List<Violation> problems) {
    JsonNode format = object.get(FORMAT);
    if (format != null && !(format.isString() && format.stringValue().equals(expected))) {
      problems.add(Violation.of(MESSAGES, "$." + FORMAT, code, Map.of("format", expected)));
    }
  }

  private List<Assessment> assessments(
      @Nullable JsonNode node, String path, List<Violation> problems) {
    if (node == null || !node.isArray()) {
      problems.add(Violation.of(MESSAGES, path, "assessments.notArray", Map.of()));
      return List.of();
    }
    int max = clusters.limits().maxItems();
    if (node.size() > max) {
      problems.add(
          Violation.of(
              MESSAGES,
              path,
              "assessments.tooMany",
              Map.of("limit", Integer.toString(max), "size", Integer.toString(node.size()))));
      return List.of();
    }
    List<Assessment> result = new ArrayList<>();
    for (int i = 0; i < node.size() && !full(problems); i++) {
      Assessment assessment = assessment(node.get(i), path + "[" + i + "]", problems);
      if (assessment != null) {
        result.add(assessment);
      }
    }
    return result;
  }

  private @Nullable Assessment assessment(JsonNode node, String path, List<Violation> problems) {
    if (!node.isObject()) {
      problems.add(Violation.of(MESSAGES, path, "assessment.notObject", Map.of()));
      return null;
    }
    int before = problems.size();
    unknownProperties(node, path, ASSESSMENT_PROPERTIES, "assessment.unknownProperty", problems);
    String criterionId = text(node, path, "criterionId", true, problems);
    String member = text(node, path, "member", false, problems);
    String outcomeText = text(node, path, "outcome", true, problems);
    Outcome outcome = null;
    if (outcomeText != null) {
      if (outcomeText.equals(Outcome.MET.name())) {
        outcome = Outcome.MET;
      } else if (outcomeText.equals(Outcome.NOT_MET.name())) {
        outcome = Outcome.NOT_MET;
      } else {
        problems.add(
            Violation.of(
                MESSAGES,
                path + ".outcome",
                "assessment.outcome",
                Map.of("value", Texts.quoteInput(outcomeText))));
      }
    }
    String assessor = text(node, path, "assessor", true, problems);
    String dateText = text(node, path, "date", true, problems);
    LocalDate date = null;
    if (dateText != null) {
      try {
        date = LocalDate.parse(dateText);
      } catch (DateTimeParseException e) {
        problems.add(
            Violation.of(
                MESSAGES,
                path + ".date",
                "assessment.date",
                Map.of(
                    "value",
                    Texts.quoteInput(dateText),
                    "earliest",
                    PlausibleDate.MIN,
                    "latest",
                    PlausibleDate.MAX)));
      }
    }
    String note = text(node, path, "note", false, problems);
    if (problems.size() > before
        || criterionId == null
        || outcome == null
        || assessor == null
        || date == null) {
      return null;
    }
    Assessment.Builder builder =
        Assessment.builder()
            .criterionId(criterionId)
            .outcome(outcome)
            .assessor(assessor)
            .date(date);
    if (member != null) {
      builder.member(member);
    }
    if (note != null) {
      builder.note(note);
    }
    Assessment assessment = builder.build();
    // The model's constraints (a text that shows something, lengths, a member id, a date in range):
    // the same
    // rules, codes and messages as for a cluster.
    List<Violation> violations = ClusterValidator.standard().validatePart(assessment, path);
    problems.addAll(violations);
    return violations.isEmpty() ? assessment : null;
  }

  /** Reads a string property; reports it when required and absent, or not a string. */
  private static @Nullable String text(
      JsonNode object, String path, String name, boolean required, List<Violation> problems) {
    JsonNode value = object.get(name);
    String at = path + "." + name;
    if (value == null || value.isNull()) {
      if (required) {
        problems.add(Violation.of(MESSAGES, at, "assessment.missing", Map.of("name", name)));
      }
      return null;
    }
    if (!value.isString()) {
      problems.add(Violation.of(MESSAGES, at, "assessment.notString", Map.of("name", name)));
      return null;
    }
    return value.stringValue();
  }

  /**
   * Whether the violations found so far are beyond the limit, so that looking for more is
   * pointless.
   */
  private boolean full(List<Violation> problems) {
    return problems.size() > clusters.limits().maxViolations();
  }

  /**
   * Cuts a list of violations at the reader's limit ({@link JsonLimits#maxViolations()}), as the
   * cluster reader does: the first ones in path order, then {@code json.limit.violations}.
   */
  private List<Violation> cut(List<Violation> problems) {
    int max = clusters.limits().maxViolations();
    List<Violation> kept = new ArrayList<>(problems.size());
    boolean cut = false;
    for (Violation v : problems) {
      cut |= v.code().equals(TOO_MANY_VIOLATIONS);
      if (!v.code().equals(TOO_MANY_VIOLATIONS)) {
        kept.add(v);
      }
    }
    kept.sort(Violation.ORDER);
    if (!cut && kept.size() <= max) {
      return kept;
    }
    List<Violation> result = new ArrayList<>(kept.subList(0, Math.min(max, kept.size())));
    result.add(Violation.of("$", TOO_MANY_VIOLATIONS, Map.of("limit", Integer.toString(max))));
    return result;
  }

  /**
   * Writes a request as pretty-printed JSON: {@code format}, {@code cluster} (with its own {@code
   * format}), then {@code assessments} when there are any. Reading it back gives an equal request.
   *
   * @param request the request
   * @return the document, with {@code \n} line ends and a final line end
   */
  public String writeRequest(EvaluationRequest request) {
    Objects.requireNonNull(request, "request");
    JsonNode cluster = mapper.readTree(clusters.writeCluster(request.cluster()));
    StringWriter out = new StringWriter(4096);
    try (JsonGenerator generator = JsonOutput.pretty(out)) {
      generator.writeStartObject();
      generator.writeStringProperty(FORMAT, REQUEST_FORMAT);
      generator.writeName(CLUSTER);
      mapper.writeTree(generator, cluster);
      if (!request.assessments().isEmpty()) {
        generator.writeName(ASSESSMENTS);
        writeAssessments(request.assessments(), generator);
      }
      generator.writeEndObject();
    }
    return out.append('\n').toString();
  }

  /**
   * Writes an assessments document as pretty-printed JSON, in its object form with its {@code
   * format}. Reading it back gives equal assessments.
   *
   * @param assessments the assessments
   * @return the document, with {@code \n} line ends and a final line end
   */
  public String writeAssessments(List<Assessment> assessments) {
    Objects.requireNonNull(assessments, "assessments");
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator generator = JsonOutput.pretty(out)) {
      generator.writeStartObject();
      generator.writeStringProperty(FORMAT, ASSESSMENTS_FORMAT);
      generator.writeName(ASSESSMENTS);
      writeAssessments(assessments, generator);
      generator.writeEndObject();
    }
    return out.append('\n').toString();
  }

  private static void writeAssessments(List<Assessment> assessments, JsonGenerator generator) {
    generator.writeStartArray();
    for (Assessment assessment : assessments) {
      generator.writeStartObject();
      generator.writeStringProperty("criterionId", assessment.criterionId());
      if (assessment.member().isPresent()) {
        generator.writeStringProperty("member", assessment.member().get());
      }
      generator.writeStringProperty("outcome", assessment.outcome().name());
      generator.writeStringProperty("assessor", assessment.assessor());
      generator.writeStringProperty("date", assessment.date().toString());
      if (assessment.note().isPresent()) {
        generator.writeStringProperty("note", assessment.note().get());
      }
      generator.writeEndObject();
    }
    generator.writeEndArray();
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the request format. Its {@code cluster} refers to
   * the cluster schema ({@link PtceJson#clusterSchema()}) by that schema's {@code $id}.
   *
   * @return the schema document
   */
  public static String requestSchema() {
    return RequestSchemas.REQUEST;
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the assessments format.
   *
   * @return the schema document
   */
  public static String assessmentsSchema() {
    return RequestSchemas.ASSESSMENTS;
  }
}

package io.github.ptce.examples;

import io.github.ptce.core.Validated;
import io.github.ptce.core.Violation;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.internal.JsonInput;
import io.github.ptce.core.json.JsonLimits;
import io.github.ptce.core.json.PtceJson;
import io.github.ptce.core.validation.ClusterValidator;
import io.github.ptce.rules.Assessment;
import io.github.ptce.rules.Outcome;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import io.github.ptce.core.json.ParsedCluster;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what the command-line tool and the HTTP service evaluate: a cluster, and optionally the assessments
 * of the criteria that need a person's judgement.
 *
 * <p>Two shapes are accepted:
 * <ul>
 *   <li>a bare cluster document ({@code ptce-cluster/2}, see {@code docs/cluster-format.md});
 *   <li>a request {@code {"cluster": {…}, "assessments": [{…}, …]}}, whose violations have paths under
 *       {@code $.cluster} and {@code $.assessments}. The cluster format has no {@code cluster} property, so the
 *       two cannot be confused.
 * </ul>
 * An assessment is {@code {"criterionId": "…", "member": "…", "outcome": "MET"|"NOT_MET", "assessor": "…",
 * "date": "yyyy-MM-dd", "note": "…"}} ({@code member} only for a criterion evaluated per member, {@code note}
 * optional). A separate assessments document (the command line's {@code --assessments FILE}) is either such an
 * array or an object {@code {"assessments": […]}}.
 *
 * <p>Every problem is reported, with its JSON path; the library's limits ({@link JsonLimits#DEFAULT}) apply to
 * the whole document. Immutable and thread-safe.
 */
public final class Requests {

  /**
   * A cluster to evaluate with its assessments.
   *
   * @param cluster the valid cluster
   * @param assessments the assessments, possibly none
   */
  public record Request(Cluster cluster, List<Assessment> assessments) {
    /**
     * Copies the list.
     *
     * @param cluster the cluster
     * @param assessments the assessments
     */
    public Request {
      Objects.requireNonNull(cluster, "cluster");
      assessments = List.copyOf(assessments);
    }
  }

  private static final Set<String> REQUEST_PROPERTIES = Set.of("cluster", "assessments");
  /** The library's code for a list of violations cut at {@link JsonLimits#maxViolations()}. */
  private static final String TOO_MANY_VIOLATIONS = "json.limit.violations";
  private static final List<String> ASSESSMENT_PROPERTIES =
      List.of("criterionId", "member", "outcome", "assessor", "date", "note");
  private static final Pattern LOCAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /**
   * The earliest date the tool and the service accept: an assessment's {@code date}, the service's
   * {@code ?asOf=} and the command line's {@code --as-of}. An earlier date is a typing error, not a question
   * the rules can answer.
   */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** The latest date the tool and the service accept (see {@link #EARLIEST}). */
  public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

  /**
   * Returns whether a date lies between {@link #EARLIEST} and {@link #LATEST}, both included.
   *
   * @param date a date
   * @return true if the tool and the service accept it
   */
  public static boolean inRange(LocalDate date) {
    return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
  }

  private final PtceJson json;
  private final Supplier<ClusterValidator> validators;
  private final JsonMapper mapper;

  private Requests(PtceJson json, Supplier<ClusterValidator> validators) {
    this.json = json;
    this.validators = validators;
    this.mapper = JsonInput.mapper(json.limits());
  }

  /**
   * Returns a reader.
   *
   * @param json the cluster reader, whose limits apply
   * @param validator the validator
   * @return the reader
   */
  public static Requests of(PtceJson json, ClusterValidator validator) {
    Objects.requireNonNull(validator, "validator");
    return new Requests(Objects.requireNonNull(json, "json"), () -> validator);
  }

  /**
   * Returns a reader that asks for the validator only once a document has been parsed, so that a validator
   * still booting on another thread does not delay parsing.
   *
   * @param json the cluster reader, whose limits apply
   * @param validator gives the validator
   * @return the reader
   */
  public static Requests of(PtceJson json, Supplier<ClusterValidator> validator) {
    return new Requests(Objects.requireNonNull(json, "json"), Objects.requireNonNull(validator, "validator"));
  }

  /**
   * Reads a bare cluster or a request with assessments.
   *
   * @param document UTF-8 JSON
   * @return the request, or every violation
   */
  public Validated<Request> read(byte[] document) {
    Objects.requireNonNull(document, "document");
    if (document.length > json.limits().maxDocumentBytes()) {
      return readBare(document);
    }
    if (!isRequest(document)) {
      return readBare(document);
    }
    JsonNode root;
    try {
      root = JsonInput.readTree(mapper, document);
    } catch (JacksonException e) {
      // The library's reader names the syntax error, the limit, the encoding problem or the number out of
      // range precisely.
      return readBare(document);
    }
    List<Violation> problems = new ArrayList<>();
    for (String name : root.propertyNames()) {
      if (!REQUEST_PROPERTIES.contains(name)) {
        if (full(problems)) {
          break;
        }
        problems.add(Violation.of(Messages.bundle(), "$." + safeName(name), "request.unknownProperty",
            Map.of("name", Messages.quote(name))));
      }
    }
    Cluster cluster = null;
    JsonNode clusterNode = root.get("cluster");
    if (!clusterNode.isObject()) {
      problems.add(Violation.of(Messages.bundle(), "$.cluster", "request.clusterNotObject", Map.of()));
    } else {
      Validated<Cluster> read = validators.get().readJson(json, mapper.writeValueAsBytes(clusterNode));
      if (read.isValid()) {
        cluster = read.orElseThrow();
      } else {
        read.violations().forEach(v -> problems.add(v.under("$.cluster")));
      }
    }
    List<Assessment> assessments = List.of();
    JsonNode assessmentsNode = root.get("assessments");
    if (assessmentsNode != null && !assessmentsNode.isNull()) {
      assessments = assessments(assessmentsNode, "$.assessments", problems);
    }
    if (!problems.isEmpty()) {
      return Validated.invalid(cut(problems));
    }
    return Validated.valid(new Request(cluster, assessments));
  }

  /** Whether the violations found so far are beyond the limit, so that looking for more is pointless. */
  private boolean full(List<Violation> problems) {
    return problems.size() > json.limits().maxViolations();
  }

  /**
   * Cuts a list of violations at the reader's limit ({@link JsonLimits#maxViolations()}), as the library does
   * for a cluster: the first ones in path order, then {@code json.limit.violations}.
   */
  private List<Violation> cut(List<Violation> problems) {
    int max = json.limits().maxViolations();
    List<Violation> kept = new ArrayList<>(problems.size());
    boolean cut = false;
    for (Violation v : problems) {
      cut |= v.code().equals(TOO_MANY_VIOLATIONS);
      if (!v.code().equals(TOO_MANY_VIOLATIONS)) {
        kept.add(v);
      }
    }
    if (!cut && kept.size() <= max) {
      return problems;
    }
    kept.sort(Violation.ORDER);
    List<Violation> result = new ArrayList<>(kept.subList(0, Math.min(max, kept.size())));
    result.add(Violation.of("$", TOO_MANY_VIOLATIONS, Map.of("limit", Integer.toString(max))));
    return result;
  }

  /**
   * Tells a request from a bare cluster by its top-level properties, without building a tree. A document
   * that is not UTF-8 (UTF-16 or UTF-32, which the parser would detect and read) is left to the library's
   * reader, which rejects it.
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
        if (parser.currentName().equals("cluster")) {
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

  /** Whether the first bytes are not those of UTF-16 or UTF-32: a byte-order mark FE FF or FF FE, or a NUL. */
  private static boolean mayBeUtf8(byte[] document) {
    if (document.length >= 2 && ((document[0] == (byte) 0xFE && document[1] == (byte) 0xFF)
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

  /** Parses first, then validates: the parse does not wait for the validator. */
  private Validated<Request> readBare(byte[] document) {
    ParsedCluster parsed = json.parseCluster(document);
    Validated<Cluster> read = parsed.result().isValid()
        ? validators.get().check(parsed.result().orElseThrow())
        : validators.get().readJson(json, document);
    // check() lists every violation of a built cluster; the list is cut as readJson() cuts it.
    return read.isValid() ? Validated.valid(new Request(read.orElseThrow(), List.of()))
        : Validated.invalid(cut(read.violations()));
  }

  /**
   * Reads an assessments document: an array of assessments, or an object {@code {"assessments": […]}}.
   *
   * @param document UTF-8 JSON
   * @return the assessments, or every violation
   */
  public Validated<List<Assessment>> readAssessments(byte[] document) {
    Objects.requireNonNull(document, "document");
    JsonNode root;
    try {
      if (document.length > json.limits().maxDocumentBytes()) {
        return Validated.invalid(List.of(Violation.of(Messages.bundle(), "$", "assessments.tooLarge",
            Map.of("limit", Long.toString(json.limits().maxDocumentBytes())))));
      }
      root = JsonInput.readTree(mapper, document);
    } catch (JsonInput.NumberRangeException e) {
      var location = e.getLocation();
      return Validated.invalid(List.of(Violation.of(e.path(), "json.numberRange", Map.of("value",
          Messages.quote(e.text()), "line", location == null ? "?" : Integer.toString(location.getLineNr()),
          "column", location == null ? "?" : Integer.toString(location.getColumnNr())))));
    } catch (JacksonException e) {
      // The place, not the parser's English text: the message must be in the reader's language.
      var location = e.getLocation();
      return Validated.invalid(List.of(Violation.of(Messages.bundle(), "$", "assessments.syntax",
          Map.of("line", location == null ? "?" : Integer.toString(location.getLineNr()),
              "column", location == null ? "?" : Integer.toString(location.getColumnNr())))));
    }
    List<Violation> problems = new ArrayList<>();
    List<Assessment> result;
    if (root != null && root.isObject() && root.has("assessments")) {
      for (String name : root.propertyNames()) {
        if (!name.equals("assessments") && !full(problems)) {
          problems.add(Violation.of(Messages.bundle(), "$." + safeName(name), "request.unknownProperty",
              Map.of("name", Messages.quote(name))));
        }
      }
      result = assessments(root.get("assessments"), "$.assessments", problems);
    } else {
      result = assessments(root, "$", problems);
    }
    return problems.isEmpty() ? Validated.valid(result) : Validated.invalid(cut(problems));
  }

  private List<Assessment> assessments(JsonNode node, String path, List<Violation> problems) {
    if (node == null || !node.isArray()) {
      problems.add(Violation.of(Messages.bundle(), path, "assessments.notArray", Map.of()));
      return List.of();
    }
    int max = json.limits().maxItems();
    if (node.size() > max) {
      problems.add(Violation.of(Messages.bundle(), path, "assessments.tooMany",
          Map.of("limit", Integer.toString(max))));
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

  private Assessment assessment(JsonNode node, String path, List<Violation> problems) {
    if (!node.isObject()) {
      problems.add(Violation.of(Messages.bundle(), path, "assessment.notObject", Map.of()));
      return null;
    }
    int before = problems.size();
    for (String name : node.propertyNames()) {
      if (!ASSESSMENT_PROPERTIES.contains(name) && !full(problems)) {
        problems.add(Violation.of(Messages.bundle(), path + "." + safeName(name), "assessment.unknownProperty",
            Map.of("name", Messages.quote(name), "known", String.join(", ", ASSESSMENT_PROPERTIES))));
      }
    }
    String criterionId = text(node, path, "criterionId", true, 200, problems);
    String member = text(node, path, "member", false, 64, problems);
    if (member != null && !LOCAL_ID.matcher(member).matches()) {
      problems.add(Violation.of(Messages.bundle(), path + ".member", "assessment.member",
          Map.of("value", Messages.quote(member))));
    }
    String outcomeText = text(node, path, "outcome", true, 40, problems);
    Outcome outcome = null;
    if (outcomeText != null) {
      if (outcomeText.equals("MET")) {
        outcome = Outcome.MET;
      } else if (outcomeText.equals("NOT_MET")) {
        outcome = Outcome.NOT_MET;
      } else {
        problems.add(Violation.of(Messages.bundle(), path + ".outcome", "assessment.outcome",
            Map.of("value", Messages.quote(outcomeText))));
      }
    }
    String assessor = text(node, path, "assessor", true, 300, problems);
    String dateText = text(node, path, "date", true, 40, problems);
    LocalDate date = null;
    if (dateText != null) {
      try {
        date = LocalDate.parse(dateText);
        if (!inRange(date)) {
          problems.add(badDate(path, dateText));
          date = null;
        }
      } catch (DateTimeParseException e) {
        problems.add(badDate(path, dateText));
      }
    }
    String note = text(node, path, "note", false, 4000, problems);
    if (problems.size() > before) {
      return null;
    }
    Assessment.Builder builder = Assessment.builder()
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
    return builder.build();
  }

  /** An assessment's date that is not a date, or lies outside the range; the message names the range. */
  private static Violation badDate(String path, String dateText) {
    return Violation.of(Messages.bundle(), path + ".date", "assessment.date", Map.of("value",
        Messages.quote(dateText), "earliest", EARLIEST.toString(), "latest", LATEST.toString()));
  }

  /** Reads a string property; reports it when required and absent, not a string, blank or too long. */
  private static String text(JsonNode object, String path, String name, boolean required, int maxLength,
      List<Violation> problems) {
    JsonNode value = object.get(name);
    String at = path + "." + name;
    if (value == null || value.isNull()) {
      if (required) {
        problems.add(Violation.of(Messages.bundle(), at, "assessment.missing", Map.of("name", name)));
      }
      return null;
    }
    if (!value.isString()) {
      problems.add(Violation.of(Messages.bundle(), at, "assessment.notString", Map.of("name", name)));
      return null;
    }
    String text = value.stringValue();
    if (text.isBlank()) {
      problems.add(Violation.of(Messages.bundle(), at, "assessment.blank", Map.of("name", name)));
      return null;
    }
    if (text.length() > maxLength) {
      problems.add(Violation.of(Messages.bundle(), at, "assessment.tooLong",
          Map.of("name", name, "limit", Integer.toString(maxLength), "length", Integer.toString(text.length()))));
      return null;
    }
    return text;
  }

  /** A property name as it may appear in a path: printable and short. */
  private static String safeName(String name) {
    return Messages.quote(name);
  }

}

package io.github.ptce.rules.json;

import io.github.ptce.core.constraints.PlausibleDate;
import io.github.ptce.core.internal.JsonOutput;
import io.github.ptce.core.json.JsonLimits;
import io.github.ptce.core.json.PtceJson;
import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas of the request and assessments formats, built once on first use. They state what
 * {@link RequestJson} checks of an assessment, with the limits of the model's constraints on {@link
 * io.github.ptce.rules.Assessment}.
 */
final class RequestSchemas {
  private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  private static final String PREFIX = "urn:io.github.ptce:schema:";
  static final String REQUEST = write(request());
  static final String ASSESSMENTS = write(assessments());

  private RequestSchemas() {}

  private static ObjectNode request() {
    ObjectNode root =
        root(
            RequestJson.REQUEST_FORMAT,
            "ptce evaluation request, format " + RequestJson.REQUEST_FORMAT,
            "A cluster to evaluate with the assessments of the criteria that need a person's judgement, as read by "
                + "io.github.ptce:ptce-rules (RequestJson). A bare cluster document is a request too.");
    root.put("type", "object");
    ObjectNode properties = root.putObject("properties");
    properties.set("format", format(RequestJson.REQUEST_FORMAT));
    properties
        .putObject("cluster")
        .put("$ref", PREFIX + PtceJson.CLUSTER_FORMAT)
        .put("description", "The cluster, in the format " + PtceJson.CLUSTER_FORMAT + ".");
    properties.putObject("assessments").put("$ref", "#/$defs/AssessmentList");
    root.putArray("required").add("cluster");
    root.put("additionalProperties", false);
    definitions(root);
    return root;
  }

  private static ObjectNode assessments() {
    ObjectNode root =
        root(
            RequestJson.ASSESSMENTS_FORMAT,
            "ptce assessments, format " + RequestJson.ASSESSMENTS_FORMAT,
            "Assessments of the criteria that need a person's judgement, as read by "
                + "io.github.ptce:ptce-rules (RequestJson): an array, or an object with the array in \"assessments\".");
    ArrayNode oneOf = root.putArray("oneOf");
    oneOf.addObject().put("$ref", "#/$defs/AssessmentList");
    ObjectNode object = oneOf.addObject().put("type", "object");
    ObjectNode properties = object.putObject("properties");
    properties.set("format", format(RequestJson.ASSESSMENTS_FORMAT));
    properties.putObject("assessments").put("$ref", "#/$defs/AssessmentList");
    object.putArray("required").add("assessments");
    object.put("additionalProperties", false);
    definitions(root);
    return root;
  }

  private static ObjectNode root(String format, String title, String description) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("$schema", DIALECT);
    root.put("$id", PREFIX + format);
    root.put("title", title);
    root.put("description", description);
    return root;
  }

  private static ObjectNode format(String format) {
    return JsonNodeFactory.instance
        .objectNode()
        .put("const", format)
        .put("description", "The format of the document; optional on input, always written.");
  }

  private static void definitions(ObjectNode root) {
    ObjectNode definitions = root.putObject("$defs");
    definitions
        .putObject("AssessmentList")
        .put("type", "array")
        .put("maxItems", JsonLimits.DEFAULT.maxItems())
        .set("items", JsonNodeFactory.instance.objectNode().put("$ref", "#/$defs/Assessment"));
    ObjectNode assessment =
        definitions
            .putObject("Assessment")
            .put("type", "object")
            .put(
                "description",
                "A person's judgement on a criterion that data alone cannot decide.");
    ObjectNode properties = assessment.putObject("properties");
    properties
        .putObject("criterionId")
        .put("type", "string")
        .put("minLength", 1)
        .put("pattern", "\\S")
        .put("maxLength", 200)
        .put("description", "The criterion assessed, e.g. fr.law.2014-856.art9.i.innovation.");
    properties
        .putObject("member")
        .put("type", "string")
        .put("pattern", "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
        .put(
            "description",
            "The member assessed, for a criterion evaluated per member: its stakeholder id.");
    ArrayNode outcomes =
        properties.putObject("outcome").put("description", "The judgement.").putArray("enum");
    outcomes.add("MET").add("NOT_MET");
    properties
        .putObject("assessor")
        .put("type", "string")
        .put("minLength", 1)
        .put("pattern", "\\S")
        .put("maxLength", 300)
        .put("description", "Who assessed: a name or a role.");
    properties
        .putObject("date")
        .put("type", "string")
        .put("format", "date")
        .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
        .put(
            "description",
            "When, yyyy-MM-dd, between " + PlausibleDate.MIN + " and " + PlausibleDate.MAX + ".");
    properties
        .putObject("note")
        .put("type", "string")
        .put("maxLength", 4000)
        .put("description", "Why, in the assessor's words.");
    ArrayNode required = assessment.putArray("required");
    required.add("criterionId").add("outcome").add("assessor").add("date");
    assessment.put("additionalProperties", false);
  }

  private static String write(ObjectNode schema) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JsonOutput.pretty(out)) {
      JsonMapper.shared().writeTree(generator, schema);
    }
    return out + "\n";
  }
}

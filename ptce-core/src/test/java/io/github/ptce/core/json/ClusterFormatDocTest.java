package io.github.ptce.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.Validated;
import io.github.ptce.core.Violation;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.stakeholder.LegalCategory;
import io.github.ptce.core.stakeholder.LegalForm;
import io.github.ptce.core.testing.Fixtures;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps {@code docs/cluster-format.md} true: its object tables are generated from {@link
 * PtceJson#clusterSchema()}, its complete example is {@code examples/complete-cluster.json} (which
 * is {@link Fixtures#complete()} as written), and its example errors are those the library gives.
 * Run the module's tests with {@code -Dptce.updateDocs=true} to rewrite the generated parts after a
 * change of the format.
 */
class ClusterFormatDocTest {
  static final Path DOC = Path.of("..", "docs", "cluster-format.md");
  private static final Path EXAMPLE =
      Path.of("src", "test", "resources", "examples", "complete-cluster.json");
  private static final boolean UPDATE = Boolean.getBoolean("ptce.updateDocs");

  /** The bad document of the "Errors" section of the documentation. */
  static final String BAD_DOCUMENT =
      """
      {
        "name": "PTCE exemple",
        "members": [
          {"stakeholder": {"id": "a", "name": "Association A", "kind": "ENTERPRISE", "siren": "123456789"}},
          {"stakeholder": {"id": "b", "name": "Commune B", "kind": "LOCAL_AUTHORITY"},
           "joinedOn": "2020-01-02", "leftOn": "2020-01-01"}
        ]
      }
      """;

  /** The malformed document of the "Syntax errors" section of the documentation. */
  static final String SYNTAX_DOCUMENT =
      """
      {
        "name": "PTCE exemple"
        "stage": "EMERGENCE"
      }
      """;

  @Test
  void objectTablesAreGeneratedFromTheSchema() throws IOException {
    checkSection("GENERATED", objectTables(PtceJson.clusterSchema()));
  }

  @Test
  void theLegalFormsTableIsTheLibrarysTable() throws IOException {
    StringBuilder table =
        new StringBuilder(
            "| legal form (as written back) | in English | INSEE categories | implies | "
                + "private law | SSE by its form |\n| --- | --- | --- | --- | --- | --- |\n");
    for (LegalForm form : LegalForm.all()) {
      table
          .append("| `")
          .append(form.name())
          .append("` | ")
          .append(form.name(java.util.Locale.ENGLISH))
          .append(" | ")
          .append(String.join(", ", form.categories().stream().map(LegalCategory::code).toList()))
          .append(" | ")
          .append(
              form.impliedStatuses().isEmpty()
                  ? ""
                  : "`"
                      + String.join(
                          "`, `", form.impliedStatuses().stream().map(Enum::name).toList())
                      + "`")
          .append(" | ")
          .append(form.privateLaw().map(b -> b ? "yes" : "no").orElse("unknown"))
          .append(" | ")
          .append(
              switch (form.sseByLegalForm()) {
                case YES -> "yes";
                case NO -> "no";
                case UNDETERMINED -> "unknown";
              })
          .append(" |\n");
    }
    checkSection("LEGAL-FORMS", table.toString());
  }

  @Test
  void theCompleteExampleIsTheExampleFileAndTheFixture() throws IOException {
    String file = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
    assertEquals(
        PtceJson.standard().writeCluster(Fixtures.complete()),
        file,
        "examples/complete-cluster.json is Fixtures.complete() as written");
    checkSection("EXAMPLE", "```json\n" + file + "```\n");
  }

  @Test
  void theErrorExamplesAreWhatTheLibraryGives() throws IOException {
    checkSection(
        "ERRORS",
        "```json\n" + BAD_DOCUMENT + "```\n\ngives\n\n```json\n" + errors(BAD_DOCUMENT) + "```\n");
  }

  @Test
  void theSyntaxErrorExampleIsWhatTheLibraryGives() throws IOException {
    checkSection(
        "SYNTAX",
        "```json\n"
            + SYNTAX_DOCUMENT
            + "```\n\ngives\n\n```json\n"
            + errors(SYNTAX_DOCUMENT)
            + "```\n");
  }

  @Test
  void everyKindOfSyntaxErrorIsDocumented() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Set<String> documented = new TreeSet<>();
    java.util.regex.Matcher row =
        java.util.regex.Pattern.compile("(?m)^\\| `(\\w+)` \\| ")
            .matcher(doc.substring(doc.indexOf("### Syntax errors")));
    while (row.find()) {
      documented.add(row.group(1));
    }
    documented.remove("kind"); // the header of the table
    Set<String> kinds = new TreeSet<>();
    for (SyntaxErrors.Kind kind : SyntaxErrors.Kind.values()) {
      kinds.add(kind.argument());
    }
    assertEquals(
        kinds, documented, "the table of kinds in the section \"Syntax errors\" of " + DOC);
  }

  @Test
  void theCompleteExampleReadsAndValidatesWithoutAnyViolation() throws IOException {
    String example = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
    Validated<Cluster> result = PtceJson.standard().readCluster(example);
    assertEquals(List.of(), result.violations());
    assertEquals(Fixtures.complete(), result.orElseThrow());
  }

  @Test
  void theCompleteExampleUsesEveryObjectAndEveryProperty() throws IOException {
    JsonNode schema = JsonMapper.shared().readTree(PtceJson.clusterSchema());
    JsonNode example =
        JsonMapper.shared().readTree(Files.readString(EXAMPLE, StandardCharsets.UTF_8));
    Set<String> used = new TreeSet<>();
    walk(example, "Cluster", schema.get("$defs"), used);
    Set<String> all = new TreeSet<>();
    for (Map.Entry<String, JsonNode> definition : schema.get("$defs").properties()) {
      all.add(definition.getKey());
      for (Map.Entry<String, JsonNode> property :
          definition.getValue().get("properties").properties()) {
        all.add(definition.getKey() + "." + property.getKey());
      }
    }
    all.removeAll(used);
    // A strategy in the example is ongoing, so it has no end date.
    assertEquals(Set.of("CooperationStrategy.endDate"), all);
  }

  @Test
  void theDocumentedLimitsAreTheDefaults() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    for (String row :
        List.of(
            "| document size | "
                + JsonLimits.DEFAULT_MAX_DOCUMENT_BYTES
                + " bytes (8 MiB) | `json.limit.documentSize` |",
            "| nesting depth of arrays and objects | "
                + JsonLimits.DEFAULT_MAX_NESTING_DEPTH
                + " | `json.limit.depth` |",
            "| string length | "
                + JsonLimits.DEFAULT_MAX_STRING_LENGTH
                + " characters | `json.limit.stringLength` |",
            "| number length | "
                + JsonLimits.DEFAULT_MAX_NUMBER_LENGTH
                + " characters | `json.limit.numberLength` |",
            "| property name length | "
                + JsonLimits.MAX_NAME_LENGTH
                + " characters (or the string length, if smaller) | `json.limit.nameLength` |",
            "| members of a cluster | "
                + JsonLimits.DEFAULT_MAX_MEMBERS
                + " | `json.limit.items` |",
            "| items of any other list | "
                + JsonLimits.DEFAULT_MAX_ITEMS
                + " | `json.limit.items` |",
            "| violations reported for one document | "
                + JsonLimits.DEFAULT_MAX_VIOLATIONS
                + " | `json.limit.violations` |")) {
      assertTrue(doc.contains(row), "docs/cluster-format.md should have the row " + row);
    }
    assertTrue(doc.contains("`" + PtceJson.CLUSTER_FORMAT + "`"));
  }

  // ---------------------------------------------------------------------------------------------------------

  private static void checkSection(String name, String content) throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String begin = "<!-- BEGIN " + name + " -->\n";
    String end = "<!-- END " + name + " -->";
    int from = doc.indexOf(begin);
    int to = doc.indexOf(end);
    assertTrue(from >= 0 && to > from, "markers " + begin.strip() + " and " + end + " in " + DOC);
    String current = doc.substring(from + begin.length(), to);
    if (UPDATE && !current.equals(content)) {
      Files.writeString(
          DOC,
          doc.substring(0, from + begin.length()) + content + doc.substring(to),
          StandardCharsets.UTF_8);
      return;
    }
    assertEquals(
        content,
        current,
        DOC
            + " is stale between the "
            + name
            + " markers: run the tests with -Dptce.updateDocs=true and review the change");
  }

  /** The violations of a document, as the documentation shows them. */
  static String errors(String document) {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    for (Violation violation : PtceJson.standard().readCluster(document).violations()) {
      ObjectNode node = list.addObject();
      node.put("path", violation.path());
      node.put("code", violation.code());
      ObjectNode arguments = node.putObject("arguments");
      new java.util.TreeMap<>(violation.arguments()).forEach(arguments::put);
      node.putObject("message")
          .put("en", violation.message(Locale.ENGLISH))
          .put("fr", violation.message(Locale.FRENCH));
    }
    java.io.StringWriter out = new java.io.StringWriter();
    try (tools.jackson.core.JsonGenerator generator =
        io.github.ptce.core.internal.JsonOutput.pretty(out)) {
      JsonMapper.shared().writeTree(generator, list);
    }
    return out + "\n";
  }

  /**
   * One section per object of the schema, in the schema's order, with a table of its properties.
   */
  static String objectTables(String schemaText) {
    JsonNode definitions = JsonMapper.shared().readTree(schemaText).get("$defs");
    StringBuilder out = new StringBuilder();
    out.append(
        "<!-- Generated from PtceJson.clusterSchema() by ClusterFormatDocTest: do not edit by hand. -->\n");
    for (Map.Entry<String, JsonNode> definition : definitions.properties()) {
      JsonNode object = definition.getValue();
      Set<String> required = new TreeSet<>();
      object.path("required").forEach(n -> required.add(n.stringValue()));
      out.append("\n### ").append(definition.getKey()).append("\n\n");
      out.append(object.get("description").stringValue()).append("\n\n");
      out.append("| property | type | required | meaning |\n| --- | --- | --- | --- |\n");
      List<Map.Entry<String, JsonNode>> properties = new ArrayList<>();
      object.get("properties").properties().forEach(properties::add);
      // The format property is added last to the schema but belongs first, as in a written
      // document.
      properties.sort(
          (a, b) -> Boolean.compare(!a.getKey().equals("format"), !b.getKey().equals("format")));
      for (Map.Entry<String, JsonNode> property : properties) {
        JsonNode p = property.getValue();
        String meaning = p.path("description").asString("");
        if (p.path("items").has("description")) {
          meaning += " Each item: " + p.get("items").get("description").stringValue();
        }
        if (p.has("default")) {
          meaning += " Default: `" + literal(p.get("default")) + "`.";
        }
        out.append("| `")
            .append(property.getKey())
            .append("` | ")
            .append(cell(type(p)))
            .append(" | ")
            .append(required.contains(property.getKey()) ? "yes" : "no")
            .append(" | ")
            .append(cell(meaning))
            .append(" |\n");
      }
    }
    return out.toString();
  }

  private static String type(JsonNode p) {
    if (p.has("const")) {
      return "`" + literal(p.get("const")) + "`";
    }
    if (p.has("$ref")) {
      String name = p.get("$ref").stringValue().substring("#/$defs/".length());
      return "[" + name + "](#" + name.toLowerCase(Locale.ROOT) + ")";
    }
    String type = p.path("type").asString("");
    switch (type) {
      case "array" -> {
        JsonNode items = p.get("items");
        String kind = p.path("uniqueItems").asBoolean(false) ? "set of " : "list of ";
        if (items.has("enum")) {
          return kind + enumeration(items);
        }
        String item = type(items);
        if (item.startsWith("[")) {
          return kind + item + " objects";
        }
        int comma = item.indexOf(", ");
        return comma < 0
            ? kind + item + "s"
            : kind + item.substring(0, comma) + "s (" + item.substring(comma + 2) + ")";
      }
      case "string" -> {
        if (p.has("enum")) {
          return "one of " + enumeration(p);
        }
        if ("date".equals(p.path("format").asString(""))) {
          return "date `yyyy-MM-dd`";
        }
        String text = "string";
        if (p.path("pattern").asString("").startsWith("^[A-Za-z0-9][A-Za-z0-9._-]")) {
          text = "key (see the rules)";
        }
        if (p.path("minLength").asInt(0) >= 1
            && p.has("pattern")
            && "\\S".equals(p.get("pattern").stringValue())) {
          text += ", not blank";
        }
        if (p.has("maxLength")) {
          text += ", at most " + p.get("maxLength").asInt() + " characters";
        }
        return text;
      }
      case "integer", "number" -> {
        String text = type;
        if (p.has("minimum") && p.has("maximum")) {
          text += ", " + literal(p.get("minimum")) + " to " + literal(p.get("maximum"));
        } else if (p.has("minimum")) {
          text += " ≥ " + literal(p.get("minimum"));
        }
        return text;
      }
      default -> {
        return type;
      }
    }
  }

  private static String enumeration(JsonNode node) {
    List<String> values = new ArrayList<>();
    node.get("enum").forEach(v -> values.add("`" + v.stringValue() + "`"));
    return String.join(", ", values);
  }

  private static String literal(JsonNode node) {
    if (node.isNumber()) {
      return new BigDecimal(node.asString()).stripTrailingZeros().toPlainString();
    }
    if (node.isString()) {
      return "\"" + node.stringValue() + "\"";
    }
    return node.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  /**
   * Records the definitions and properties that a document uses, following the schema's references.
   */
  private static void walk(
      JsonNode node, String definition, JsonNode definitions, Set<String> used) {
    used.add(definition);
    JsonNode properties = definitions.get(definition).get("properties");
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      used.add(definition + "." + property.getKey());
      JsonNode schema = properties.get(property.getKey());
      if (schema.has("$ref")) {
        walk(property.getValue(), ref(schema), definitions, used);
      } else if (schema.has("items") && schema.get("items").has("$ref")) {
        for (JsonNode item : property.getValue()) {
          walk(item, ref(schema.get("items")), definitions, used);
        }
      }
    }
  }

  private static String ref(JsonNode schema) {
    return schema.get("$ref").stringValue().substring("#/$defs/".length());
  }
}

package io.github.ptce.core.json;

import io.github.ptce.core.internal.JsonOutput;
import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON Schema of the cluster format, built once on first use from {@link ClusterFormat}. */
final class Schema {
  static final String CLUSTER = build();

  private Schema() {}

  private static String build() {
    Codec.SchemaContext context = new Codec.SchemaContext();
    ClusterFormat.CLUSTER.schema(context);
    ObjectNode cluster = (ObjectNode) context.definitions.get("Cluster");
    ObjectNode format =
        ((ObjectNode) cluster.get("properties")).putObject(PtceJson.FORMAT_PROPERTY);
    PtceJson.READABLE_FORMATS.forEach(format.putArray("enum")::add);
    format.put(
        "description",
        "The format of the document; optional on input, always written as "
            + PtceJson.CLUSTER_FORMAT
            + ". Documents of ptce-cluster/1 are read with the same meaning.");
    ObjectNode root = context.object();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "urn:io.github.ptce:schema:" + PtceJson.CLUSTER_FORMAT);
    root.put("title", "ptce cluster, format " + PtceJson.CLUSTER_FORMAT);
    root.put(
        "description",
        "A territorial cluster for economic cooperation (PTCE) as read and written by "
            + "io.github.ptce:ptce-core. Generated from the model; see docs/cluster-format.md.");
    root.put("$ref", "#/$defs/Cluster");
    root.set("$defs", context.definitions);
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JsonOutput.pretty(out)) {
      JsonMapper.shared().writeTree(generator, root);
    }
    return out + "\n";
  }
}

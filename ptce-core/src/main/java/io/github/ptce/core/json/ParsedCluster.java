package io.github.ptce.core.json;

import io.github.ptce.core.Validated;
import io.github.ptce.core.cluster.Cluster;
import java.util.List;

/**
 * The outcome of reading a cluster document: the cluster or every format violation, and, for an
 * invalid document, the parts of it that could still be built (a member, a project, …) with their
 * JSON paths.
 *
 * <p>Those parts let {@link io.github.ptce.core.validation.ClusterValidator} report their
 * constraint violations in the same answer as the format errors, so that one round trip gives the
 * complete list. Immutable and thread-safe.
 */
public final class ParsedCluster {

  /**
   * A part of an invalid document that was built on its own.
   *
   * @param path the JSON path of the part
   * @param value the model object built from it
   */
  public record Part(String path, Object value) {}

  private final Validated<Cluster> result;
  private final List<Part> parts;

  ParsedCluster(Validated<Cluster> result, List<Part> parts) {
    this.result = result;
    this.parts = List.copyOf(parts);
  }

  /**
   * Returns the cluster, or every format violation.
   *
   * @return the result of the read
   */
  public Validated<Cluster> result() {
    return result;
  }

  /**
   * Returns the largest parts of an invalid document that could be built.
   *
   * @return the parts, in document order; empty when the document was valid
   */
  public List<Part> validParts() {
    return parts;
  }
}

package io.github.ptce.rules.json;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.rules.Assessment;
import java.util.List;
import java.util.Objects;

/**
 * What an evaluation is asked for in one document: a cluster and the assessments of the criteria
 * that need a person's judgement. The evaluation date and the schemes are the caller's parameters
 * (the command line's {@code --as-of} and {@code --scheme}, the service's {@code ?asOf=} and {@code
 * ?scheme=}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param cluster the cluster, valid when read with {@link RequestJson}
 * @param assessments the assessments, possibly none, in document order
 */
public record EvaluationRequest(Cluster cluster, List<Assessment> assessments) {
  /**
   * Checks and copies the arguments.
   *
   * @param cluster the cluster
   * @param assessments the assessments
   */
  public EvaluationRequest {
    Objects.requireNonNull(cluster, "cluster");
    assessments = List.copyOf(assessments);
  }

  /**
   * Returns a request without assessments.
   *
   * @param cluster the cluster
   * @return the request
   */
  public static EvaluationRequest of(Cluster cluster) {
    return new EvaluationRequest(cluster, List.of());
  }
}

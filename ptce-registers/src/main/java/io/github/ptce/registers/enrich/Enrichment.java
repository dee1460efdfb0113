package io.github.ptce.registers.enrich;

import io.github.ptce.core.cluster.Cluster;
import java.util.Objects;

/**
 * The result of an enrichment: the cluster with the facts the register filled, and the report of
 * what was done.
 *
 * @param cluster the enriched cluster: the cluster given, with absent facts filled and a {@code
 *     REGISTER} source for each; it validates whenever the cluster given did
 * @param report what was filled, what disagrees, what could not be found
 */
public record Enrichment(Cluster cluster, EnrichmentReport report) {
  /**
   * Checks the components.
   *
   * @throws NullPointerException if one is null
   */
  public Enrichment {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(report, "report");
  }
}

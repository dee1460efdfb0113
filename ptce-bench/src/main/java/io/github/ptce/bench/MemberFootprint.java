package io.github.ptce.bench;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.json.PtceJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Measures the heap a cluster retains per member, in the JVM it runs in: the used heap after a full
 * collection (serial collector, collected until the figure is stable) with 34 clusters of 3,000
 * members (102,000 members) kept reachable, minus the same before they were built, divided by the
 * number of members; once for clusters built with the model's builders, once for the same clusters
 * read from their JSON. The figure includes each cluster's own small share (name, perimeter,
 * strategy, projects, supports, lists).
 *
 * <p>JOL is not used (not a dependency of the project); the method is the {@link Runtime} one, as
 * in {@link GeographyFootprint}. Run:
 *
 * <pre>{@code
 * java -XX:+UseSerialGC -cp ptce-bench/target/benchmarks.jar io.github.ptce.bench.MemberFootprint
 * }</pre>
 *
 * <p>Members are the mix of {@link BenchClusters}: each has its own name, id and, for most, a
 * SIREN; legal categories are shared constants, as they are when read from JSON (the model interns
 * them).
 */
public final class MemberFootprint {
  private MemberFootprint() {}

  /**
   * Prints {@code built: members=… retained_bytes_per_member=…} and the same for {@code parsed:}.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    BenchClusters.cluster(
        30); // load the classes and the shared constants before the first measurement
    PtceJson json = PtceJson.standard();
    json.readCluster(json.writeCluster(BenchClusters.cluster(30)));
    List<String> documents = new ArrayList<>();
    for (int v = 0; v < 34; v++) {
      documents.add(json.writeCluster(BenchClusters.cluster(3_000, v)));
    }
    report(
        "built",
        () -> {
          List<Cluster> clusters = new ArrayList<>();
          for (int v = 0; v < 34; v++) {
            clusters.add(BenchClusters.cluster(3_000, v));
          }
          return clusters;
        });
    report(
        "parsed",
        () -> {
          List<Cluster> clusters = new ArrayList<>();
          for (String document : documents) {
            clusters.add(json.readCluster(document).orElseThrow());
          }
          return clusters;
        });
  }

  private static void report(String how, Supplier<List<Cluster>> build) {
    long before = usedAfterGc();
    List<Cluster> clusters = build.get();
    long after = usedAfterGc();
    int members = 0;
    for (Cluster cluster : clusters) {
      members += cluster.members().size();
    }
    System.out.printf(
        Locale.ROOT,
        "%s: members=%d retained_bytes_per_member=%.1f%n",
        how,
        members,
        (after - before) / (double) members);
    clusters.clear();
  }

  static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long now = runtime.totalMemory() - runtime.freeMemory();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }
}

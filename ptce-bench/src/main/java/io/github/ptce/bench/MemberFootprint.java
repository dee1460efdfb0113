package io.github.ptce.bench;

import io.github.ptce.core.cluster.Cluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the heap a cluster retains per member, in the JVM it runs in: the used heap after a full
 * collection (serial collector, collected until the figure is stable) with 34 clusters of 3,000 members
 * (102,000 members) kept reachable, minus the same before they were built, divided by the number of members.
 * The figure includes each cluster's own small share (name, perimeter, strategy, projects, supports, lists).
 *
 * <p>JOL is not used (not a dependency of the project); the method is the {@link Runtime} one, as in
 * {@link GeographyFootprint}. Run:
 *
 * <pre>{@code
 * java -XX:+UseSerialGC -cp ptce-bench/target/benchmarks.jar io.github.ptce.bench.MemberFootprint
 * }</pre>
 *
 * <p>Members are the mix of {@link BenchClusters}: each has its own name, id and, for most, a SIREN; legal
 * categories are shared constants, as they are when read from JSON (the model interns them).
 */
public final class MemberFootprint {
  private MemberFootprint() {}

  /**
   * Prints {@code members=… retained_bytes_per_member=…} on one line.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    BenchClusters.cluster(30); // load the classes and the shared constants before the first measurement
    long before = usedAfterGc();
    List<Cluster> clusters = new ArrayList<>();
    int members = 0;
    for (int v = 0; v < 34; v++) {
      Cluster cluster = BenchClusters.cluster(3_000, v);
      clusters.add(cluster);
      members += cluster.members().size();
    }
    long after = usedAfterGc();
    System.out.printf(Locale.ROOT, "members=%d retained_bytes_per_member=%.1f (clusters kept: %d)%n", members,
        (after - before) / (double) members, clusters.size());
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

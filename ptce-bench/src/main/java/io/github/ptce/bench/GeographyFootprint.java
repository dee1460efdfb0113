package io.github.ptce.bench;

import io.github.ptce.core.territory.Geography;
import java.util.Locale;

/**
 * Measures, in the JVM it runs in, the wall time of the first {@code Geography.bundled()} and the
 * heap the geography retains, first as loaded, then with every commune and EPCI object built and
 * the name index of both searches built.
 *
 * <p>Run each measurement in a fresh JVM, e.g. ten times:
 *
 * <pre>{@code
 * for i in $(seq 10); do java -XX:+UseSerialGC -cp ptce-bench/target/benchmarks.jar \
 *     io.github.ptce.bench.GeographyFootprint; done
 * }</pre>
 *
 * <p>Retained heap is the used heap after a full collection (serial collector, collected until the
 * figure is stable) minus the same before the load; the geography is kept reachable in between.
 */
public final class GeographyFootprint {
  private GeographyFootprint() {}

  /**
   * Prints {@code load_ms=… retained_mb=… retained_all_mb=…} on one line.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    long before = usedAfterGc();
    long start = System.nanoTime();
    Geography geography = Geography.bundled();
    long elapsed = System.nanoTime() - start;
    long loaded = usedAfterGc();

    geography.communes();
    geography.epcis();
    geography.searchCommunes("a", 1);
    geography.searchEpcis("a", 1);
    long full = usedAfterGc();

    System.out.printf(
        Locale.ROOT,
        "load_ms=%.1f retained_mb=%.2f retained_all_mb=%.2f communes=%d%n",
        elapsed / 1e6,
        (loaded - before) / 1048576.0,
        (full - before) / 1048576.0,
        geography.communeCount());
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
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

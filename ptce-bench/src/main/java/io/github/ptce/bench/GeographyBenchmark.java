package io.github.ptce.bench;

import io.github.ptce.core.territory.Commune;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.Epci;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.core.territory.Perimeter;
import io.github.ptce.core.territory.ResolvedPerimeter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmarks of the bundled geography: the first load in a fresh JVM, {@link
 * ResolvedPerimeter#contains} and resolving a perimeter of 20 EPCIs.
 *
 * <p>Run with {@code java -jar ptce-bench/target/benchmarks.jar GeographyBenchmark}.
 */
public class GeographyBenchmark {

  /** The perimeter and the codes the query benchmarks use; built outside the measured code. */
  @State(Scope.Benchmark)
  public static class Perimeters {
    Geography geography;
    Perimeter twentyEpcis;
    ResolvedPerimeter resolved;
    CommuneCode[] probes;
    int next;

    /**
     * Takes every (n/20)-th EPCI in code order, and 1,024 codes: half inside, some arrondissements.
     */
    @Setup
    public void setUp() {
      geography = Geography.bundled();
      List<Epci> epcis = geography.epcis();
      Perimeter.Builder builder = Perimeter.builder();
      int step = epcis.size() / 20;
      for (int i = 0; i < 20; i++) {
        builder.addEpcis(epcis.get(i * step).code());
      }
      twentyEpcis = builder.build();
      resolved = geography.resolve(twentyEpcis);

      Random random = new Random(42);
      List<CommuneCode> inside = resolved.communes();
      List<Commune> all = geography.communes();
      List<CommuneCode> codes = new ArrayList<>();
      for (int i = 0; i < 1024; i++) {
        int pick = random.nextInt(16);
        if (pick < 8) {
          codes.add(inside.get(random.nextInt(inside.size())));
        } else if (pick < 15) {
          codes.add(all.get(random.nextInt(all.size())).code());
        } else {
          codes.add(CommuneCode.parse("751" + String.format("%02d", 1 + random.nextInt(20))));
        }
      }
      probes = codes.toArray(new CommuneCode[0]);
    }
  }

  /**
   * The first {@code Geography.bundled()} of a fresh JVM: reading the resource and building the
   * indices. Each fork measures one call; later calls would return the cached instance.
   *
   * @return the geography, so that the call is not eliminated
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(10)
  public Geography load() {
    return Geography.bundled();
  }

  /**
   * One {@link ResolvedPerimeter#contains(CommuneCode)} on a perimeter of 20 EPCIs, cycling over
   * 1,024 codes.
   *
   * @param state the resolved perimeter and the codes
   * @return whether the code is covered
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 5, time = 1)
  @Measurement(iterations = 5, time = 1)
  @Fork(3)
  public boolean contains(Perimeters state) {
    return state.resolved.contains(state.probes[state.next++ & 1023]);
  }

  /**
   * Resolving a perimeter of 20 EPCIs (communes covered, population, départements, régions).
   *
   * @param state the perimeter
   * @return the resolution
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 5, time = 1)
  @Measurement(iterations = 5, time = 1)
  @Fork(3)
  public ResolvedPerimeter resolveTwentyEpcis(Perimeters state) {
    return state.geography.resolve(state.twentyEpcis);
  }
}

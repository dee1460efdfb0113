package io.github.ptce.bench;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.id.Siren;
import io.github.ptce.core.json.PtceJson;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.validation.ClusterValidator;
import io.github.ptce.registers.RegisterLookup;
import io.github.ptce.registers.SireneStockBuilder;
import io.github.ptce.registers.StockPreparation;
import io.github.ptce.registers.enrich.Enricher;
import io.github.ptce.registers.enrich.Enrichment;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Enriching a cluster of 1,000 members known only by name, kind and SIREN (5 % of the SIRENs
 * absent) from the SYNTHETIC Sirene stock of {@link SyntheticStock} (5 M legal units, 6 M
 * establishments by default): the lookup, the filling of every fact with its source, and the
 * validation of the enriched cluster.
 *
 * <ul>
 *   <li>{@code warm}: one enrichment with an open lookup;
 *   <li>{@code cold}: what {@code ptce enrich FILE --sirene DIR --out FILE} does in a fresh JVM
 *       (one call per fork): read and validate the cluster, open the lookup (DuckDB's native
 *       library included), enrich, write the enriched cluster. The command line itself is measured
 *       with {@code /usr/bin/time ./ptce enrich} (BENCHMARKS.md).
 * </ul>
 *
 * <p>{@code prepared=true} reads the database {@code ptce registers prepare} makes once per extract
 * ({@link SireneStockBuilder#prepare()}, built here on first use and kept beside the stock); {@code
 * false} scans the Parquet files. DuckDB: 2 threads, 1 GiB.
 *
 * <p>Run with {@code java -jar ptce-bench/target/benchmarks.jar EnrichBenchmark}.
 */
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
public class EnrichBenchmark {

  /** The stock, prepared or not, and 16 clusters of random SIRENs. */
  @State(Scope.Benchmark)
  public static class Stock {
    @Param({"5000000:6000000"})
    public String size;

    @Param({"1000"})
    public int members;

    @Param({"true", "false"})
    public boolean prepared;

    Path directory;
    List<Cluster> clusters;
    List<byte[]> documents;
    int next;

    /**
     * Generates (or reuses) the stock, prepares it if asked and not done, and draws the clusters.
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
      String[] parts = size.split(":");
      long units = Long.parseLong(parts[0]);
      directory = SyntheticStock.ensure(units, Long.parseLong(parts[1]));
      if (prepared) {
        ensurePrepared(directory);
      }
      Random random = new Random(42);
      clusters = new ArrayList<>();
      documents = new ArrayList<>();
      for (int c = 0; c < 16; c++) {
        Cluster cluster = cluster(random, units, members);
        clusters.add(cluster);
        documents.add(PtceJson.standard().writeCluster(cluster).getBytes(StandardCharsets.UTF_8));
      }
    }

    RegisterLookup open() {
      return RegisterLookup.sireneStock(directory)
          .memoryLimit(1L << 30)
          .threads(2)
          .prepared(prepared)
          .open();
    }

    int nextIndex() {
      return next++ & 15;
    }
  }

  /** Prepares the directory once; a database made from other files is made again. */
  static StockPreparation ensurePrepared(Path directory) {
    long start = System.nanoTime();
    long cpu = cpu();
    StockPreparation preparation =
        RegisterLookup.sireneStock(directory).memoryLimit(2L << 30).threads(2).prepare();
    System.out.printf(
        Locale.ROOT,
        "# prepared %,d units and %,d establishments into %s (%,d bytes) in %.1f s, "
            + "process CPU %.1f s%n",
        preparation.units(),
        preparation.establishments(),
        preparation.database(),
        preparation.bytes(),
        (System.nanoTime() - start) / 1e9,
        (cpu() - cpu) / 1e9);
    return preparation;
  }

  /**
   * A cluster of members known by name, kind and SIREN only; every twentieth SIREN is absent from
   * the stock.
   */
  static Cluster cluster(Random random, long units, int members) {
    Cluster.Builder cluster = Cluster.builder().name("Pôle synthétique de " + members + " membres");
    java.util.Set<Siren> seen = new java.util.HashSet<>();
    for (int i = 0; seen.size() < members; i++) {
      long unit = (long) (random.nextDouble() * units);
      Siren siren = i % 20 == 19 ? SyntheticStock.absent(unit) : SyntheticStock.siren(unit);
      if (seen.add(siren)) {
        cluster.addMembers(
            Membership.builder()
                .stakeholder(
                    Stakeholder.builder()
                        .id("m" + seen.size())
                        .name("Membre " + seen.size())
                        .kind(StakeholderKind.ENTERPRISE)
                        .siren(siren)
                        .build())
                .build());
      }
    }
    return cluster.build();
  }

  /** An open lookup and its enricher. */
  @State(Scope.Benchmark)
  public static class Open {
    RegisterLookup lookup;
    Enricher enricher;

    /** Opens them, and boots the validator. */
    @Setup(Level.Trial)
    public void setUp(Stock stock) {
      lookup = stock.open();
      enricher = Enricher.of(lookup);
      ClusterValidator.standard();
    }

    /** Closes the lookup. */
    @TearDown(Level.Trial)
    public void tearDown() {
      lookup.close();
    }
  }

  /**
   * One enrichment with an open lookup.
   *
   * @param stock the clusters
   * @param open the enricher
   * @return the enrichment
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 4)
  public Enrichment warm(Stock stock, Open open) {
    return open.enricher.enrich(stock.clusters.get(stock.nextIndex()));
  }

  /**
   * What {@code ptce enrich} does, first thing in a fresh JVM. One call per fork.
   *
   * @param stock the cluster documents
   * @return the enriched cluster as written
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Fork(
      value = 5,
      jvmArgsAppend = {"-Xmx1g"})
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public String cold(Stock stock) {
    return coldRun(stock, stock.documents.get(stock.nextIndex()));
  }

  static String coldRun(Stock stock, byte[] document) {
    Cluster cluster = PtceJson.standard().readCluster(document).orElseThrow();
    try (RegisterLookup lookup = stock.open()) {
      return PtceJson.standard().writeCluster(Enricher.of(lookup).enrich(cluster).cluster());
    }
  }

  static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * Prints wall and process CPU time of a cold run, then of warm enrichments, on one size: the
   * figures of BENCHMARKS.md, where the machine is shared and the CPU time is the steadier one.
   * Writes one cluster file for the command-line measurement ({@code ptce enrich}, BENCHMARKS.md).
   *
   * @param args {@code units:establishments} (default 5000000:6000000), {@code prepared} (default
   *     true), the number of warm enrichments (default 10), and a path to write one cluster to
   *     (optional)
   * @throws Exception if the stock cannot be generated or read
   */
  public static void main(String[] args) throws Exception {
    Stock stock = new Stock();
    stock.size = args.length > 0 ? args[0] : "5000000:6000000";
    stock.prepared = args.length <= 1 || Boolean.parseBoolean(args[1]);
    stock.members = 1000;
    stock.setUp();
    if (args.length > 3) {
      Files.write(Path.of(args[3]), stock.documents.get(0));
      System.out.println("# wrote " + args[3]);
    }
    long start = System.nanoTime();
    long cpu = cpu();
    String written = coldRun(stock, stock.documents.get(1));
    System.out.printf(
        Locale.ROOT,
        "cold (first in this JVM, prepared=%s): %.0f ms, process CPU %.0f ms, %,d "
            + "bytes written%n",
        stock.prepared,
        (System.nanoTime() - start) / 1e6,
        (cpu() - cpu) / 1e6,
        written.length());
    List<Double> walls = new ArrayList<>();
    List<Double> cpus = new ArrayList<>();
    try (RegisterLookup lookup = stock.open()) {
      Enricher enricher = Enricher.of(lookup);
      int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
      for (int i = 0; i < rounds; i++) {
        Cluster cluster = stock.clusters.get(stock.nextIndex());
        start = System.nanoTime();
        cpu = cpu();
        Enrichment enrichment = enricher.enrich(cluster);
        double wall = (System.nanoTime() - start) / 1e6;
        double used = (cpu() - cpu) / 1e6;
        walls.add(wall);
        cpus.add(used);
        System.out.printf(
            Locale.ROOT,
            "warm: %d facts filled, %d not found, in %.0f ms (process CPU %.0f ms)%n",
            enrichment.report().filled().size(),
            enrichment
                .report()
                .entries(io.github.ptce.registers.enrich.EnrichmentStatus.NOT_FOUND)
                .size(),
            wall,
            used);
      }
    }
    walls.sort(null);
    cpus.sort(null);
    System.out.printf(
        Locale.ROOT,
        "# warm median of %d: wall %.0f ms, process CPU %.0f ms; load average %.1f%n",
        walls.size(),
        walls.get(walls.size() / 2),
        cpus.get(cpus.size() / 2),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}

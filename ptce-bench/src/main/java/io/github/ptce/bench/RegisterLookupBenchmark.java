package io.github.ptce.bench;

import io.github.ptce.core.id.Siren;
import io.github.ptce.registers.LookupBatch;
import io.github.ptce.registers.RegisterLookup;
import java.io.IOException;
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
 * Enriching-style lookups in the Sirene stock files: a batch of SIRENs (5 % of them absent) looked
 * up in a SYNTHETIC stock in the published layout ({@link SyntheticStock}), which reads both files:
 * the legal units, and the establishments for the head office and the employer flags.
 *
 * <ul>
 *   <li>{@code warm}: a batch on an open lookup (DuckDB loaded, the files' metadata read);
 *   <li>{@code coldOpen}: open a new lookup (a new DuckDB database, views, column checks, extract
 *       dates), one batch, close — in a JVM where DuckDB's native library is already loaded;
 *   <li>{@code coldProcess}: the same as the first thing a fresh JVM does, native library load
 *       included.
 * </ul>
 *
 * <p>{@code size} is {@code units:establishments}: 5,000,000:6,000,000 by default;
 * 29,000,000:42,000,000 for the scale of the real stock (never part of {@code verify}: about 3 GB
 * of files, see BENCHMARKS.md). DuckDB's memory is limited to {@code memory} MiB with 2 threads;
 * the peak resident memory of the JVM is printed at tear-down. {@code names=true} reads the units'
 * names as well.
 *
 * <p>Run with {@code java -jar ptce-bench/target/benchmarks.jar RegisterLookupBenchmark}.
 */
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx512m"})
public class RegisterLookupBenchmark {

  /** The stock and 64 random batches of SIRENs; nothing of DuckDB is loaded here. */
  @State(Scope.Benchmark)
  public static class Stock {
    @Param({"5000000:6000000"})
    public String size;

    @Param({"1000"})
    public int batch;

    @Param({"1024"})
    public int memory;

    /** Whether the units' names are read too ({@code SireneStockBuilder.names}). */
    @Param({"false"})
    public boolean names;

    Path directory;
    List<List<Siren>> batches;
    int next;

    /** Generates (or reuses) the stock and draws the batches. */
    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
      String[] parts = size.split(":", -1);
      long units = Long.parseLong(parts[0]);
      directory = SyntheticStock.ensure(units, Long.parseLong(parts[1]));
      Random random = new Random(42);
      batches = new ArrayList<>();
      for (int b = 0; b < 64; b++) {
        List<Siren> sirens = new ArrayList<>(batch);
        for (int i = 0; i < batch; i++) {
          long unit = (long) (random.nextDouble() * units);
          sirens.add(i % 20 == 19 ? SyntheticStock.absent(unit) : SyntheticStock.siren(unit));
        }
        batches.add(sirens);
      }
    }

    RegisterLookup open() {
      // The files, always: a database prepared by EnrichBenchmark in the same directory is another
      // benchmark.
      return RegisterLookup.sireneStock(directory)
          .memoryLimit((long) memory << 20)
          .threads(2)
          .names(names)
          .prepared(false)
          .open();
    }

    List<Siren> nextBatch() {
      return batches.get(next++ & 63);
    }

    /** Prints the peak resident memory of this JVM (Linux): DuckDB's native memory included. */
    @TearDown(Level.Trial)
    public void printMemory() throws IOException {
      Path status = Path.of("/proc/self/status");
      if (Files.isReadable(status)) {
        Files.readAllLines(status).stream()
            .filter(l -> l.startsWith("VmHWM") || l.startsWith("VmRSS"))
            .forEach(l -> System.out.println("# " + l.replaceAll("\\s+", " ")));
      }
    }
  }

  /** An open lookup. */
  @State(Scope.Benchmark)
  public static class Open {
    RegisterLookup lookup;

    /** Opens it. */
    @Setup(Level.Trial)
    public void setUp(Stock stock) {
      lookup = stock.open();
    }

    /** Closes it. */
    @TearDown(Level.Trial)
    public void tearDown() {
      lookup.close();
    }
  }

  /**
   * One batch on an open lookup.
   *
   * @param stock the batches
   * @param open the lookup
   * @return the results, so that the work is not eliminated
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 4)
  public LookupBatch warm(Stock stock, Open open) {
    return open.lookup.lookup(stock.nextBatch(), List.of());
  }

  /**
   * Opening a lookup, one batch, closing it, in a JVM where DuckDB is loaded.
   *
   * @param stock the batches
   * @return the number of results found
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 5, time = 4)
  public long coldOpen(Stock stock) {
    try (RegisterLookup fresh = stock.open()) {
      return fresh.lookup(stock.nextBatch(), List.of()).sirens().values().stream()
          .filter(r -> r.isFound())
          .count();
    }
  }

  /**
   * The first lookup of a fresh JVM: DuckDB's native library, opening, one batch. One call per
   * fork.
   *
   * @param stock the batches
   * @return the number of results found
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Fork(
      value = 5,
      jvmArgsAppend = {"-Xmx512m"})
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public long coldProcess(Stock stock) {
    return coldOpen(stock);
  }

  /**
   * Generates the stock of a size and prints one batch's outcome, to check what the benchmark looks
   * up.
   *
   * @param args {@code units:establishments} (default 5000000:6000000), then the number of batches
   *     (default 5), then whether to read names (default false)
   * @throws Exception if the stock cannot be generated or read
   */
  public static void main(String[] args) throws Exception {
    Stock stock = new Stock();
    stock.size = args.length > 0 ? args[0] : "5000000:6000000";
    stock.batch = 1000;
    stock.memory = 1024;
    stock.names = args.length > 2 && Boolean.parseBoolean(args[2]);
    stock.setUp();
    // Process CPU time counts DuckDB's native threads too; on a shared machine it moves much less
    // than the
    // wall-clock time, and on 2 idle cores the wall-clock time of a batch is about half of it.
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    List<Double> walls = new ArrayList<>();
    List<Double> cpus = new ArrayList<>();
    try (RegisterLookup lookup = stock.open()) {
      int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
      for (int i = 0; i < rounds; i++) {
        long start = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        LookupBatch result = lookup.lookup(stock.nextBatch(), List.of());
        double wall = (System.nanoTime() - start) / 1e6;
        double used = (os.getProcessCpuTime() - cpu) / 1e6;
        walls.add(wall);
        cpus.add(used);
        System.out.printf(
            Locale.ROOT,
            "%d found of %d, %d with a head office, in %.0f ms (process CPU %.0f ms)%n",
            result.sirens().values().stream().filter(r -> r.isFound()).count(),
            result.sirens().size(),
            result.sirens().values().stream().filter(r -> r.establishment().isPresent()).count(),
            wall,
            used);
      }
    }
    walls.sort(null);
    cpus.sort(null);
    System.out.printf(
        Locale.ROOT,
        "# median of %d batches: wall %.0f ms, process CPU %.0f ms; " + "load average %.1f%n",
        walls.size(),
        walls.get(walls.size() / 2),
        cpus.get(cpus.size() / 2),
        os.getSystemLoadAverage());
    stock.printMemory();
  }
}

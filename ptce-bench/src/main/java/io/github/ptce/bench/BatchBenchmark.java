package io.github.ptce.bench;

import io.github.ptce.core.Validated;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.json.PtceJson;
import io.github.ptce.rules.EligibilityEngine;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.render.ReportRenderer;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * The batch API on every core: 10,000 JSON documents of 30-member clusters in, each read and
 * validated ({@link PtceJson#readCluster(byte[])}) in parallel, evaluated with {@link
 * EligibilityEngine#evaluateAll} against the whole catalogue, and each report rendered to JSON
 * ({@code ptce-report/1}) in parallel; by chunks of 1,000 clusters. One operation is the whole
 * batch: clusters per second = 10,000 / (seconds per operation).
 *
 * <p>Run with {@code java -jar ptce-bench/target/benchmarks.jar BatchBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class BatchBenchmark {
  /** The number of clusters of one batch. */
  public static final int CLUSTERS = 10_000;

  /** The number of clusters evaluated together. */
  public static final int CHUNK = 1_000;

  /** The scheme of {@link #oneSchemeJsonToJsonReports()}. */
  static final String ONE_SCHEME = "fr.law.2014-856.art9";

  List<byte[]> documents;
  PtceJson json;
  EligibilityEngine engine;

  /**
   * Writes 10,000 documents: 100 distinct clusters of 30 members (names, ids, SIRENs differ),
   * repeated.
   */
  @Setup
  public void setUp() {
    json = PtceJson.standard();
    engine = EligibilityEngine.standard();
    List<byte[]> distinct = new ArrayList<>();
    for (int v = 0; v < 100; v++) {
      distinct.add(
          json.writeCluster(BenchClusters.cluster(30, v)).getBytes(StandardCharsets.UTF_8));
    }
    documents = new ArrayList<>(CLUSTERS);
    for (int i = 0; i < CLUSTERS; i++) {
      documents.add(distinct.get(i % distinct.size()).clone());
    }
  }

  /**
   * JSON in, validation, evaluation of the whole catalogue, JSON reports out, by chunks of 1,000
   * clusters as a batch job would (10,000 reports and their JSON, about 500 KB each, do not all fit
   * in memory at once).
   *
   * @return the number of characters of JSON written
   */
  @Benchmark
  public long jsonToJsonReports() {
    return batch(List.of(), ReportRenderer.json());
  }

  /**
   * The same as {@link #jsonToJsonReports()} with the reports written by {@link
   * ReportRenderer#compactJson()}: the same documents with no indentation, one per line, as a batch
   * would write JSON Lines.
   *
   * @return the number of characters of JSON written
   */
  @Benchmark
  public long jsonToCompactJsonReports() {
    return batch(List.of(), ReportRenderer.compactJson());
  }

  /**
   * A funder's batch: the same, against one scheme (Art. 9 of the law of 31 July 2014, the
   * definition every support scheme builds on) instead of the whole catalogue, with the indented
   * JSON reports.
   *
   * @return the number of characters of JSON written
   */
  @Benchmark
  public long oneSchemeJsonToJsonReports() {
    return batch(List.of(ONE_SCHEME), ReportRenderer.json());
  }

  /**
   * The same work as {@link #jsonToJsonReports()} without chunks: each document read, evaluated
   * with {@link EligibilityEngine#evaluate(Cluster, java.time.LocalDate)} and written in one pass
   * of a parallel stream.
   *
   * @return the number of characters of JSON written
   */
  @Benchmark
  public long streamedJsonToJsonReports() {
    return documents.parallelStream()
        .mapToLong(
            document -> {
              Cluster cluster = json.readCluster(document).orElseThrow();
              return written(engine.evaluate(cluster, BenchClusters.AS_OF), ReportRenderer.json());
            })
        .sum();
  }

  private long batch(List<String> schemeIds, ReportRenderer renderer) {
    long written = 0;
    for (int from = 0; from < CLUSTERS; from += CHUNK) {
      List<Cluster> clusters = read(from);
      // Each report is written as soon as it is made, not kept until its chunk is done: fewer live
      // reports for
      // every young collection to copy.
      for (long count :
          engine.evaluateAll(
              clusters, BenchClusters.AS_OF, schemeIds, report -> written(report, renderer))) {
        written += count;
      }
    }
    return written;
  }

  /**
   * The earlier form of {@link #jsonToJsonReports()}: the chunk's reports all made by {@link
   * EligibilityEngine#evaluateAll(List, java.time.LocalDate, java.util.Collection)}, then written.
   * The difference is what keeping 1,000 reports alive costs the garbage collector.
   *
   * @return the number of characters of JSON written
   */
  @Benchmark
  public long jsonToJsonReportsKeptPerChunk() {
    long written = 0;
    for (int from = 0; from < CLUSTERS; from += CHUNK) {
      List<Cluster> clusters = read(from);
      List<EligibilityReport> reports =
          engine.evaluateAll(clusters, BenchClusters.AS_OF, List.of());
      written +=
          reports.parallelStream()
              .mapToLong(report -> written(report, ReportRenderer.json()))
              .sum();
    }
    return written;
  }

  /**
   * The same without rendering: JSON in, validation, evaluation of the whole catalogue, reports
   * kept in memory chunk by chunk. The difference with {@link #jsonToJsonReports()} is the cost of
   * writing the JSON reports.
   *
   * @return the number of scheme reports
   */
  @Benchmark
  public long jsonToReports() {
    long schemes = 0;
    for (int from = 0; from < CLUSTERS; from += CHUNK) {
      List<Cluster> clusters = read(from);
      for (EligibilityReport report : engine.evaluateAll(clusters, BenchClusters.AS_OF)) {
        schemes += report.schemes().size();
      }
    }
    return schemes;
  }

  /**
   * Reads and validates the chunk of documents that starts at {@code from}, on a parallel stream.
   */
  private List<Cluster> read(int from) {
    return documents.subList(from, from + CHUNK).parallelStream()
        .map(document -> json.readCluster(document))
        .map(Validated::orElseThrow)
        .toList();
  }

  /**
   * Writes a report in English into a writer that only counts, and returns the number of
   * characters.
   */
  private static long written(EligibilityReport report, ReportRenderer renderer) {
    CountingWriter out = new CountingWriter();
    renderer.render(report, Locale.ENGLISH, out);
    return out.count;
  }

  /** Stands for the file or socket a batch writes to: counts the characters and keeps none. */
  static final class CountingWriter extends Writer {
    long count;

    @Override
    public void write(char[] buffer, int offset, int length) {
      count += length;
    }

    @Override
    public void write(String text, int offset, int length) {
      count += length;
    }

    @Override
    public void write(int c) {
      count++;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}

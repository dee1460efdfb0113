package io.github.ptce.bench;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.rules.EligibilityEngine;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Runs one engine operation in a loop for a while, so that a profiler can sample it: JFR's
 * execution and allocation samples show where the time and the bytes go. Also prints the thread CPU
 * time per operation, which a loaded machine disturbs less than wall time, and the bytes allocated
 * per operation.
 *
 * <pre>{@code
 * java -XX:StartFlightRecording=filename=/tmp/art9.jfr,settings=profile \
 *     -cp ptce-bench/target/benchmarks.jar io.github.ptce.bench.ProfileDriver art9 30 20
 * jfr print --events jdk.ObjectAllocationSample /tmp/art9.jfr   # or jdk.ExecutionSample
 * }</pre>
 *
 * <p>Operations: {@code art9}, {@code decree}, {@code catalogue}, {@code overview}, {@code
 * validate}, {@code validateThenEvaluate}, {@code validateThenArt9}, {@code validateThenOverview},
 * {@code parse}, {@code renderJson}, {@code renderText}, {@code handWrittenArt9}, {@code
 * handWrittenDecree}, {@code ruleListArt9}, {@code easyRulesArt9}, {@code easyRulesDecree}, {@code
 * easyRulesMvelArt9}, {@code easyRulesMvelDecree}, {@code resolve} (the perimeter alone).
 */
public final class ProfileDriver {
  private ProfileDriver() {}

  /** The cluster as a UTF-8 JSON document, as a client would send it. */
  private static byte[] document(Cluster cluster) {
    return io.github.ptce.core.json.PtceJson.standard()
        .writeCluster(cluster)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Runs the operation.
   *
   * @param args operation, members (default 30), seconds (default 20)
   */
  public static void main(String[] args) {
    String operation = args.length > 0 ? args[0] : "art9";
    int members = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    Cluster cluster = BenchClusters.cluster(members);
    LocalDate asOf = BenchClusters.AS_OF;
    EligibilityEngine engine = EligibilityEngine.standard();
    Supplier<Object> op =
        switch (operation) {
          case "art9" -> () -> engine.evaluate(cluster, asOf, EngineBenchmark.ART9);
          case "decree" -> () -> engine.evaluate(cluster, asOf, EngineBenchmark.DECREE);
          case "catalogue" -> () -> engine.evaluate(cluster, asOf);
          case "overview" -> () -> engine.overview(cluster, asOf);
          case "validate" ->
              () ->
                  io.github.ptce.core.validation.ClusterValidator.standard()
                      .validatePart(cluster, "$");
          case "validateThenEvaluate" ->
              () -> {
                io.github.ptce.core.validation.ClusterValidator.standard()
                    .validatePart(cluster, "$");
                return engine.evaluate(cluster, asOf);
              };
          case "validateThenArt9" ->
              () -> {
                io.github.ptce.core.validation.ClusterValidator.standard()
                    .validatePart(cluster, "$");
                return engine.evaluate(cluster, asOf, EngineBenchmark.ART9);
              };
          case "validateThenOverview" ->
              () -> {
                io.github.ptce.core.validation.ClusterValidator.standard()
                    .validatePart(cluster, "$");
                return engine.overview(cluster, asOf);
              };
          case "parse" -> {
            byte[] json = document(cluster);
            yield () -> io.github.ptce.core.json.PtceJson.standard().readClusterFormatOnly(json);
          }
          case "renderJson" -> {
            var report = engine.evaluate(cluster, asOf);
            yield () ->
                io.github.ptce.rules.render.ReportRenderer.json().render(report, Locale.ENGLISH);
          }
          case "renderCompactJson" -> {
            var report = engine.evaluate(cluster, asOf);
            yield () ->
                io.github.ptce.rules.render.ReportRenderer.compactJson()
                    .render(report, Locale.ENGLISH);
          }
          case "readJson" -> {
            byte[] json = document(cluster);
            yield () -> io.github.ptce.core.json.PtceJson.standard().readCluster(json);
          }
          case "renderText" -> {
            var report = engine.evaluate(cluster, asOf);
            yield () ->
                io.github.ptce.rules.render.ReportRenderer.text().render(report, Locale.FRENCH);
          }
          case "easyRulesArt9" -> {
            EasyRulesBaseline easy = new EasyRulesBaseline();
            yield () -> easy.art9(cluster, asOf, engine.geography());
          }
          case "easyRulesDecree" -> {
            EasyRulesBaseline easy = new EasyRulesBaseline();
            yield () -> easy.decree(cluster, asOf, engine.geography());
          }
          case "easyRulesMvelArt9" -> {
            EasyRulesMvelBaseline easy = new EasyRulesMvelBaseline();
            yield () -> easy.art9(cluster, asOf, engine.geography());
          }
          case "easyRulesMvelDecree" -> {
            EasyRulesMvelBaseline easy = new EasyRulesMvelBaseline();
            yield () -> easy.decree(cluster, asOf, engine.geography());
          }
          case "ruleListArt9" -> () -> HandWrittenBaseline.art9(cluster, asOf, engine.geography());
          case "resolve" -> () -> engine.geography().resolve(cluster.perimeter().orElseThrow());
          case "handWrittenArt9" ->
              () -> HandWrittenBaseline.art9Inline(cluster, asOf, engine.geography());
          case "handWrittenDecree" ->
              () -> HandWrittenBaseline.decreeInline(cluster, asOf, engine.geography());
          default -> throw new IllegalArgumentException("unknown operation " + operation);
        };
    var threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long sink = 0;
    java.util.List<Long> windows = new java.util.ArrayList<>();
    long bytes = 0;
    while (System.nanoTime() < end) {
      long cpu = threads.getCurrentThreadCpuTime();
      long allocated = threads.getThreadAllocatedBytes(self);
      int n = 0;
      for (; n < Math.max(1, 30_000 / members); n++) {
        sink += System.identityHashCode(op.get());
      }
      windows.add((threads.getCurrentThreadCpuTime() - cpu) / n);
      bytes = (threads.getThreadAllocatedBytes(self) - allocated) / n;
    }
    // The first half is warm-up. On a shared machine the minimum over windows is the figure least
    // disturbed by
    // other processes; the median says how much they disturbed it.
    java.util.List<Long> measured =
        new java.util.ArrayList<>(windows.subList(windows.size() / 2, windows.size()));
    java.util.Collections.sort(measured);
    System.out.printf(
        Locale.ROOT,
        "%-18s %5d members: CPU min %8.2f us/op, median %8.2f us/op; %8d B/op (%d windows)%n",
        operation,
        members,
        measured.get(0) / 1000.0,
        measured.get(measured.size() / 2) / 1000.0,
        bytes,
        measured.size());
    System.out.println(sink == 42 ? "" : "done");
  }
}

package io.github.ptce.bench;

import io.github.ptce.bench.HandWrittenBaseline.SchemeResult;
import io.github.ptce.core.Validated;
import io.github.ptce.core.Violation;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.json.PtceJson;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.core.validation.ClusterValidator;
import io.github.ptce.rules.EligibilityEngine;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.Overview;
import io.github.ptce.rules.render.ReportRenderer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine on one cluster of 30, 300 and 3,000 members, beside the hand-written baseline, the
 * same checks as a rule list and as Easy Rules rules, the renderers, the validator and the JSON
 * reader — all in one run, so that their ratios are measured on the same machine state.
 *
 * <p>Run with {@code java -jar ptce-bench/target/benchmarks.jar EngineBenchmark -prof gc} (the
 * {@code gc} profiler adds the bytes allocated per operation, {@code gc.alloc.rate.norm}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class EngineBenchmark {
  static final String ART9 = "fr.law.2014-856.art9";
  static final String DECREE = "fr.decree.2015-431.art3";

  /** The number of members of the cluster. */
  @Param({"30", "300", "3000"})
  public int members;

  Cluster cluster;
  byte[] json;
  LocalDate asOf;
  EligibilityEngine engine;
  Geography geography;
  ClusterValidator validator;
  PtceJson reader;
  EasyRulesBaseline easyRules;
  EasyRulesMvelBaseline easyRulesMvel;
  EligibilityReport catalogueReport;

  /**
   * Builds the cluster, checks that it is valid and that every implementation computes the same
   * outcomes.
   */
  @Setup
  public void setUp() {
    cluster = BenchClusters.cluster(members);
    asOf = BenchClusters.AS_OF;
    engine = EligibilityEngine.standard();
    geography = engine.geography();
    validator = ClusterValidator.standard();
    reader = PtceJson.standard();
    easyRules = new EasyRulesBaseline();
    easyRulesMvel = new EasyRulesMvelBaseline();
    List<Violation> violations = validator.validate(cluster);
    if (!violations.isEmpty()) {
      throw new IllegalStateException("benchmark cluster is not valid: " + violations);
    }
    json = reader.writeCluster(cluster).getBytes(StandardCharsets.UTF_8);
    if (!reader.readCluster(json).orElseThrow().equals(cluster)) {
      throw new IllegalStateException(
          "the JSON of the benchmark cluster does not read back as the same cluster");
    }
    Agreement.check(cluster, asOf, engine, easyRules);
    catalogueReport = engine.evaluate(cluster, asOf);
  }

  // ------------------------------------------------------------------ one scheme

  /**
   * The engine: Art. 9 I alone.
   *
   * @return the report
   */
  @Benchmark
  public EligibilityReport engineArt9() {
    return engine.evaluate(cluster, asOf, ART9);
  }

  /**
   * The engine: décret 2015-431 alone.
   *
   * @return the report
   */
  @Benchmark
  public EligibilityReport engineDecree() {
    return engine.evaluate(cluster, asOf, DECREE);
  }

  /**
   * The hand-written baseline: Art. 9 I as straight-line Java with its texts.
   *
   * @return the result
   */
  @Benchmark
  public SchemeResult handWrittenArt9() {
    return HandWrittenBaseline.art9Inline(cluster, asOf, geography);
  }

  /**
   * The hand-written baseline: décret 2015-431 as straight-line Java with its texts.
   *
   * @return the result
   */
  @Benchmark
  public SchemeResult handWrittenDecree() {
    return HandWrittenBaseline.decreeInline(cluster, asOf, geography);
  }

  /**
   * The same checks of Art. 9 I as a list of rules behind an interface.
   *
   * @return the result
   */
  @Benchmark
  public SchemeResult ruleListArt9() {
    return HandWrittenBaseline.art9(cluster, asOf, geography);
  }

  /**
   * The same checks of Art. 9 I as Easy Rules 4.1.0 rules.
   *
   * @return the result
   */
  @Benchmark
  public SchemeResult easyRulesArt9() {
    return easyRules.art9(cluster, asOf, geography);
  }

  /**
   * The same checks of Art. 9 I as Easy Rules 4.1.0 rules written in MVEL.
   *
   * @return the result
   */
  @Benchmark
  public SchemeResult easyRulesMvelArt9() {
    return easyRulesMvel.art9(cluster, asOf, geography);
  }

  /**
   * The same checks of décret 2015-431 as Easy Rules 4.1.0 rules written in MVEL.
   *
   * @return the result
   */
  @Benchmark
  public SchemeResult easyRulesMvelDecree() {
    return easyRulesMvel.decree(cluster, asOf, geography);
  }

  /**
   * The same checks of décret 2015-431 as Easy Rules 4.1.0 rules.
   *
   * @return the result
   */
  @Benchmark
  public SchemeResult easyRulesDecree() {
    return easyRules.decree(cluster, asOf, geography);
  }

  // ------------------------------------------------------------------ the whole catalogue

  /**
   * Every scheme in force whose territory matches, including Art. 1 for each member.
   *
   * @return the report
   */
  @Benchmark
  public EligibilityReport engineCatalogue() {
    return engine.evaluate(cluster, asOf);
  }

  /**
   * "Which schemes can we apply to now, here?": the overview of the whole catalogue.
   *
   * @return the overview
   */
  @Benchmark
  public Overview overview() {
    return engine.overview(cluster, asOf);
  }

  // ------------------------------------------------------------------ rendering

  /**
   * The report of the whole catalogue rendered to JSON ({@code ptce-report/1}).
   *
   * @return the document
   */
  @Benchmark
  public String renderJson() {
    return ReportRenderer.json().render(catalogueReport, Locale.ENGLISH);
  }

  /**
   * The report of the whole catalogue rendered to text, in French.
   *
   * @return the text
   */
  @Benchmark
  public String renderText() {
    return ReportRenderer.text().render(catalogueReport, Locale.FRENCH);
  }

  // ------------------------------------------------------------------ input

  /**
   * {@link ClusterValidator#validatePart} of the whole cluster (Hibernate Validator) alone.
   *
   * @return the violations (none)
   */
  @Benchmark
  public List<Violation> validate() {
    // validatePart, not validate: the validator remembers the clusters it found valid (by
    // identity), so that a
    // cluster read and then evaluated is validated once; validating the same instance again would
    // measure that
    // lookup, not the validation.
    return validator.validatePart(cluster, "$");
  }

  /**
   * Validation, then evaluation of the whole catalogue: what a service does with a cluster it
   * receives.
   *
   * @return the report
   */
  @Benchmark
  public EligibilityReport validateThenEvaluate() {
    if (!validator.validatePart(cluster, "$").isEmpty()) {
      throw new IllegalStateException();
    }
    return engine.evaluate(cluster, asOf);
  }

  /**
   * Validation, then Art. 9 I alone.
   *
   * @return the report
   */
  @Benchmark
  public EligibilityReport validateThenArt9() {
    if (!validator.validatePart(cluster, "$").isEmpty()) {
      throw new IllegalStateException();
    }
    return engine.evaluate(cluster, asOf, ART9);
  }

  /**
   * Validation, then the overview of the whole catalogue.
   *
   * @return the overview
   */
  @Benchmark
  public Overview validateThenOverview() {
    if (!validator.validatePart(cluster, "$").isEmpty()) {
      throw new IllegalStateException();
    }
    return engine.overview(cluster, asOf);
  }

  /**
   * {@code PtceJson.readClusterFormatOnly} of the cluster's UTF-8 JSON document: the format alone,
   * as {@code readCluster} read it before it validated too (compare with {@link #validate()}).
   *
   * @return the cluster
   */
  @Benchmark
  public Validated<Cluster> parseJson() {
    return reader.readClusterFormatOnly(json).result();
  }
}

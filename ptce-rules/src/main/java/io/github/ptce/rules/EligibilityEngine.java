package io.github.ptce.rules;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.internal.Similarity;
import io.github.ptce.core.territory.DepartementCode;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.core.territory.Region;
import io.github.ptce.core.territory.RegionCode;
import io.github.ptce.core.validation.ClusterValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * Evaluates clusters against the schemes of a catalogue and explains the outcome.
 *
 * <p>The evaluation date is always an argument: nothing reads the clock, nothing touches the
 * network, and the same input gives the same report. The engine refuses an invalid cluster, whether
 * read or built, with every violation ({@link InvalidInputException}): the model's constraints and
 * the codes of the geography the engine was given, as {@link ClusterValidator} checks them. A
 * cluster read with {@link io.github.ptce.core.json.PtceJson#readCluster(String)} was validated
 * already and is not validated again. The engine reports what it finds, including what it cannot
 * decide, and never turns an unknown fact into a "no".
 *
 * <pre>{@code
 * EligibilityEngine engine = EligibilityEngine.standard();
 * EligibilityReport report = engine.evaluate(cluster, LocalDate.of(2026, 1, 15), "fr.law.2014-856.art9");
 * System.out.println(ReportRenderer.text().render(report, Locale.FRENCH));
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class EligibilityEngine {
  private final SchemeCatalog catalog;
  private final Geography geography;
  private final EvaluationOptions options;
  private final String rulesVersion;
  private final ClusterValidator validator;

  private EligibilityEngine(SchemeCatalog catalog, Geography geography, EvaluationOptions options) {
    checkTerritories(catalog, geography);
    this.catalog = catalog;
    this.geography = geography;
    this.options = options;
    this.rulesVersion = Version.VALUE;
    this.validator = ClusterValidator.withGeography(geography);
  }

  /**
   * Returns the engine with every scheme on the class path, the bundled geography and the literal
   * reading of the law, created on first use. A broken scheme provider is left out and the others
   * are used: its problem is in {@code catalog().loadProblems()}.
   *
   * @return the standard engine
   */
  public static EligibilityEngine standard() {
    return Holder.STANDARD;
  }

  /**
   * Returns an engine.
   *
   * @param catalog the schemes
   * @param geography the reference geography
   * @param options the readings of the law
   * @return the engine
   * @throws IllegalArgumentException if a scheme's territory names a région or département the
   *     geography does not have, or if its window starts before a région of its territory exists
   *     ({@link Region#since()}): a scheme of the Région Hauts-de-France cannot apply before
   *     2016-01-01
   */
  public static EligibilityEngine of(
      SchemeCatalog catalog, Geography geography, EvaluationOptions options) {
    return new EligibilityEngine(
        Objects.requireNonNull(catalog, "catalog"),
        Objects.requireNonNull(geography, "geography"),
        Objects.requireNonNull(options, "options"));
  }

  /**
   * Returns this engine with other readings of the law.
   *
   * @param options the options
   * @return a new engine sharing the catalogue and geography
   */
  public EligibilityEngine withOptions(EvaluationOptions options) {
    return of(catalog, geography, options);
  }

  /**
   * Returns the schemes.
   *
   * @return the catalogue
   */
  public SchemeCatalog catalog() {
    return catalog;
  }

  /**
   * Returns the reference geography.
   *
   * @return the geography
   */
  public Geography geography() {
    return geography;
  }

  /**
   * Returns the readings of the law.
   *
   * @return the options
   */
  public EvaluationOptions options() {
    return options;
  }

  /**
   * Returns the version of the rules, reported in every report.
   *
   * @return the library version
   */
  public String rulesVersion() {
    return rulesVersion;
  }

  /**
   * Evaluates every scheme in force at the date whose territory does not exclude the cluster.
   *
   * @param cluster a valid cluster
   * @param asOf the evaluation date
   * @return the report
   * @throws InvalidInputException if the cluster is invalid (paths under {@code $.cluster})
   */
  public EligibilityReport evaluate(Cluster cluster, LocalDate asOf) {
    return evaluate(cluster, asOf, List.of(), List.of());
  }

  /**
   * Evaluates the given schemes, whatever their window and territory (a scheme that does not apply
   * is reported as not applicable, with the reason).
   *
   * @param cluster a valid cluster
   * @param asOf the evaluation date
   * @param schemeIds the schemes
   * @return the report
   * @throws InvalidInputException if the cluster is invalid (paths under {@code $.cluster}) or a
   *     scheme id is unknown ({@code $.schemes})
   */
  public EligibilityReport evaluate(Cluster cluster, LocalDate asOf, String... schemeIds) {
    return evaluate(cluster, asOf, List.of(schemeIds), List.of());
  }

  /**
   * Evaluates schemes with assessments of the criteria that need a person's judgement.
   *
   * @param cluster a valid cluster
   * @param asOf the evaluation date
   * @param schemeIds the schemes; empty for every scheme in force whose territory does not exclude
   *     the cluster
   * @param assessments the assessments
   * @return the report
   * @throws InvalidInputException if the cluster is invalid (paths under {@code $.cluster}, as in
   *     the request document of {@link io.github.ptce.rules.json.RequestJson}), a scheme id is
   *     unknown ({@code $.schemes}), or an assessment ({@code $.assessments[i]}) is dated after
   *     {@code asOf}, names an unknown criterion, an automated one that takes no assessment, an
   *     unknown member, or repeats another
   */
  public EligibilityReport evaluate(
      Cluster cluster,
      LocalDate asOf,
      Collection<String> schemeIds,
      Collection<Assessment> assessments) {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(asOf, "asOf");
    requireValid(cluster);
    return evaluate(cluster, asOf, resolve(schemeIds), schemeIds.isEmpty(), assessments);
  }

  /**
   * Refuses an invalid cluster; the paths are those of the request document, where the cluster is
   * the property {@code cluster} (see {@link io.github.ptce.rules.json.RequestJson}).
   */
  private void requireValid(Cluster cluster) {
    List<Violation> violations = validator.validate(cluster);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations.stream().map(v -> v.under(CLUSTER_PATH)).toList());
    }
  }

  /** The path of the cluster in the request document. */
  private static final String CLUSTER_PATH = "$.cluster";

  private EligibilityReport evaluate(
      Cluster cluster,
      LocalDate asOf,
      List<Scheme> schemes,
      boolean inForceOnly,
      Collection<Assessment> assessments) {
    Map<String, Assessment> byKey = index(cluster, asOf, assessments);
    Evaluator evaluator = new Evaluator(this, cluster, asOf, byKey);
    List<SchemeReport> reports = new ArrayList<>();
    for (Scheme scheme : schemes) {
      if (inForceOnly && evaluator.notApplicable(scheme).isPresent()) {
        continue;
      }
      evaluator.evaluate(scheme, reports);
    }
    return assemble(cluster, asOf, reports, List.copyOf(assessments));
  }

  /**
   * Evaluates many clusters on every core, in the order given, against every scheme in force whose
   * territory does not exclude each of them.
   *
   * @param clusters valid clusters
   * @param asOf the evaluation date
   * @return one report per cluster, in the same order
   * @throws InvalidInputException if a cluster is invalid, before any is evaluated; see {@link
   *     #evaluateAll(List, LocalDate, Collection, Function, Executor)}
   */
  public List<EligibilityReport> evaluateAll(List<Cluster> clusters, LocalDate asOf) {
    return evaluateAll(clusters, asOf, List.of());
  }

  /**
   * Evaluates many clusters against the given schemes on every core, in the order given: the batch
   * of a funder that examines the applications to its own scheme.
   *
   * @param clusters valid clusters
   * @param asOf the evaluation date
   * @param schemeIds the schemes, evaluated whatever their window and territory as by {@link
   *     #evaluate(Cluster, LocalDate, String...)}; empty for every scheme in force whose territory
   *     does not exclude the cluster
   * @return one report per cluster, in the same order
   * @throws InvalidInputException if a scheme id is unknown or a cluster is invalid, before any
   *     cluster is evaluated; see {@link #evaluateAll(List, LocalDate, Collection, Function,
   *     Executor)}
   */
  public List<EligibilityReport> evaluateAll(
      List<Cluster> clusters, LocalDate asOf, Collection<String> schemeIds) {
    return evaluateAll(clusters, asOf, schemeIds, report -> report);
  }

  /**
   * Evaluates many clusters on every core (the common fork-join pool) and turns each report into
   * what the batch keeps; see {@link #evaluateAll(List, LocalDate, Collection, Function,
   * Executor)}.
   *
   * @param <T> what is kept of a report
   * @param clusters valid clusters
   * @param asOf the evaluation date
   * @param schemeIds the schemes; empty for every scheme in force whose territory does not exclude
   *     the cluster
   * @param then what to keep of each report; thread-safe, never returning null
   * @return what was kept of each report, in the order of the clusters
   * @throws InvalidInputException if a scheme id is unknown or a cluster is invalid, before any is
   *     evaluated
   */
  public <T> List<T> evaluateAll(
      List<Cluster> clusters,
      LocalDate asOf,
      Collection<String> schemeIds,
      Function<? super EligibilityReport, ? extends T> then) {
    return evaluateAll(clusters, asOf, schemeIds, then, ForkJoinPool.commonPool());
  }

  /**
   * Evaluates many clusters on the threads of an executor and turns each report into what the batch
   * keeps (its JSON, a row, an outcome) as soon as it is made, in the order given. A batch that
   * writes reports should use this rather than {@link #evaluateAll(List, LocalDate, Collection)}
   * followed by rendering: each report is then garbage once turned, instead of living until the
   * whole list is done: in the batch benchmark (10,000 clusters of 30 members, JSON reports), 1.65
   * times faster, with a tenth of the garbage-collection pauses (BENCHMARKS.md).
   *
   * <p>For example, JSON Lines of the reports in French, on the application's own pool: {@code
   * engine.evaluateAll(clusters, asOf, List.of(), r -> ReportRenderer.compactJson().render(r,
   * Locale.FRENCH), pool)}.
   *
   * <p>Nothing is half done: the scheme ids are checked and every cluster validated (on the
   * executor) before any is evaluated, and the call returns only when every task it gave the
   * executor has ended. An invalid cluster makes the whole call fail with the violations of every
   * invalid cluster, each path under {@code $[i]}, {@code i} the position of the cluster in the
   * list (the list read as a JSON array of cluster documents).
   *
   * @param <T> what is kept of a report
   * @param clusters valid clusters
   * @param asOf the evaluation date
   * @param schemeIds the schemes, as for {@link #evaluateAll(List, LocalDate, Collection)}; empty
   *     for every scheme in force whose territory does not exclude the cluster
   * @param then what to keep of each report; called from several threads at once, so it must be
   *     thread-safe (the renderers are), and must not return null
   * @param executor runs the work, in tasks of several clusters each; {@code Runnable::run} runs it
   *     all on the calling thread
   * @return what was kept of each report, in the order of the clusters
   * @throws InvalidInputException if a scheme id is unknown or a cluster is invalid, before any
   *     cluster is evaluated
   * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a task
   */
  public <T> List<T> evaluateAll(
      List<Cluster> clusters,
      LocalDate asOf,
      Collection<String> schemeIds,
      Function<? super EligibilityReport, ? extends T> then,
      Executor executor) {
    Objects.requireNonNull(clusters, "clusters");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(then, "then");
    Objects.requireNonNull(executor, "executor");
    List<Scheme> schemes = resolve(schemeIds);
    boolean inForceOnly = schemeIds.isEmpty();
    List<Cluster> batch = List.copyOf(clusters);
    List<List<Violation>> violations =
        Batches.map(
            batch,
            (i, cluster) ->
                validator.validate(cluster).stream().map(v -> v.under("$[" + i + "]")).toList(),
            executor);
    List<Violation> all = violations.stream().flatMap(List::stream).toList();
    if (!all.isEmpty()) {
      throw new InvalidInputException(all);
    }
    return Batches.map(
        batch,
        (i, cluster) ->
            Objects.<T>requireNonNull(
                then.apply(evaluate(cluster, asOf, schemes, inForceOnly, List.of())),
                "then returned null"),
        executor);
  }

  /**
   * Answers "which schemes can we apply to now, here, and what is missing?".
   *
   * @param cluster a valid cluster
   * @param asOf the date
   * @return the overview
   * @throws InvalidInputException if the cluster is invalid (paths under {@code $.cluster})
   */
  public Overview overview(Cluster cluster, LocalDate asOf) {
    return overview(cluster, asOf, List.of());
  }

  /**
   * Answers "which schemes can we apply to now, here, and what is missing?", with assessments.
   *
   * @param cluster a valid cluster
   * @param asOf the date
   * @param assessments assessments of criteria that need a person's judgement
   * @return the overview
   * @throws InvalidInputException if the cluster is invalid (paths under {@code $.cluster}), or an
   *     assessment is dated after {@code asOf}, names an unknown criterion, an automated one that
   *     takes no assessment, an unknown member, or repeats another
   */
  public Overview overview(Cluster cluster, LocalDate asOf, Collection<Assessment> assessments) {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(asOf, "asOf");
    requireValid(cluster);
    Evaluator evaluator = new Evaluator(this, cluster, asOf, index(cluster, asOf, assessments));
    List<SchemeReport> definitions = new ArrayList<>();
    List<SchemeReport> applicable = new ArrayList<>();
    List<Scheme> closed = new ArrayList<>();
    List<Scheme> upcoming = new ArrayList<>();
    List<Scheme> elsewhere = new ArrayList<>();
    List<Scheme> territoryUnknown = new ArrayList<>();
    for (Scheme scheme : catalog.all()) {
      // Territory first: a scheme of another région is "elsewhere" whether it is open, closed or to
      // come, so
      // that the closed and upcoming lists are about the cluster's own territory. Without a
      // perimeter the
      // cluster's territory is unknown: a regional or departmental scheme is neither open "for this
      // territory"
      // nor of another one, and is listed apart.
      TerritoryMatch match = evaluator.territoryMatch(scheme.scope());
      if (match == TerritoryMatch.OUTSIDE) {
        elsewhere.add(scheme);
      } else if (match == TerritoryMatch.UNKNOWN) {
        territoryUnknown.add(scheme);
      } else if (asOf.isBefore(scheme.validity().from())) {
        upcoming.add(scheme);
      } else if (scheme.validity().endedBefore(asOf)) {
        closed.add(scheme);
      } else if (scheme.subject() == SchemeSubject.CLUSTER) {
        evaluator.evaluate(
            scheme, scheme.kind() == SchemeKind.DEFINITION ? definitions : applicable);
      }
    }
    return new Overview(
        cluster,
        asOf,
        rulesVersion,
        geography.dataVersion(),
        options,
        definitions,
        applicable,
        closed,
        upcoming,
        elsewhere,
        territoryUnknown);
  }

  /**
   * Refuses a catalogue in which a scheme could apply in a territory that does not exist: a région
   * or département unknown to the geography, or a région before its first day (the régions formed
   * by loi n° 2015-29 exist from 2016-01-01). The engine is where catalogue and geography meet, so
   * the check is made here, once.
   */
  static void checkTerritories(SchemeCatalog catalog, Geography geography) {
    List<String> problems = new ArrayList<>();
    for (Scheme scheme : catalog.all()) {
      problems.addAll(territoryProblems(scheme, geography));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  /**
   * What makes a scheme's territory impossible with a geography: nothing for a scheme the engine
   * can take.
   */
  static List<String> territoryProblems(Scheme scheme, Geography geography) {
    List<String> problems = new ArrayList<>();
    for (RegionCode code : scheme.scope().regions()) {
      Optional<Region> region = geography.region(code);
      if (region.isEmpty()) {
        problems.add(
            "the territory of "
                + scheme.id()
                + " names the région "
                + code
                + ", which the geography "
                + geography.dataVersion()
                + " does not have");
      } else if (region
          .get()
          .since()
          .filter(since -> scheme.validity().from().isBefore(since))
          .isPresent()) {
        problems.add(
            scheme.id()
                + " applies from "
                + scheme.validity().from()
                + ", before the région "
                + region.get()
                + " exists (from "
                + region.get().since().orElseThrow()
                + ", loi n° 2015-29 du 16 janvier 2015 relative à la délimitation des régions, Art. 1 III)");
      }
    }
    for (DepartementCode code : scheme.scope().departements()) {
      if (geography.departement(code).isEmpty()) {
        problems.add(
            "the territory of "
                + scheme.id()
                + " names the département "
                + code
                + ", which the "
                + "geography "
                + geography.dataVersion()
                + " does not have");
      }
    }
    return problems;
  }

  private List<Scheme> resolve(Collection<String> schemeIds) {
    if (schemeIds.isEmpty()) {
      return catalog.all();
    }
    List<Scheme> schemes = new ArrayList<>();
    List<Violation> problems = new ArrayList<>();
    for (String id : schemeIds) {
      Optional<Scheme> scheme = catalog.find(id);
      if (scheme.isPresent()) {
        if (!schemes.contains(scheme.get())) {
          schemes.add(scheme.get());
        }
      } else {
        problems.add(
            unknown(
                "$.schemes",
                "request.unknownScheme",
                id,
                catalog.all().stream().map(Scheme::id).toList()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return schemes;
  }

  private Map<String, Assessment> index(
      Cluster cluster, LocalDate asOf, Collection<Assessment> assessments) {
    if (assessments.isEmpty()) {
      return Map.of();
    }
    Map<String, Assessment> byKey = new HashMap<>();
    List<Violation> problems = new ArrayList<>();
    int i = 0;
    for (Assessment assessment : assessments) {
      String path = "$.assessments[" + i++ + "]";
      // A judgement made after the evaluation date was not known at that date: refused rather than
      // ignored, so
      // that a report never rests on it and nothing is dropped silently.
      if (assessment.date().isAfter(asOf)) {
        problems.add(
            Violation.of(
                EngineMessages.BUNDLE,
                path + ".date",
                "assessment.afterEvaluationDate",
                Map.of("date", assessment.date().toString(), "asOf", asOf.toString())));
        continue;
      }
      Optional<Criterion> criterion = catalog.criterion(assessment.criterionId());
      if (criterion.isEmpty()) {
        problems.add(
            unknown(
                path + ".criterionId",
                "assessment.unknownCriterion",
                assessment.criterionId(),
                catalog.all().stream()
                    .flatMap(s -> s.allCriteria().stream())
                    .map(Criterion::id)
                    .toList()));
        continue;
      }
      if (!criterion.get().acceptsAssessment()) {
        problems.add(
            Violation.of(
                EngineMessages.BUNDLE,
                path + ".criterionId",
                "assessment.automatedCriterion",
                Map.of("id", assessment.criterionId())));
        continue;
      }
      boolean perMember =
          catalog.schemeOf(assessment.criterionId()).orElseThrow().subject()
              == SchemeSubject.MEMBER;
      if (perMember && assessment.member().isEmpty()) {
        problems.add(
            Violation.of(
                EngineMessages.BUNDLE,
                path + ".member",
                "assessment.memberRequired",
                Map.of("id", assessment.criterionId())));
        continue;
      }
      if (!perMember && assessment.member().isPresent()) {
        problems.add(
            Violation.of(
                EngineMessages.BUNDLE,
                path + ".member",
                "assessment.memberNotExpected",
                Map.of("id", assessment.criterionId())));
        continue;
      }
      if (assessment.member().isPresent() && cluster.member(assessment.member().get()).isEmpty()) {
        problems.add(
            Violation.of(
                EngineMessages.BUNDLE,
                path + ".member",
                "assessment.unknownMember",
                Map.of("member", assessment.member().get())));
        continue;
      }
      if (byKey.putIfAbsent(
              Evaluator.key(assessment.criterionId(), assessment.member()), assessment)
          != null) {
        problems.add(
            Violation.of(
                EngineMessages.BUNDLE,
                path,
                "assessment.duplicate",
                Map.of("id", assessment.criterionId())));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return byKey;
  }

  private static Violation unknown(String path, String code, String id, List<String> known) {
    Map<String, String> arguments = new LinkedHashMap<>();
    arguments.put("id", io.github.ptce.core.internal.Texts.quoteInput(id));
    Optional<String> hint = Similarity.closest(id, known);
    arguments.put("hint", hint.orElse(""));
    return Violation.of(
        EngineMessages.BUNDLE, path, hint.isPresent() ? code + ".hint" : code, arguments);
  }

  private EligibilityReport assemble(
      Cluster cluster, LocalDate asOf, List<SchemeReport> reports, List<Assessment> assessments) {
    Map<String, List<String>> criteria = new LinkedHashMap<>();
    Map<String, Integer> outcomes = new HashMap<>();
    Map<String, MissingFact> byPath = new HashMap<>();
    List<Message> assumptions = new ArrayList<>();
    List<LegalBasis> texts = new ArrayList<>();
    // A per-member scheme gives one report per member, each with its assumptions and legal bases:
    // looking each
    // up in the lists made the assembly quadratic in members (3,000 members: half the time of the
    // whole
    // evaluation went to comparing legal bases field by field). With more than a few reports, sets
    // answer
    // "seen already?" with the same equality, and the lists keep the order of first appearance;
    // nearly every
    // basis is one of a few shared constants, so an identity set answers first. With a few reports,
    // the short
    // lists are cheaper than hashing every message.
    boolean many = reports.size() > 4;
    Set<Message> seenAssumptions = many ? new HashSet<>() : Set.of();
    Set<LegalBasis> sameBases =
        many ? Collections.newSetFromMap(new IdentityHashMap<>()) : Set.of();
    Set<LegalBasis> seenBases = many ? new HashSet<>() : Set.of();
    for (SchemeReport report : reports) {
      for (RankedMissingFact fact : report.missingFacts()) {
        String path = fact.fact().path();
        byPath.putIfAbsent(path, fact.fact());
        List<String> ids = criteria.computeIfAbsent(path, p -> new ArrayList<>());
        for (String id : fact.criteria()) {
          if (!ids.contains(id)) {
            ids.add(id);
          }
        }
        outcomes.merge(path, fact.outcomes(), Integer::sum);
      }
      for (Message assumption : report.assumptions()) {
        if (many ? seenAssumptions.add(assumption) : !assumptions.contains(assumption)) {
          assumptions.add(assumption);
        }
      }
      for (LegalBasis basis : report.legalBases()) {
        if (many ? sameBases.add(basis) && seenBases.add(basis) : !texts.contains(basis)) {
          texts.add(basis);
        }
      }
    }
    List<RankedMissingFact> ranked = new ArrayList<>();
    // The three maps have the same keys.
    criteria.forEach(
        (path, ids) ->
            ranked.add(
                new RankedMissingFact(
                    Objects.requireNonNull(byPath.get(path)),
                    Objects.requireNonNull(outcomes.get(path)),
                    ids)));
    ranked.sort(Evaluator.RANKING);
    return new EligibilityReport(
        cluster,
        asOf,
        rulesVersion,
        geography.dataVersion(),
        options,
        reports,
        ranked,
        assessments,
        assumptions,
        texts);
  }

  /** The library version, from the filtered resource written by the build. */
  private static final class Version {
    static final String VALUE = read();

    private static String read() {
      try (InputStream in = EligibilityEngine.class.getResourceAsStream("version.properties")) {
        Properties properties = new Properties();
        if (in != null) {
          properties.load(in);
        }
        return properties.getProperty("version", "unknown");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final class Holder {
    static final EligibilityEngine STANDARD =
        standard(SchemeCatalog.standard(), Geography.bundled());
  }

  /**
   * The standard engine over a loaded catalogue: a provider whose scheme applies in a territory the
   * geography does not have is left out, as a broken provider is, rather than making every later
   * call fail.
   */
  static EligibilityEngine standard(SchemeCatalog catalog, Geography geography) {
    SchemeCatalog checked =
        catalog.without(
            scheme -> territoryProblems(scheme, geography).stream().findFirst(),
            SchemeCatalog.ProviderProblem.Reason.TERRITORY);
    return new EligibilityEngine(checked, geography, EvaluationOptions.LITERAL);
  }
}

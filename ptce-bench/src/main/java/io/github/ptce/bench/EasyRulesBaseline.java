package io.github.ptce.bench;

import io.github.ptce.bench.HandWrittenBaseline.Check;
import io.github.ptce.bench.HandWrittenBaseline.Facts;
import io.github.ptce.bench.HandWrittenBaseline.SchemeResult;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.territory.Geography;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The same checks as {@link HandWrittenBaseline}, as Easy Rules 4.1.0 rules written with its Java
 * API, the way a user of that library would: the inputs go into Easy Rules' {@code Facts}; one rule
 * of highest priority prepares what the checks share (active members, perimeter, SSE statuses);
 * each check is one rule whose condition is "the text is in force at the evaluation date" and whose
 * action records the check's result, with the same explanation texts; the rules fire in priority
 * order; a last rule combines the outcomes.
 *
 * <p>The {@link Rules} and the {@link RulesEngine} are built once and shared, as Easy Rules
 * recommends; each evaluation creates its {@code Facts}.
 */
public final class EasyRulesBaseline {
  private static final String CLUSTER = "cluster";
  private static final String AS_OF = "asOf";
  private static final String GEOGRAPHY = "geography";
  private static final String SHARED = "shared";
  private static final String CHECKS = "checks";
  private static final String RESULT = "result";

  private final RulesEngine engine = new DefaultRulesEngine();
  private final Rules art9;
  private final Rules decree;

  /** Builds the two sets of rules. */
  public EasyRulesBaseline() {
    this.art9 =
        rules(
            "fr.law.2014-856.art9",
            HandWrittenBaseline.LAW_IN_FORCE,
            HandWrittenBaseline.RULES_ART9);
    this.decree =
        rules(
            "fr.decree.2015-431.art3",
            HandWrittenBaseline.DECREE_PUBLISHED,
            HandWrittenBaseline.RULES_DECREE);
  }

  private static Rules rules(
      String schemeId, LocalDate inForce, List<Function<Facts, Check>> checks) {
    Rules rules = new Rules();
    rules.register(
        new RuleBuilder()
            .name(schemeId + ".prepare")
            .priority(0)
            .when(facts -> true)
            .then(
                facts -> {
                  Cluster cluster = facts.get(CLUSTER);
                  LocalDate asOf = facts.get(AS_OF);
                  Geography geography = facts.get(GEOGRAPHY);
                  facts.put(SHARED, new Facts(cluster, asOf, geography));
                  facts.put(CHECKS, new ArrayList<Check>(checks.size()));
                })
            .build());
    for (int i = 0; i < checks.size(); i++) {
      Function<Facts, Check> check = checks.get(i);
      Rule rule =
          new RuleBuilder()
              .name(schemeId + ".check" + i)
              .priority(1 + i)
              .when(facts -> !((LocalDate) facts.get(AS_OF)).isBefore(inForce))
              .then(
                  facts -> {
                    List<Check> results = facts.get(CHECKS);
                    results.add(check.apply(facts.get(SHARED)));
                  })
              .build();
      rules.register(rule);
    }
    rules.register(
        new RuleBuilder()
            .name(schemeId + ".combine")
            .priority(1 + checks.size())
            .when(facts -> true)
            .then(
                facts -> {
                  List<Check> results = facts.get(CHECKS);
                  facts.put(
                      RESULT,
                      results.isEmpty()
                          ? new SchemeResult(
                              schemeId, io.github.ptce.rules.Outcome.NOT_APPLICABLE, List.of())
                          : new SchemeResult(
                              schemeId, HandWrittenBaseline.combine(results), results));
                })
            .build());
    return rules;
  }

  /**
   * Evaluates Art. 9 I.
   *
   * @param cluster the cluster
   * @param asOf the date
   * @param geography the geography
   * @return the result
   */
  public SchemeResult art9(Cluster cluster, LocalDate asOf, Geography geography) {
    return fire(art9, cluster, asOf, geography);
  }

  /**
   * Evaluates Art. 3 of décret 2015-431.
   *
   * @param cluster the cluster
   * @param asOf the date
   * @param geography the geography
   * @return the result
   */
  public SchemeResult decree(Cluster cluster, LocalDate asOf, Geography geography) {
    return fire(decree, cluster, asOf, geography);
  }

  private SchemeResult fire(Rules rules, Cluster cluster, LocalDate asOf, Geography geography) {
    org.jeasy.rules.api.Facts facts = new org.jeasy.rules.api.Facts();
    facts.put(CLUSTER, cluster);
    facts.put(AS_OF, asOf);
    facts.put(GEOGRAPHY, geography);
    engine.fire(rules, facts);
    return facts.get(RESULT);
  }
}

package io.github.ptce.bench;

import io.github.ptce.bench.HandWrittenBaseline.Check;
import io.github.ptce.bench.HandWrittenBaseline.Facts;
import io.github.ptce.bench.HandWrittenBaseline.SchemeResult;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.rules.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.mvel.MVELRule;

/**
 * The same checks as {@link EasyRulesBaseline}, with the conditions and actions written as MVEL
 * expressions ({@code easy-rules-mvel} 4.1.0 with {@code mvel2} 2.5.2.Final), as a user writing
 * rules in text would: {@code when("!asOf.isBefore(inForce)")}, {@code
 * then("checks.add(check3.apply(shared))")}. The plain-Java check functions are facts the
 * expressions call; MVEL compiles each expression once, when the rule is built.
 */
public final class EasyRulesMvelBaseline {
  private final RulesEngine engine = new DefaultRulesEngine();
  private final Rules art9;
  private final Rules decree;
  private final List<Function<Facts, Check>> art9Checks = HandWrittenBaseline.RULES_ART9;
  private final List<Function<Facts, Check>> decreeChecks = HandWrittenBaseline.RULES_DECREE;

  /** Builds the two sets of rules. */
  public EasyRulesMvelBaseline() {
    this.art9 = rules("fr.law.2014-856.art9", art9Checks.size());
    this.decree = rules("fr.decree.2015-431.art3", decreeChecks.size());
  }

  private static Rules rules(String schemeId, int count) {
    Rules rules = new Rules();
    for (int i = 0; i < count; i++) {
      rules.register(
          new MVELRule()
              .name(schemeId + ".check" + i)
              .priority(1 + i)
              .when("!asOf.isBefore(inForce)")
              .then("checks.add(check" + i + ".apply(shared));"));
    }
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
    return fire(
        "fr.law.2014-856.art9",
        art9,
        art9Checks,
        HandWrittenBaseline.LAW_IN_FORCE,
        cluster,
        asOf,
        geography);
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
    return fire(
        "fr.decree.2015-431.art3",
        decree,
        decreeChecks,
        HandWrittenBaseline.DECREE_PUBLISHED,
        cluster,
        asOf,
        geography);
  }

  private SchemeResult fire(
      String schemeId,
      Rules rules,
      List<Function<Facts, Check>> checks,
      LocalDate inForce,
      Cluster cluster,
      LocalDate asOf,
      Geography geography) {
    org.jeasy.rules.api.Facts facts = new org.jeasy.rules.api.Facts();
    List<Check> results = new ArrayList<>(checks.size());
    facts.put("asOf", asOf);
    facts.put("inForce", inForce);
    facts.put("shared", new Facts(cluster, asOf, geography));
    facts.put("checks", results);
    for (int i = 0; i < checks.size(); i++) {
      facts.put("check" + i, checks.get(i));
    }
    engine.fire(rules, facts);
    return results.isEmpty()
        ? new SchemeResult(schemeId, Outcome.NOT_APPLICABLE, List.of())
        : new SchemeResult(schemeId, HandWrittenBaseline.combine(results), results);
  }
}

package io.github.ptce.bench;

import io.github.ptce.bench.HandWrittenBaseline.Check;
import io.github.ptce.bench.HandWrittenBaseline.SchemeResult;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.rules.CriterionReport;
import io.github.ptce.rules.EligibilityEngine;
import io.github.ptce.rules.SchemeOutcome;
import io.github.ptce.rules.SchemeReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that the engine, the hand-written baseline, the rule list and the two Easy Rules versions
 * agree: the same outcome for each scheme and for each criterion, in the same order. The benchmarks
 * call it in their set-up, so a run never compares implementations that compute different things.
 */
public final class Agreement {
  private static final EasyRulesMvelBaseline MVEL = new EasyRulesMvelBaseline();

  private Agreement() {}

  /**
   * Compares the four implementations on one cluster.
   *
   * @param cluster the cluster
   * @param asOf the date
   * @param engine the engine
   * @param easyRules the Easy Rules version
   * @return a description of the agreed outcomes, e.g. {@code art9=UNDETERMINED decree=ELIGIBLE}
   * @throws IllegalArgumentException if the cluster has members known only by description, which
   *     the baselines do not read
   * @throws IllegalStateException on any disagreement
   */
  public static String check(
      Cluster cluster, LocalDate asOf, EligibilityEngine engine, EasyRulesBaseline easyRules) {
    if (!cluster.unnamedMembers().isEmpty()) {
      throw new IllegalArgumentException(
          "the baselines read named members only; the cluster "
              + cluster.name()
              + " has members known only by description");
    }
    var geography = engine.geography();
    String art9 =
        compare(
            engine,
            cluster,
            asOf,
            "fr.law.2014-856.art9",
            List.of(
                HandWrittenBaseline.art9(cluster, asOf, geography),
                HandWrittenBaseline.art9Inline(cluster, asOf, geography),
                easyRules.art9(cluster, asOf, geography),
                MVEL.art9(cluster, asOf, geography)));
    String decree =
        compare(
            engine,
            cluster,
            asOf,
            "fr.decree.2015-431.art3",
            List.of(
                HandWrittenBaseline.decree(cluster, asOf, geography),
                HandWrittenBaseline.decreeInline(cluster, asOf, geography),
                easyRules.decree(cluster, asOf, geography),
                MVEL.decree(cluster, asOf, geography)));
    return "art9=" + art9 + " decree=" + decree;
  }

  private static String compare(
      EligibilityEngine engine,
      Cluster cluster,
      LocalDate asOf,
      String schemeId,
      List<SchemeResult> others) {
    SchemeReport report = engine.evaluate(cluster, asOf, schemeId).scheme(schemeId).orElseThrow();
    List<String> expected = new ArrayList<>();
    report.criteria().ifPresent(tree -> leaves(tree, expected));
    for (SchemeResult other : others) {
      List<String> actual = new ArrayList<>();
      for (Check check : other.checks()) {
        actual.add(check.id() + "=" + check.outcome());
      }
      if (SchemeOutcome.of(other.outcome()) != report.outcome() || !actual.equals(expected)) {
        throw new IllegalStateException(
            schemeId
                + ": the engine found "
                + report.outcome()
                + " "
                + expected
                + ", a baseline "
                + SchemeOutcome.of(other.outcome())
                + " "
                + actual);
      }
    }
    return report.outcome().toString();
  }

  private static void leaves(CriterionReport node, List<String> out) {
    if (node instanceof CriterionReport.Single single) {
      out.add(single.criterion().id() + "=" + single.outcome());
    } else {
      for (CriterionReport part : ((CriterionReport.Group) node).parts()) {
        leaves(part, out);
      }
    }
  }
}
